using Community.Core.Events;
using Community.Core.Reputation;

namespace Community.Core.Badges;

/// <summary>Scores and acceptances earn badges, and reputation moves exactly when one of those changed: look again then.</summary>
public sealed class AwardBadgesOnReputationChange(BadgeAwarder badges) : IDomainEventHandler<ReputationChanged>
{
    public Task HandleAsync(ReputationChanged happened, CancellationToken ct) => badges.CheckAsync(happened.MemberId, ct);
}
