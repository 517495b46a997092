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

    public int Id { get; set; }
    public int ProductId { get; set; }
    public int AuthorId { get; set; }
    public Member? Author { get; set; }
    public int Rating { get; set; }
    public string Title { get; set; } = "";
    public string BodyMarkdown { get; set; } = "";
    public string BodyHtml { get; set; } = "";
    public string? Pros { get; set; }
    public string? Cons { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? EditedAt { get; set; }
    public bool IsDeleted { get; set; }
    public int HelpfulCount { get; set; }

    /// <summary>The brand's official response (Markdown, and its sanitised HTML); null until the brand team answers.</summary>
    public string? BrandResponse { get; set; }
    public string? BrandResponseHtml { get; set; }
    public int? BrandResponderId { get; set; }
    public DateTime? BrandRespondedAt { get; set; }
}
