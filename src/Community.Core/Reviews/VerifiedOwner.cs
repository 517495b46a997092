namespace Community.Core.Reviews;

/// <summary>The brand team confirmed this member bought this product (the seeds' "buyer" stage); their reviews say so.</summary>
public class VerifiedOwner
{
    public int ProductId { get; internal set; }
    public int MemberId { get; internal set; }
    public int MarkedById { get; internal set; }
    public DateTime MarkedAt { get; internal set; }
}
