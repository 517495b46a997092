using Community.Core.Events;

namespace Community.Core.Rewards;

/// <summary>The brand team fulfilled or rejected (and refunded) a member's redemption.</summary>
public sealed record RedemptionDecided(int MemberId, int RewardItemId, bool Fulfilled) : IDomainEvent;
