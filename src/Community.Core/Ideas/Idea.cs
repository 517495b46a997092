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

    public int Id { get; set; }
    public string Title { get; set; } = "";
    public string DescriptionMarkdown { get; set; } = "";
    public string DescriptionHtml { get; set; } = "";

    /// <summary>Plain text of the description, indexed by full-text search.</summary>
    public string DescriptionText { get; set; } = "";

    public int AuthorId { get; set; }
    public Member? Author { get; set; }
    public int? ProductId { get; set; }
    public Product? Product { get; set; }
    /// <summary>Where the idea stands; moved only by <see cref="MoveTo"/>, which keeps the workflow (the demo seeder writes history directly).</summary>
    public IdeaStatus Status { get; internal set; }
    public DateTime CreatedAt { get; set; }
    public DateTime StatusChangedAt { get; internal set; }

    /// <summary>Members who voted (shown publicly).</summary>
    public int VoteCount { get; set; }

    /// <summary>Sum of the voters' level weights at the time they voted (the brand's ranking).</summary>
    public decimal WeightedVotes { get; set; }

    public int CommentCount { get; set; }

    /// <summary>Set when the idea crossed the vote threshold without a brand response; cleared by the first response.</summary>
    public DateTime? ResponseDueAt { get; set; }
    public DateTime? FirstBrandResponseAt { get; set; }
    public DateTime? DeliveredAt { get; internal set; }
    public string? ReleaseNoteUrl { get; internal set; }
    public int? DuplicateOfId { get; set; }
    public int? FromQuestionId { get; set; }
    public Guid SubmissionId { get; set; }
    public bool IsDeleted { get; set; }

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
    public int IdeaId { get; set; }
    public int VoterId { get; set; }
    public decimal Weight { get; set; }
    public DateTime CreatedAt { get; set; }
}

public class IdeaFollower
{
    public int IdeaId { get; set; }
    public int MemberId { get; set; }
}

public class IdeaComment
{
    public const int MaxLength = 3000;

    public int Id { get; set; }
    public int IdeaId { get; set; }
    public int AuthorId { get; set; }
    public Member? Author { get; set; }
    public string BodyMarkdown { get; set; } = "";
    public string BodyHtml { get; set; } = "";
    public bool ByBrand { get; set; }
    public DateTime CreatedAt { get; set; }
}

/// <summary>A public status change with the brand's message: the idea's timeline, and the changelog's entry when Delivered.</summary>
public class IdeaStatusChange
{
    public const int MessageMax = 3000;

    public int Id { get; set; }
    public int IdeaId { get; set; }
    public IdeaStatus From { get; set; }
    public IdeaStatus To { get; set; }
    public string MessageMarkdown { get; set; } = "";
    public string MessageHtml { get; set; } = "";
    public int ChangedById { get; set; }
    public Member? ChangedBy { get; set; }
    public int? DuplicateOfId { get; set; }
    public DateTime CreatedAt { get; set; }
}