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

        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open) await db.Database.OpenConnectionAsync(ct);

        // Only the newest candidates are ranked (the pages never go past MaxTotal results anyway): first by how many of
        // the terms the title holds, then by score, then newest — as on PostgreSQL. FTS5's bm25 was dropped: its weights
        // need each term's document count, a pass over the term's whole index on every search (31 ms for "haneul",
        // common in English titles, at 200,000 questions). The total is counted over the same visible candidates (a
        // window count, no second pass): exactly the results the pages can reach. The page's rows are read afterwards.
        parameters.AddRange(TermParameters(terms));
        var sql = Ranked("q.Id, COUNT(*) OVER () AS Total", table, alsoWords, terms, "", "LIMIT $take OFFSET $skip");
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
        return new SearchPage(await HitsAsync(connection, ids, terms, snippets: true, ct), total, terms);
    }

    /// <summary>The questions of <paramref name="ids"/> as hits, in that order, highlighted for <paramref name="terms"/>.</summary>
    private static async Task<IReadOnlyList<SearchHit>> HitsAsync(DbConnection connection, List<int> ids, IReadOnlyList<string> terms, bool snippets, CancellationToken ct)
    {
        if (ids.Count == 0) return [];
        await using var select = Command(connection,
            $"SELECT Id, Title, Slug, {(snippets ? "BodyText" : "''")}, Score, AnswerCount, AcceptedAnswerId IS NOT NULL, CreatedAt FROM Questions WHERE Id IN ({IdList(ids)})", []);
        var found = new Dictionary<int, SearchHit>(ids.Count);
        await using var reader = await select.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var title = reader.GetString(1);
            found[reader.GetInt32(0)] = new SearchHit(reader.GetInt32(0), title, reader.GetString(2),
                SearchSnippet.Highlight(title, terms, 400), snippets ? SearchSnippet.Highlight(reader.GetString(3), terms) : "",
                reader.GetInt32(4), reader.GetInt32(5), reader.GetBoolean(6), reader.GetDateTime(7));
        }
        return ids.Where(found.ContainsKey).Select(id => found[id]).ToList();
    }

    /// <summary>
    /// Questions whose titles share words with a draft title: self-service before asking. Titles holding every word come
    /// first, then titles holding some (each group the newest candidates, ranked by how many words the title holds).
    /// </summary>
    public async Task<IReadOnlyList<SearchHit>> SimilarAsync(string? title, int take = 5, CancellationToken ct = default)
    {
        var terms = SearchTerms.Parse(title).Where(SearchTerms.IsIndexable).ToList();
        if (terms.Count == 0) return [];
        if (db.Database.IsNpgsql()) return await new PostgresQuestionSearch(db).SimilarAsync(terms, take, ct);
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open) await db.Database.OpenConnectionAsync(ct);
        // bm25 over every title match took 0.9 s for "Haneul app wifi disconnects" at 200,000 questions (see SearchAsync).
        var ids = await TitleMatchesAsync(connection, SearchTerms.ToMatchExpression(terms), terms, take, [], ct);
        if (ids.Count < take && terms.Count > 1)
            ids.AddRange(await TitleMatchesAsync(connection, SearchTerms.ToMatchExpression(terms, " OR "), terms, take - ids.Count, ids, ct));
        return await HitsAsync(connection, ids, terms, snippets: false, ct);
    }

    private async Task<List<int>> TitleMatchesAsync(DbConnection connection, string match, List<string> terms, int take, List<int> except, CancellationToken ct)
    {
        var others = except.Count == 0 ? "" : $" AND q.Id NOT IN ({IdList(except)})";
        var sql = Ranked("q.Id", "QuestionsFts", "", terms, others, "LIMIT $take");
        await using var select = Command(connection, sql, [("$match", "Title : (" + match + ")"), ("$take", take), .. TermParameters(terms)]);
        var ids = new List<int>(take);
        await using var reader = await select.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) ids.Add(reader.GetInt32(0));
        return ids;
    }

    /// <summary>
    /// The newest <see cref="Candidates"/> rows of <paramref name="table"/> matching $match (and <paramref name="alsoWords"/>),
    /// kept when visible to the reader, ranked by the terms in the title, then score, then newest. Each match is checked
    /// through the narrow search-row index: by rowid it would read the question's whole row.
    /// </summary>
    private string Ranked(string columns, string table, string alsoWords, IReadOnlyList<string> terms, string alsoWhere, string limit) => $"""
        SELECT {columns}
        FROM (SELECT rowid AS Id FROM {table} WHERE {table} MATCH $match{alsoWords} ORDER BY rowid DESC LIMIT {Candidates}) AS m
        JOIN Questions q INDEXED BY {SqliteModel.SearchRowIndex} ON q.Id = m.Id
        WHERE q.IsDeleted = 0 AND {SpaceCondition()}{alsoWhere}
        ORDER BY {TitleHits(terms)} DESC, q.Score DESC, q.Id DESC {limit}
        """;

    /// <summary>Raw SQL bypasses EF's query filters, so private spaces are excluded here by hand.</summary>
    private string SpaceCondition() => visibility.SpaceIds switch
    {
        null => "1 = 1",
        { Count: 0 } => "q.SpaceId IS NULL",
        var ids => $"(q.SpaceId IS NULL OR q.SpaceId IN ({IdList(ids)}))",
    };

    /// <summary>Ids are integers from the database or the member's spaces, never user text, so they are written inline.</summary>
    private static string IdList(IEnumerable<int> ids) =>
        string.Join(',', ids.Select(id => id.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    /// <summary>
    /// SQL counting how many of the terms the question's title holds: the ranking's first key (lower() folds ASCII, as
    /// the terms are folded). The terms are bound as $t0, $t1… by <see cref="TermParameters"/>.
    /// </summary>
    private static string TitleHits(IReadOnlyList<string> terms) => string.Join(" + ", terms.Select((_, i) => $"(instr(lower(q.Title), $t{i}) > 0)"));

    private static IEnumerable<(string Name, object Value)> TermParameters(IReadOnlyList<string> terms) => terms.Select((term, i) => ($"$t{i}", (object)term));

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
