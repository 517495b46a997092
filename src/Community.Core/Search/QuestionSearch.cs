using System.Data.Common;
using Community.Core.Data;
using Community.Core.Spaces;
using Microsoft.EntityFrameworkCore;

namespace Community.Core.Search;

public sealed record SearchHit(int Id, string Title, string Slug, string TitleHtml, string SnippetHtml, int Score, int AnswerCount, bool HasAcceptedAnswer, DateTime CreatedAt);

public sealed record SearchPage(IReadOnlyList<SearchHit> Hits, int Total, IReadOnlyList<string> Terms);

/// <summary>
/// Full-text search over question titles and bodies with SQLite FTS5 (trigram tokenizer, so Korean
/// substrings are found inside words with particles attached). Terms of three or more characters use
/// that index; shorter ones use a word index by prefix ("고객" finds "고객을"). Ranked by the terms in the title, then score.
/// On PostgreSQL the same search runs on pg_trgm and full-text indexes instead (<see cref="PostgresQuestionSearch"/>).
/// </summary>
public sealed class QuestionSearch(CommunityDbContext db, Visibility visibility)
{
    public const int MaxTotal = 1000;
    public const int Candidates = 2000;

    public async Task<SearchPage> SearchAsync(string? query, int page, int pageSize, CancellationToken ct = default)
    {
        var terms = SearchTerms.Parse(query);
        if (terms.Count == 0) return new SearchPage([], 0, terms);
        if (db.Database.IsNpgsql()) return await new PostgresQuestionSearch(db).SearchAsync(terms, page, pageSize, ct);

        // Terms of 3+ characters go to the trigram index; shorter ones (most Korean nouns: "필터", "소음")
        // to the word index as prefixes ("필터"* finds 필터를, 필터가). Neither path scans the table.
        var indexable = terms.Where(SearchTerms.IsIndexable).ToList();
        var shortTerms = terms.Where(t => !SearchTerms.IsIndexable(t)).ToList();
        var wordMatch = SearchTerms.ToPrefixExpression(shortTerms);
        var (table, match) = indexable.Count > 0 ? ("QuestionsFts", SearchTerms.ToMatchExpression(indexable)) : ("QuestionsWords", wordMatch);
        var parameters = new List<(string Name, object Value)> { ("$match", match) };
        var alsoWords = "";
        if (indexable.Count > 0 && shortTerms.Count > 0)
        {
            // The unary + keeps this filter out of FTS5, which would otherwise re-run MATCH once per listed rowid.
            alsoWords = " AND +rowid IN (SELECT rowid FROM QuestionsWords WHERE QuestionsWords MATCH $words)";
            parameters.Add(("$words", wordMatch));
        }
        var visible = $"q.IsDeleted = 0 AND {SpaceCondition()}";
        // Each match is checked through the narrow search-row index: the rowid would read the question's whole row.
        var row = $"Questions q INDEXED BY {SqliteModel.SearchRowIndex}";

        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open) await db.Database.OpenConnectionAsync(ct);

        // Only the newest candidates are ranked (the pages never go past MaxTotal results anyway): first by how many of
        // the terms the title holds, then by score, then newest — as on PostgreSQL. FTS5's bm25 was dropped: its weights
        // need each term's document count, a pass over the term's whole index on every search (31 ms for "haneul",
        // common in English titles, at 200,000 questions). The total is counted over the same visible candidates (a
        // window count, no second pass): exactly the results the pages can reach. The page's rows are read afterwards.
        var titleHits = string.Join(" + ", terms.Select((_, i) => $"(instr(lower(q.Title), $t{i}) > 0)"));
        parameters.AddRange(terms.Select((term, i) => ($"$t{i}", (object)term)));
        var sql = $"""
            SELECT q.Id, COUNT(*) OVER () AS Total
            FROM (SELECT rowid AS Id FROM {table} WHERE {table} MATCH $match{alsoWords} ORDER BY rowid DESC LIMIT {Candidates}) AS m
            JOIN {row} ON q.Id = m.Id
            WHERE {visible}
            ORDER BY {titleHits} DESC, q.Score DESC, q.Id DESC LIMIT $take OFFSET $skip
            """;
        var ids = new List<int>(pageSize);
        var total = 0;
        await using (var select = Command(connection, sql, [.. parameters, ("$take", pageSize), ("$skip", Math.Max(0, page - 1) * pageSize)]))
        await using (var reader = await select.ExecuteReaderAsync(ct))
            while (await reader.ReadAsync(ct))
            {
                ids.Add(reader.GetInt32(0));
                total = Math.Min(reader.GetInt32(1), MaxTotal);
            }
        // A page past the last has no row to carry the total: the first page says whether there is anything at all.
        if (ids.Count == 0 && page > 1) return await SearchAsync(query, 1, pageSize, ct) with { Hits = [] };
        return new SearchPage(await HitsAsync(connection, ids, terms, ct), total, terms);
    }

    /// <summary>The questions of <paramref name="ids"/> as hits, in that order, highlighted for <paramref name="terms"/>.</summary>
    private static async Task<IReadOnlyList<SearchHit>> HitsAsync(DbConnection connection, List<int> ids, IReadOnlyList<string> terms, CancellationToken ct)
    {
        if (ids.Count == 0) return [];
        // Ids are integers read from the database, never user text: inlining them keeps one statement per page size.
        var list = string.Join(',', ids.Select(id => id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        await using var select = Command(connection,
            $"SELECT Id, Title, Slug, BodyText, Score, AnswerCount, AcceptedAnswerId IS NOT NULL, CreatedAt FROM Questions WHERE Id IN ({list})", []);
        var found = new Dictionary<int, SearchHit>(ids.Count);
        await using var reader = await select.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var title = reader.GetString(1);
            found[reader.GetInt32(0)] = new SearchHit(reader.GetInt32(0), title, reader.GetString(2),
                SearchSnippet.Highlight(title, terms, 400), SearchSnippet.Highlight(reader.GetString(3), terms),
                reader.GetInt32(4), reader.GetInt32(5), reader.GetBoolean(6), reader.GetDateTime(7));
        }
        return ids.Where(found.ContainsKey).Select(id => found[id]).ToList();
    }

    /// <summary>Questions whose titles share words with a draft title: self-service before asking.</summary>
    public async Task<IReadOnlyList<SearchHit>> SimilarAsync(string? title, int take = 5, CancellationToken ct = default)
    {
        var terms = SearchTerms.Parse(title).Where(SearchTerms.IsIndexable).ToList();
        if (terms.Count == 0) return [];
        if (db.Database.IsNpgsql()) return await new PostgresQuestionSearch(db).SimilarAsync(terms, take, ct);
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open) await db.Database.OpenConnectionAsync(ct);
        const string sql = """
            SELECT q.Id, q.Title, q.Slug, q.Score, q.AnswerCount, q.AcceptedAnswerId IS NOT NULL, q.CreatedAt
            FROM QuestionsFts f JOIN Questions q ON q.Id = f.rowid
            WHERE QuestionsFts MATCH $match AND q.IsDeleted = 0 AND {0}
            ORDER BY bm25(QuestionsFts, 5.0, 1.0) LIMIT $take
            """;
        await using var command = Command(connection, string.Format(System.Globalization.CultureInfo.InvariantCulture, sql, SpaceCondition()), [("$match", "Title : (" + SearchTerms.ToMatchExpression(terms, " OR ") + ")"), ("$take", take)]);
        var hits = new List<SearchHit>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var text = reader.GetString(1);
            hits.Add(new SearchHit(reader.GetInt32(0), text, reader.GetString(2), SearchSnippet.Highlight(text, terms, 400), "",
                reader.GetInt32(3), reader.GetInt32(4), reader.GetBoolean(5), reader.GetDateTime(6)));
        }
        return hits;
    }

    /// <summary>Raw SQL bypasses EF's query filters, so private spaces are excluded here by hand.</summary>
    private string SpaceCondition() => visibility.SpaceIds switch
    {
        null => "1 = 1",
        { Count: 0 } => "q.SpaceId IS NULL",
        var ids => $"(q.SpaceId IS NULL OR q.SpaceId IN ({string.Join(',', ids.Select(id => id.ToString(System.Globalization.CultureInfo.InvariantCulture)))}))",
    };

    private static DbCommand Command(DbConnection connection, string sql, IEnumerable<(string Name, object Value)> parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }
        return command;
    }
}
