using Community.Core.Data;
using Community.Core.Products;
using Community.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Community.Web.Pages.Questions;

[OutputCache(PolicyName = Performance.AnonymousPageCache.PolicyName)]
public class IndexModel(QuestionListQuery query, CommunityDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)] public QuestionSort Sort { get; set; }
    [BindProperty(SupportsGet = true)] public string? Tag { get; set; }
    [BindProperty(SupportsGet = true)] public string? Product { get; set; }
    [BindProperty(SupportsGet = true)] public bool Unanswered { get; set; }
    // "page" is also Razor Pages' own route value (the page path): the number binds from the query only.
    [FromQuery(Name = "page")] public int PageNumber { get; set; } = 1;

    public QuestionListPage Results { get; private set; } = new([], 0, 1, QuestionListQuery.DefaultPageSize);
    public IReadOnlyList<Product> Products { get; private set; } = [];

    /// <summary>Questions moderators pinned: shown above the first page of the unfiltered list.</summary>
    public IReadOnlyList<QuestionSummary> Pinned { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Products = await db.Products.AsNoTracking().OrderBy(p => p.Name).ToListAsync(ct);
        var productId = Products.FirstOrDefault(p => p.Slug == Product)?.Id;
        var tag = string.IsNullOrWhiteSpace(Tag) ? null : Tag.Trim().ToLowerInvariant();
        Results = await query.RunAsync(new QuestionFilter(Sort, tag, productId, Unanswered), PageNumber, ct: ct);
        if (PageNumber <= 1 && tag is null && productId is null && !Unanswered)
            Pinned = await QuestionListQuery.Project(db.Questions.AsNoTracking().Where(q => q.PinnedAt != null && !q.IsDeleted).OrderByDescending(q => q.PinnedAt).Take(5)).ToListAsync(ct);
    }
}
