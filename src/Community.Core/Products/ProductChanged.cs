using Community.Core.Events;
using Community.Core.Realtime;

namespace Community.Core.Products;

/// <summary>A product's reviews, ratings or brand responses changed: its open page refreshes (once per commit).</summary>
public sealed record ProductChanged(int ProductId) : ICoalescingEvent
{
    public object CoalesceKey => ProductId;
}

public sealed class PushProductChangeLive(ICommunityNotifier notifier) : IDomainEventHandler<ProductChanged>
{
    public Task HandleAsync(ProductChanged happened, CancellationToken ct) => notifier.ProductChangedAsync(happened.ProductId);
}
