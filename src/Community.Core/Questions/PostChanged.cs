using Community.Core.Content;
using Community.Core.Events;
using Community.Core.Realtime;

namespace Community.Core.Questions;

/// <summary>A question or answer changed in place (edited, deleted, restored, locked, merged…): open pages refresh it.</summary>
public sealed record PostChanged(int QuestionId, PostKind Kind, int PostId) : IDomainEvent;

public sealed class PushPostChangeLive(ICommunityNotifier notifier) : IDomainEventHandler<PostChanged>
{
    public Task HandleAsync(PostChanged happened, CancellationToken ct) => notifier.PostChangedAsync(happened.QuestionId, happened.Kind, happened.PostId);
}
