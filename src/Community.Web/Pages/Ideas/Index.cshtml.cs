using Community.Core.Data;
using Community.Core.Ideas;
using Community.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Community.Web.Pages.Ideas;

public enum IdeaSort { Trending, Top, Newest, Weighted }

/// <summary>The ideas board: trending, top, newest (and the brand team's weighted ranking), by status and product.</summary>
public class IndexModel(CommunityDbContext db, IOptions<IdeaOptions> options, TimeProvider clock) : PageModel
{
    public const int PageSize = 30;

    [BindProperty(SupportsGet = true)] public IdeaSort Sort { get; set; }
    [BindProperty(SupportsGet = true)] public IdeaStatus? Status { get; set; }
    [BindProperty(SupportsGet = true)] public string? Product { get; set; }
    // "page" is also Razor Pages' own route value (the page path): the number binds from the query only.
    [FromQuery(Name = "page")] public int PageNumber { get; set; } = 1;
    public IReadOnlyList<IdeaSummary> Ideas { get; private set; } = [];
    public IReadOnlyList<(string Slug, string Name)> Products { get; private set; } = [];
    public int PageCount { get; private set; } = 1;

    public async Task OnGetAsync(CancellationToken ct)
    {
        // The weighted ranking is the brand team's tool; everyone else sees raw counts.
        if (Sort == IdeaSort.Weighted && !User.IsBrandTeam()) Sort = IdeaSort.Top;
        var ideas = db.Ideas.AsNoTracking().Where(i => !i.IsDeleted);
        ideas = Status is { } status ? ideas.Where(i => i.Status == status) : ideas.Where(i => i.Status != IdeaStatus.Duplicate);
        if (!string.IsNullOrEmpty(Product)) ideas = ideas.Where(i => i.Product!.Slug == Product);
        var since = clock.GetUtcNow().UtcDateTime.AddDays(-options.Value.TrendingDays);
        ideas = Sort switch
        {
            IdeaSort.Top => ideas.OrderByDescending(i => i.VoteCount).ThenByDescending(i => i.Id),
            IdeaSort.Newest => ideas.OrderByDescending(i => i.CreatedAt),
            IdeaSort.Weighted => ideas.OrderByDescending(i => (double)i.WeightedVotes).ThenByDescending(i => i.Id),
            _ => ideas.OrderByDescending(i => db.IdeaVotes.Count(v => v.IdeaId == i.Id && v.CreatedAt >= since)).ThenByDescending(i => i.VoteCount).ThenByDescending(i => i.Id),
        };
        var total = await ideas.CountAsync(ct);
        PageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        Ideas = await ideas.Skip((PageNumber - 1) * PageSize).Take(PageSize).Summaries().ToListAsync(ct);
        Products = (await db.Products.AsNoTracking().OrderBy(p => p.Name).Select(p => new { p.Slug, p.Name }).ToListAsync(ct))
            .Select(p => (p.Slug, p.Name)).ToList();
    }

    public PagerModel Pager => PagerModel.For(Request, PageNumber, PageCount);

    public string Link(IdeaSort? sort = null, IdeaStatus? status = null, bool clearStatus = false, string? product = null, bool clearProduct = false)
    {
        var query = new Dictionary<string, string?>
        {
            ["sort"] = (sort ?? Sort).ToString().ToLowerInvariant(),
            ["status"] = clearStatus ? null : (status ?? Status)?.ToString(),
            ["product"] = clearProduct ? null : product ?? Product,
        };
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/ideas", query.Where(q => !string.IsNullOrEmpty(q.Value)));
    }
}
