namespace Community.Core.Advocacy;

public enum ReengagementKind
{
    Message = 1,
    SpaceInvitation = 2,
    RewardOffer = 3,
}

/// <summary>
/// The brand team reached out to a member at risk. The roll-up records whether it worked: <see cref="ReturnedAt"/> is the
/// first active day within the return window after <see cref="At"/>; <see cref="Settled"/> once known either way.
/// </summary>
public class Reengagement
{
    public int Id { get; internal set; }
    public int MemberId { get; internal set; }
    public int ById { get; internal set; }
    public ReengagementKind Kind { get; internal set; }
    public DateTime At { get; internal set; }
    public DateTime? ReturnedAt { get; internal set; }
    public bool Settled { get; internal set; }
}
