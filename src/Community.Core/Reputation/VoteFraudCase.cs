namespace Community.Core.Reputation;

public enum VoteFraudKind
{
    /// <summary>One member upvoting one author's posts many times in a short window.</summary>
    Serial,

    /// <summary>A small group of members upvoting each other.</summary>
    Ring,
}

/// <summary>
/// One detected pattern of fraudulent voting, kept for moderators with its evidence. The reputation
/// the votes gave was reversed through the ledger when the case was recorded; the votes themselves
/// and the posts' scores stay until a moderator decides otherwise.
/// </summary>
public class VoteFraudCase
{
    public const int OutcomeMaxLength = 200;

    public int Id { get; internal set; }
    public VoteFraudKind Kind { get; internal set; }

    /// <summary>Comma-separated member ids: for <see cref="VoteFraudKind.Serial"/> the voter then the author; for a ring, ascending.</summary>
    public string MemberIds { get; internal set; } = "";

    /// <summary>SHA-256 of kind, members and vote ids; unique, so one finding is never recorded twice, even by two scans at once.</summary>
    public string Fingerprint { get; internal set; } = "";

    /// <summary>The votes, as JSON (<see cref="VoteFraudEvidence"/>).</summary>
    public string Evidence { get; internal set; } = "";

    /// <summary>Ledger entries this case reversed (votes reversed earlier, e.g. by another case, are not counted again).</summary>
    public int ReversedEntries { get; internal set; }

    public DateTime DetectedAt { get; internal set; }
    public DateTime? ReviewedAt { get; internal set; }
    public int? ReviewedById { get; internal set; }

    /// <summary>What the reviewing moderator decided or did, in their words.</summary>
    public string? Outcome { get; internal set; }

    public bool IsReviewed => ReviewedAt is not null;

    public IReadOnlyList<int> Members => MemberIds.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).ToList();

    /// <summary>The first review stands: a second click, or a second moderator at the same moment, changes nothing.</summary>
    public void MarkReviewed(int byMemberId, DateTime at, string? outcome)
    {
        if (IsReviewed) return;
        var note = outcome?.Trim();
        if (note?.Length > OutcomeMaxLength) throw new DomainException("VoteFraudOutcomeTooLong", OutcomeMaxLength);
        ReviewedAt = at;
        ReviewedById = byMemberId;
        Outcome = string.IsNullOrEmpty(note) ? null : note;
    }
}
