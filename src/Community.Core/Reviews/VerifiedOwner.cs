namespace Community.Core.Reviews;

/// <summary>The brand team confirmed this member bought this product (the seeds' "buyer" stage); their reviews say so.</summary>
public class VerifiedOwner
{
    public int ProductId { get; set; }
    public int MemberId { get; set; }
    public int MarkedById { get; set; }
    public DateTime MarkedAt { get; set; }
}
