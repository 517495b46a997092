using Community.Core.Events;

namespace Community.Core.Branding;

/// <summary>The brand team saved a new look: every node drops its copy and every cached page (their headers show the old one).</summary>
public sealed record BrandLookChanged : ICoalescingEvent
{
    public object CoalesceKey => BrandLook.SingleId;
}
