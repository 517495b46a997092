using Community.Core.Data;
using Community.Core.Search;
using Microsoft.EntityFrameworkCore;

namespace Community.Core.Ideas;

public sealed record IdeaHit(int Id, string Title, string TitleHtml, string SnippetHtml, IdeaStatus Status, int VoteCount);

/// <summary>
/// Full-text search over ideas (FTS5 trigram index IdeasFts). Terms shorter than three characters
/// (most Korean nouns) are matched with LIKE inside the title and text: ideas are few enough for that.
/// Every term is bound as a parameter, never as query syntax. On PostgreSQL every term is an ILIKE, the longer ones
/// served by pg_trgm indexes.
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
        var postgres = db.Database.IsNpgsql();
        if (indexable.Count > 0 && postgres)
        {
            // pg_trgm GIN indexes on Title and DescriptionText serve these ILIKEs (IdeaSearchIndexes migration).
            ideas = titlesOnly ? ideas.Where(AnyTerm.In<Idea>(i => i.Title, indexable)) : ContainingAll(ideas, indexable, postgres: true);
        }
        else if (indexable.Count > 0)
        {
            // Titles only (duplicate suggestions while typing): any title word may match; full search: all terms.
            var match = titlesOnly ? "Title : (" + SearchTerms.ToMatchExpression(indexable, " OR ") + ")" : SearchTerms.ToMatchExpression(indexable);
            var ids = db.Database.SqlQuery<int>($"SELECT rowid AS Value FROM IdeasFts WHERE IdeasFts MATCH {match} ORDER BY bm25(IdeasFts, 5.0, 1.0) LIMIT 500");
            ideas = ideas.Where(i => ids.Contains(i.Id));
        }
        if (!titlesOnly && shortTerms.Count > 0) ideas = ContainingAll(ideas, shortTerms, postgres);
        if (indexable.Count == 0 && titlesOnly) return [];

        var found = await ideas.OrderByDescending(i => i.VoteCount).ThenByDescending(i => i.Id).Take(take)
            .Select(i => new { i.Id, i.Title, i.DescriptionText, i.Status, i.VoteCount }).ToListAsync(ct);
        return found.Select(i => new IdeaHit(i.Id, i.Title, SearchSnippet.Highlight(i.Title, terms, 400), SearchSnippet.Highlight(i.DescriptionText, terms), i.Status, i.VoteCount)).ToList();
    }

    /// <summary>
    /// Every term inside the title or the text. SQLite's LIKE ignores ASCII case by itself; PostgreSQL's needs ILIKE.
    /// </summary>
    private static IQueryable<Idea> ContainingAll(IQueryable<Idea> ideas, IEnumerable<string> terms, bool postgres)
    {
        foreach (var term in terms)
        {
            var pattern = SearchTerms.ToContainsPattern(term);
            ideas = postgres
                ? ideas.Where(i => EF.Functions.ILike(i.Title, pattern, "\\") || EF.Functions.ILike(i.DescriptionText, pattern, "\\"))
                : ideas.Where(i => EF.Functions.Like(i.Title, pattern, "\\") || EF.Functions.Like(i.DescriptionText, pattern, "\\"));
        }
        return ideas;
    }
}
