using Community.Core.Members;
using Community.Core.Products;

namespace Community.Core.Ideas;

/// <summary>
/// A member's proposal to the brand. Counts are stored (and kept equal to the vote rows by the use cases)
/// so lists sort without aggregating; the response-due date is what holds the brand to account.
/// </summary>
public class Idea
{
    public const int TitleMin = 10;
    public const int TitleMax = 150;
    public const int DescriptionMin = 30;
    public const int DescriptionMax = 10_000;

    public int Id { get; internal set; }
    public string Title { get; internal set; } = "";
    public string DescriptionMarkdown { get; internal set; } = "";
    public string DescriptionHtml { get; internal set; } = "";

    /// <summary>Plain text of the description, indexed by full-text search.</summary>
    public string DescriptionText { get; internal set; } = "";

    public int AuthorId { get; internal set; }
    public Member? Author { get; internal set; }
    public int? ProductId { get; internal set; }
    public Product? Product { get; internal set; }
    /// <summary>Where the idea stands; moved only by <see cref="MoveTo"/>, which keeps the workflow (the demo seeder writes history directly).</summary>
    public IdeaStatus Status { get; internal set; }
    public DateTime CreatedAt { get; internal set; }
    public DateTime StatusChangedAt { get; internal set; }

    /// <summary>Members who voted (shown publicly).</summary>
    public int VoteCount { get; internal set; }

    /// <summary>Sum of the voters' level weights at the time they voted (the brand's ranking).</summary>
    public decimal WeightedVotes { get; internal set; }

    public int CommentCount { get; internal set; }

    /// <summary>Set when the idea crossed the vote threshold without a brand response; cleared by the first response.</summary>
    public DateTime? ResponseDueAt { get; internal set; }
    public DateTime? FirstBrandResponseAt { get; internal set; }
    public DateTime? DeliveredAt { get; internal set; }
    public string? ReleaseNoteUrl { get; internal set; }
    public int? DuplicateOfId { get; internal set; }
    public int? FromQuestionId { get; internal set; }
    public Guid SubmissionId { get; internal set; }
    public bool IsDeleted { get; internal set; }

    /// <summary>
    /// The brand team moves the idea along <see cref="IdeaWorkflow"/> (anything else is refused); a move is a response,
    /// and delivering records when and where to read about it.
    /// </summary>
    public void MoveTo(IdeaStatus to, DateTime now, string? releaseNoteUrl = null)
    {
        IdeaWorkflow.EnsureCanMove(Status, to);
        Status = to;
        StatusChangedAt = now;
        IdeaAccountability.Responded(this, now);
        if (to != IdeaStatus.Delivered) return;
        DeliveredAt = now;
        ReleaseNoteUrl = releaseNoteUrl;
    }
}

public class IdeaVote
{
    public int IdeaId { get; internal set; }
    public int VoterId { get; internal set; }
    public decimal Weight { get; internal set; }
    public DateTime CreatedAt { get; internal set; }
}

public class IdeaFollower
{
    public int IdeaId { get; internal set; }
    public int MemberId { get; internal set; }
}

public class IdeaComment
{
    public const int MaxLength = 3000;

    public int Id { get; internal set; }
    public int IdeaId { get; internal set; }
    public int AuthorId { get; internal set; }
    public Member? Author { get; internal set; }
    public string BodyMarkdown { get; internal set; } = "";
    public string BodyHtml { get; internal set; } = "";
    public bool ByBrand { get; internal set; }
    public DateTime CreatedAt { get; internal set; }
}

/// <summary>A public status change with the brand's message: the idea's timeline, and the changelog's entry when Delivered.</summary>
public class IdeaStatusChange
{
    public const int MessageMax = 3000;

    public int Id { get; internal set; }
    public int IdeaId { get; internal set; }
    public IdeaStatus From { get; internal set; }
    public IdeaStatus To { get; internal set; }
    public string MessageMarkdown { get; internal set; } = "";
    public string MessageHtml { get; internal set; } = "";
    public int ChangedById { get; internal set; }
    public Member? ChangedBy { get; internal set; }
    public int? DuplicateOfId { get; internal set; }
    public DateTime CreatedAt { get; internal set; }
}