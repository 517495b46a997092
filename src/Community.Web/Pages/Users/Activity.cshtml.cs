using Community.Core.Data;
using Community.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Community.Web.Pages.Users;

/// <summary>Everything a member has posted of one kind (questions, answers, ideas, reviews), newest first, a page at a time.</summary>
public class ActivityModel(CommunityDbContext db, QuestionListQuery questions) : PageModel
{
    public const int PageSize = 20;
    public static readonly string[] Kinds = ["questions", "answers", "ideas", "reviews"];

    /// <summary>One line of the list: where it leads, what it is called, a number worth showing (score, votes, stars) and a marker.</summary>
    public sealed record Line(string Url, string Title, int Figure, DateTime CreatedAt, string? Marker = null);

    public int MemberId { get; private set; }
    public string DisplayName { get; private set; } = "";
    public string Kind { get; private set; } = "";
    public QuestionListPage? Questions { get; private set; }
    public IReadOnlyList<Line> Lines { get; private set; } = [];
    public int Total { get; private set; }
    public PagerModel Pager { get; private set; } = null!;

    private int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    /// <summary>"page" is also Razor Pages' own route value (the page's path), which model binding would find first.</summary>
    public async Task<IActionResult> OnGetAsync(int id, string kind, [FromQuery(Name = "page")] int page = 1, CancellationToken ct = default)
    {
        var name = await db.Users.AsNoTracking().Where(m => m.Id == id).Select(m => m.DisplayName).FirstOrDefaultAsync(ct);
        if (name is null || !Kinds.Contains(kind)) return NotFound();
        (MemberId, DisplayName, Kind) = (id, name, kind);
        page = Math.Max(1, page);
        if (kind == "questions")
        {
            Questions = await questions.RunAsync(new QuestionFilter(AuthorId: id), page, PageSize, ct);
            (Total, page) = (Questions.Total, Questions.Page);
        }
        else
        {
            var rows = kind switch
            {
                "answers" => db.Answers.AsNoTracking().Where(a => a.AuthorId == id && !a.IsDeleted && !a.Question!.IsDeleted)
                    .OrderByDescending(a => a.CreatedAt).ThenByDescending(a => a.Id)
                    .Select(a => new Row(a.Id, a.QuestionId, null, a.Question!.Title, a.Score, a.CreatedAt, a.Question.AcceptedAnswerId == a.Id ? "AcceptedAnswer" : null)),
                "ideas" => db.Ideas.AsNoTracking().Where(i => i.AuthorId == id && !i.IsDeleted)
                    .OrderByDescending(i => i.CreatedAt).ThenByDescending(i => i.Id)
                    .Select(i => new Row(i.Id, i.Id, null, i.Title, i.VoteCount, i.CreatedAt, "IdeaStatus_" + i.Status.ToString())),
                _ => db.Reviews.AsNoTracking().Where(r => r.AuthorId == id && !r.IsDeleted)
                    .OrderByDescending(r => r.CreatedAt).ThenByDescending(r => r.Id)
                    .Join(db.Products, r => r.ProductId, p => p.Id, (r, p) => new Row(r.Id, p.Id, p.Slug, r.Title + " — " + p.Name, r.Rating, r.CreatedAt, null)),
            };
            Total = await rows.CountAsync(ct);
            page = Math.Clamp(page, 1, PageCount);
            Lines = (await rows.Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(ct))
                .Select(r => new Line(UrlOf(kind, r), r.Title, r.Figure, r.CreatedAt, r.Marker)).ToList();
        }
        Pager = PagerModel.For(Request, page, PageCount);
        return Page();
    }

    private static string UrlOf(string kind, Row row) => kind switch
    {
        "answers" => $"/questions/{row.ParentId}#answer-{row.Id}",
        "ideas" => $"/ideas/{row.Id}",
        _ => $"{Links.SiteLinks.Product(row.ParentSlug!)}#review-{row.Id}",
    };

    /// <summary>What SQL returns; the link is built afterwards, so a Hangul product slug is escaped by the one helper.</summary>
    private sealed record Row(int Id, int ParentId, string? ParentSlug, string Title, int Figure, DateTime CreatedAt, string? Marker);
}
