using Community.Core.Data;
using Community.Core.Search;
using Microsoft.EntityFrameworkCore;

namespace Community.Core.Ideas;

public sealed record IdeaHit(int Id, string Title, string TitleHtml, string SnippetHtml, IdeaStatus Status, int VoteCount);

/// <summary>
/// Full-text search over ideas (FTS5 trigram index IdeasFts). Terms shorter than three characters
/// (most Korean nouns) are matched with LIKE inside the title and text: ideas are few enough for that.
/// Every term is bound as a parameter, never as query syntax.
/// </summary>
public sealed class IdeaSearch(CommunityDbContext db)
{
    public async Task<IReadOnlyList<IdeaHit>> SearchAsync(string? query, int take = 10, bool titlesOnly = false, CancellationToken ct = default)
    {
        var terms = SearchTerms.Parse(query);
        if (terms.Count == 0) return [];
        var indexable = terms.Where(SearchTerms.IsIndexable).ToList();
        var shortTerms = terms.Where(t => !SearchTerms.IsIndexable(t)).ToList();

        var ideas = db.Ideas.AsNoTracking().Where(i => !i.IsDeleted && i.Status != IdeaStatus.Duplicate);
        if (indexable.Count > 0)
        {
            // Titles only (duplicate suggestions while typing): any title word may match; full search: all terms.
            var match = titlesOnly ? "Title : (" + SearchTerms.ToMatchExpression(indexable, " OR ") + ")" : SearchTerms.ToMatchExpression(indexable);
            var ids = db.Database.SqlQuery<int>($"SELECT rowid AS Value FROM IdeasFts WHERE IdeasFts MATCH {match} ORDER BY bm25(IdeasFts, 5.0, 1.0) LIMIT 500");
            ideas = ideas.Where(i => ids.Contains(i.Id));
        }
        foreach (var term in titlesOnly ? [] : shortTerms)
        {
            var pattern = "%" + term.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%";
            ideas = ideas.Where(i => EF.Functions.Like(i.Title, pattern, "\\") || EF.Functions.Like(i.DescriptionText, pattern, "\\"));
        }
        if (indexable.Count == 0 && titlesOnly) return [];

        var found = await ideas.OrderByDescending(i => i.VoteCount).ThenByDescending(i => i.Id).Take(take)
            .Select(i => new { i.Id, i.Title, i.DescriptionText, i.Status, i.VoteCount }).ToListAsync(ct);
        return found.Select(i => new IdeaHit(i.Id, i.Title, SearchSnippet.Highlight(i.Title, terms, 400), SearchSnippet.Highlight(i.DescriptionText, terms), i.Status, i.VoteCount)).ToList();
    }
}
