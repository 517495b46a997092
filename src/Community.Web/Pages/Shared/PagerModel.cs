using Microsoft.AspNetCore.WebUtilities;

namespace Community.Web.Pages.Shared;

/// <summary>Links for numbered pages that keep the current query (sort, filters) and change only "page".</summary>
public sealed record PagerModel(int Page, int PageCount, string Path, IReadOnlyDictionary<string, string?> Query)
{
    public string UrlFor(int page)
    {
        var query = Query.Where(p => p.Key != "page" && !string.IsNullOrEmpty(p.Value)).ToDictionary(p => p.Key, p => p.Value);
        query["page"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return QueryHelpers.AddQueryString(Path, query);
    }

    public IEnumerable<int> Window(int radius = 2)
    {
        var from = Math.Max(1, Page - radius);
        var to = Math.Min(PageCount, Page + radius);
        if (from > 1) yield return 1;
        for (var i = from; i <= to; i++) yield return i;
        if (to < PageCount) yield return PageCount;
    }

    public static PagerModel For(HttpRequest request, int page, int pageCount) =>
        new(page, pageCount, request.Path, request.Query.ToDictionary(q => q.Key, q => (string?)q.Value.ToString()));
}
