using Community.Core.Data;
using Community.Core.Questions;
using Microsoft.EntityFrameworkCore;

namespace Community.Core.Search;

/// <summary>
/// <see cref="QuestionSearch"/> on PostgreSQL, in LINQ (so private spaces are left out by the model's query filters and
/// every term is a bound parameter). Terms of three or more characters are case-insensitive substrings (ILIKE) served
/// by pg_trgm GIN indexes on Title and BodyText, which find Korean inside words with particles attached, as FTS5's
/// trigram tokenizer does on SQLite; shorter terms are word prefixes in a 'simple' full-text index ('필터':* finds
/// 필터를), as the unicode61 word index does there. Ranked by how much of the query the title holds (pg_trgm's
/// word_similarity), then by score: title matches first, as bm25 with titles ×5 ranks them.
/// The indexes are made by the PostgreSQL migrations (QuestionSearchIndexes).
/// </summary>
internal sealed class PostgresQuestionSearch(CommunityDbContext db)
{
    public async Task<SearchPage> SearchAsync(IReadOnlyList<string> terms, int page, int pageSize, CancellationToken ct)
    {
        var matches = Matching(terms);
        var total = await matches.Take(QuestionSearch.MaxTotal).CountAsync(ct);
        var text = string.Join(' ', terms);
        // Ranking costs per row: rank only the newest candidates, as on SQLite (pages never pass MaxTotal anyway).
        var rows = await matches.OrderByDescending(q => q.Id).Take(QuestionSearch.Candidates)
            .OrderByDescending(q => EF.Functions.TrigramsWordSimilarity(text, q.Title)).ThenByDescending(q => q.Score).ThenByDescending(q => q.Id)
            .Skip(Math.Max(0, page - 1) * pageSize).Take(pageSize)
            .Select(q => new { q.Id, q.Title, q.Slug, q.BodyText, q.Score, q.AnswerCount, Accepted = q.AcceptedAnswerId != null, q.CreatedAt })
            .ToListAsync(ct);
        var hits = rows.Select(q => new SearchHit(q.Id, q.Title, q.Slug, SearchSnippet.Highlight(q.Title, terms, 400), SearchSnippet.Highlight(q.BodyText, terms),
            q.Score, q.AnswerCount, q.Accepted, q.CreatedAt)).ToList();
        return new SearchPage(hits, total, terms);
    }

    public async Task<IReadOnlyList<SearchHit>> SimilarAsync(IReadOnlyList<string> indexableTerms, int take, CancellationToken ct)
    {
        var text = string.Join(' ', indexableTerms);
        var rows = await db.Questions.AsNoTracking().Where(q => !q.IsDeleted).Where(AnyTerm.In<Question>(q => q.Title, indexableTerms))
            .OrderByDescending(q => EF.Functions.TrigramsWordSimilarity(text, q.Title)).ThenByDescending(q => q.Id).Take(take)
            .Select(q => new { q.Id, q.Title, q.Slug, q.Score, q.AnswerCount, Accepted = q.AcceptedAnswerId != null, q.CreatedAt })
            .ToListAsync(ct);
        return rows.Select(q => new SearchHit(q.Id, q.Title, q.Slug, SearchSnippet.Highlight(q.Title, indexableTerms, 400), "",
            q.Score, q.AnswerCount, q.Accepted, q.CreatedAt)).ToList();
    }

    /// <summary>Every term must match, in the title or the body.</summary>
    private IQueryable<Question> Matching(IReadOnlyList<string> terms)
    {
        var matches = db.Questions.AsNoTracking().Where(q => !q.IsDeleted);
        foreach (var term in terms.Where(SearchTerms.IsIndexable))
        {
            var pattern = SearchTerms.ToContainsPattern(term);
            matches = matches.Where(q => EF.Functions.ILike(q.Title, pattern, "\\") || EF.Functions.ILike(q.BodyText, pattern, "\\"));
        }
        var shortTerms = terms.Where(t => !SearchTerms.IsIndexable(t)).ToList();
        if (shortTerms.Count > 0)
        {
            var words = SearchTerms.ToTsPrefixQuery(shortTerms);
            // The expression is the word index's, character for character, or PostgreSQL will not use the index.
            matches = matches.Where(q => EF.Functions.ToTsVector("simple", q.Title + " " + q.BodyText).Matches(EF.Functions.ToTsQuery("simple", words)));
        }
        return matches;
    }
}
