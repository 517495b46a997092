using Community.Core.Branding;
using Community.Core.Events;
using Community.Web.Performance;
using Microsoft.AspNetCore.OutputCaching;

namespace Community.Web.Branding;

/// <summary>A new look shows on the next page anyone opens, on every node: the kept copies and every cached visitor page go.</summary>
public sealed class ForgetBrandOnChange(CurrentBrand current, IOutputCacheStore pages, ScaleOut.IClusterSignals cluster) : IDomainEventHandler<BrandLookChanged>
{
    public async Task HandleAsync(BrandLookChanged happened, CancellationToken ct)
    {
        current.Forget();
        cluster.TellOthers(ScaleOut.ClusterTopics.BrandChanged, "");
        await pages.EvictByTagAsync(AnonymousPageCache.Tags.Everything, ct);
    }
}
