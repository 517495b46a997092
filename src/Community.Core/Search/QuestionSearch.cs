using System.Data.Common;
using Community.Core.Data;
using Community.Core.Spaces;
using Microsoft.EntityFrameworkCore;

namespace Community.Core.Search;

public sealed record SearchHit(int Id, string Title, string Slug, string TitleHtml, string SnippetHtml, int Score, int AnswerCount, bool HasAcceptedAnswer, DateTime CreatedAt);

public sealed record SearchPage(IReadOnlyList<SearchHit> Hits, int Total, IReadOnlyList<string> Terms);

/// <summary>
/// Full-text search over question titles and bodies with SQLite FTS5 (trigram tokenizer, so Korean
/// substrings such as "고객" inside "고객을" are found). Terms of three or more characters use the
/// index and are ranked by bm25 with titles weighted up; shorter terms are matched with LIKE.
/// </summary>
public sealed class QuestionSearch(CommunityDbContext db, Visibility visibility)
{
    public const int MaxTotal = 1000;

    public async Task<SearchPage> SearchAsync(string? query, int page, int pageSize, CancellationToken ct = default)
    {
        var terms = SearchTerms.Parse(query);
        if (terms.Count == 0) return new SearchPage([], 0, terms);

        var indexable = terms.Where(SearchTerms.IsIndexable).ToList();
        var shortTerms = terms.Where(t => !SearchTerms.IsIndexable(t)).ToList();
        var conditions = new List<string> { "q.IsDeleted = 0", SpaceCondition() };
        var parameters = new List<(string Name, object Value)>();
        if (indexable.Count > 0)
        {
            conditions.Add("QuestionsFts MATCH $match");
            parameters.Add(("$match", SearchTerms.ToMatchExpression(indexable)));
        }
        for (var i = 0; i < shortTerms.Count; i++)
        {
            conditions.Add($"(f.Title LIKE $like{i} ESCAPE '\\' OR f.BodyText LIKE $like{i} ESCAPE '\\')");
            parameters.Add(($"$like{i}", SearchTerms.ToLikePattern(shortTerms[i])));
        }
        var from = "FROM QuestionsFts f JOIN Questions q ON q.Id = f.rowid WHERE " + string.Join(" AND ", conditions);
        var order = indexable.Count > 0 ? "bm25(QuestionsFts, 5.0, 1.0), q.Score DESC" : "q.Score DESC, q.Id DESC";

        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open) await db.Database.OpenConnectionAsync(ct);

        await using var count = Command(connection, $"SELECT COUNT(*) FROM (SELECT 1 {from} LIMIT {MaxTotal})", parameters);
        var total = Convert.ToInt32(await count.ExecuteScalarAsync(ct));

        var sql = $"SELECT q.Id, q.Title, q.Slug, q.BodyText, q.Score, q.AnswerCount, q.AcceptedAnswerId IS NOT NULL, q.CreatedAt {from} ORDER BY {order} LIMIT $take OFFSET $skip";
        await using var select = Command(connection, sql, [.. parameters, ("$take", pageSize), ("$skip", Math.Max(0, page - 1) * pageSize)]);
        var hits = new List<SearchHit>();
        await using var reader = await select.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var title = reader.GetString(1);
            hits.Add(new SearchHit(reader.GetInt32(0), title, reader.GetString(2),
                SearchSnippet.Highlight(title, terms, 400), SearchSnippet.Highlight(reader.GetString(3), terms),
                reader.GetInt32(4), reader.GetInt32(5), reader.GetBoolean(6), reader.GetDateTime(7)));
        }
        return new SearchPage(hits, total, terms);
    }

    /// <summary>Questions whose titles share words with a draft title: self-service before asking.</summary>
    public async Task<IReadOnlyList<SearchHit>> SimilarAsync(string? title, int take = 5, CancellationToken ct = default)
    {
        var terms = SearchTerms.Parse(title).Where(SearchTerms.IsIndexable).ToList();
        if (terms.Count == 0) return [];
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open) await db.Database.OpenConnectionAsync(ct);
        const string sql = """
            SELECT q.Id, q.Title, q.Slug, q.Score, q.AnswerCount, q.AcceptedAnswerId IS NOT NULL, q.CreatedAt
            FROM QuestionsFts f JOIN Questions q ON q.Id = f.rowid
            WHERE QuestionsFts MATCH $match AND q.IsDeleted = 0 AND {0}
            ORDER BY bm25(QuestionsFts, 5.0, 1.0) LIMIT $take
            """;
        await using var command = Command(connection, string.Format(sql, SpaceCondition()), [("$match", "Title : (" + SearchTerms.ToMatchExpression(terms, " OR ") + ")"), ("$take", take)]);
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
