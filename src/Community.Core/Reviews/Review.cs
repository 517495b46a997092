using Community.Core.Members;

namespace Community.Core.Reviews;

/// <summary>A member's review of a product: 1–5 stars, a title, Markdown text, optional pros and cons. One per member and product.</summary>
public class Review
{
    public const int TitleMin = 5;
    public const int TitleMax = 120;
    public const int BodyMin = 30;
    public const int BodyMax = 10_000;
    public const int ListMax = 500;

    public int Id { get; internal set; }
    public int ProductId { get; internal set; }
    public int AuthorId { get; internal set; }
    public Member? Author { get; internal set; }
    public int Rating { get; internal set; }
    public string Title { get; internal set; } = "";
    public string BodyMarkdown { get; internal set; } = "";
    public string BodyHtml { get; internal set; } = "";
    public string? Pros { get; internal set; }
    public string? Cons { get; internal set; }
    public DateTime CreatedAt { get; internal set; }
    public DateTime? EditedAt { get; internal set; }
    public bool IsDeleted { get; internal set; }
    public int HelpfulCount { get; internal set; }

    /// <summary>The brand's official response (Markdown, and its sanitised HTML); null until the brand team answers.</summary>
    public string? BrandResponse { get; internal set; }
    public string? BrandResponseHtml { get; internal set; }
    public int? BrandResponderId { get; internal set; }
    public DateTime? BrandRespondedAt { get; internal set; }
}
