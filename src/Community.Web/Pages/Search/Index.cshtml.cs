using Community.Core.Search;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Community.Web.Pages.Search;

/// <remarks>Visitors' result pages are cached like the question list and evicted with it on any question change.</remarks>
[OutputCache(PolicyName = Performance.AnonymousPageCache.PolicyName)]
public class IndexModel(QuestionSearch search, Community.Core.Ideas.IdeaSearch ideaSearch, RecordSearchMiss misses) : PageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true, Name = "q")] public string? Query { get; set; }
    // "page" is also Razor Pages' own route value (the page path): the number binds from the query only.
    [FromQuery(Name = "page")] public int PageNumber { get; set; } = 1;
    public SearchPage Results { get; private set; } = new([], 0, []);

    /// <summary>Matching ideas, shown beside the questions on the first page.</summary>
    public IReadOnlyList<Community.Core.Ideas.IdeaHit> Ideas { get; private set; } = [];
    public int PageCount => Math.Max(1, (Results.Total + PageSize - 1) / PageSize);

    [Security.RateLimited("search", OnlyWithQuery = "q")]

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (Query is { Length: > 200 }) Query = Query[..200];
        PageNumber = Math.Clamp(PageNumber, 1, QuestionSearch.MaxTotal / PageSize);
        Results = await search.SearchAsync(Query, PageNumber, PageSize, ct);
        if (PageNumber == 1) Ideas = await ideaSearch.SearchAsync(Query, take: 5, ct: ct);
        // What customers look for and don't find, for the brand team's health page.
        if (PageNumber == 1 && Results.Total == 0 && Ideas.Count == 0 && !string.IsNullOrWhiteSpace(Query)) await misses.RecordAsync(Query, ct);
    }
}
