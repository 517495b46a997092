namespace Community.Core.Rewards;

public enum RedemptionStatus
{
    Requested,
    Fulfilled,
    Rejected,
}

/// <summary>A member's request for a reward and its fulfilment: requested → fulfilled, or rejected with a refund.</summary>
public class Redemption
{
    public int Id { get; internal set; }
    public int MemberId { get; internal set; }
    public int RewardItemId { get; internal set; }
    public RewardItem? RewardItem { get; internal set; }
    public int Points { get; internal set; }
    public RedemptionStatus Status { get; internal set; }
    public DateTime RequestedAt { get; internal set; }
    public DateTime? DecidedAt { get; internal set; }
    public int? DecidedById { get; internal set; }
    public string? Note { get; internal set; }

    /// <summary>Where a shipped reward goes; private to the member and the brand team (shown in fulfilment only).</summary>
    public string? DeliveryName { get; internal set; }
    public string? DeliveryAddress { get; internal set; }
    public string? DeliveryPhone { get; internal set; }

    /// <summary>A digital reward's code, shown to the member who redeemed it.</summary>
    public string? Code { get; internal set; }

    public void Fulfil(int byStaffId, string? note, DateTime at) => Decide(RedemptionStatus.Fulfilled, byStaffId, note, at);

    public void Reject(int byStaffId, string? reason, DateTime at)
    {
        if (string.IsNullOrWhiteSpace(reason)) throw new DomainException("RejectionNeedsReason");
        Decide(RedemptionStatus.Rejected, byStaffId, reason, at);
    }

    private void Decide(RedemptionStatus outcome, int byStaffId, string? note, DateTime at)
    {
        if (Status != RedemptionStatus.Requested) throw DomainException.Conflict("RedemptionAlreadyDecided");
        Status = outcome;
        DecidedById = byStaffId;
        DecidedAt = at;
        Note = note?.Trim() is { Length: > 0 } text ? text[..Math.Min(500, text.Length)] : null;
    }
}
