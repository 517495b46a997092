using Community.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Community.Core.Advocacy;

/// <summary>
/// Rebuilds where members help (answers and accepted answers per tag and per product), so "advocates who know this tag"
/// is an index look-up. The counting is one set-based read per kind (plain SQL with quoted names, valid in SQLite and
/// PostgreSQL) done outside any transaction; the rows are then replaced a few hundred members at a time, each batch its
/// own short transaction — counting every answer of the site inside one transaction held the database's single write
/// lock for 15 s on 400,000 answers, and every member's post waited that long.
/// </summary>
public sealed class AdvocateTopics(CommunityDbContext db)
{
    private const int MembersPerTransaction = 500;

    /// <summary>One counted row as the read returns it (a shape for EF's SqlQuery, not a table).</summary>
    internal sealed class Counted
    {
        public int MemberId { get; set; }
        public int Kind { get; set; }
        public int TopicId { get; set; }
        public int Answers { get; set; }
        public int Accepted { get; set; }
    }

    public async Task RefreshAsync(IReadOnlyCollection<int>? only, CancellationToken ct)
    {
        if (only is { Count: 0 }) return;
        var counted = (await CountAsync(TopicKind.Tag, only, ct)).Concat(await CountAsync(TopicKind.Product, only, ct)).ToLookup(c => c.MemberId);
        var members = only?.Order().ToList() ?? await db.Users.AsNoTracking().OrderBy(m => m.Id).Select(m => m.Id).ToListAsync(ct);
        foreach (var chunk in members.Chunk(MembersPerTransaction))
        {
            await using var own = await db.Database.JoinOrBeginTransactionAsync(ct);
            await db.AdvocateTopics.Where(t => chunk.Contains(t.MemberId)).ExecuteDeleteAsync(ct);
            var rows = chunk.SelectMany(id => counted[id]).Select(c => new AdvocateTopic
            {
                MemberId = c.MemberId, Kind = (TopicKind)c.Kind, TopicId = c.TopicId, Answers = c.Answers, Accepted = c.Accepted,
            }).ToList();
            db.AdvocateTopics.AddRange(rows);
            await db.SaveChangesAsync(ct);
            foreach (var row in rows) db.Entry(row).State = EntityState.Detached;
            if (own is not null) await own.CommitAsync(ct);
        }
    }

    private Task<List<Counted>> CountAsync(TopicKind kind, IReadOnlyCollection<int>? only, CancellationToken ct)
    {
        // The member filter is built from integers only, never from input text.
        var members = only is null ? "" : $" AND a.\"AuthorId\" IN ({string.Join(",", only.Select(id => id.ToString(System.Globalization.CultureInfo.InvariantCulture)))})";
        var (topic, join, filter) = kind == TopicKind.Tag
            ? ("qt.\"TagsId\"", " JOIN \"QuestionTags\" qt ON qt.\"QuestionsId\" = q.\"Id\"", "")
            : ("q.\"ProductId\"", "", " AND q.\"ProductId\" IS NOT NULL");
#pragma warning disable EF1002
        return db.Database.SqlQueryRaw<Counted>($"""
            SELECT a."AuthorId" AS "MemberId", {(int)kind} AS "Kind", {topic} AS "TopicId", COUNT(*) AS "Answers",
                   SUM(CASE WHEN q."AcceptedAnswerId" = a."Id" THEN 1 ELSE 0 END) AS "Accepted"
            FROM "Answers" a JOIN "Questions" q ON q."Id" = a."QuestionId"{join}
            WHERE NOT a."IsDeleted"{filter}{members}
            GROUP BY a."AuthorId", {topic}
            """).ToListAsync(ct);
#pragma warning restore EF1002
    }
}
