using Community.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Community.Core.Advocacy;

/// <summary>
/// Rebuilds where members help (answers and accepted answers per tag and per product), so "advocates who know this tag"
/// is an index look-up: one set-based statement per kind (plain SQL with quoted names, valid in SQLite and PostgreSQL),
/// a few hundred members at a time, each batch its own short transaction. Counting every answer of the site in one
/// transaction held the database's single write lock for 15 s on 400,000 answers, and every member's post waited.
/// </summary>
public sealed class AdvocateTopics(CommunityDbContext db)
{
    private const int MembersPerTransaction = 500;

    public async Task RefreshAsync(IReadOnlyCollection<int>? only, CancellationToken ct)
    {
        if (only is { Count: 0 }) return;
        var members = only?.Order().ToList() ?? await db.Users.AsNoTracking().OrderBy(m => m.Id).Select(m => m.Id).ToListAsync(ct);
        foreach (var chunk in members.Chunk(MembersPerTransaction))
        {
            // The member filter is built from integers only, never from input text.
            var authors = $" AND a.\"AuthorId\" IN ({string.Join(",", chunk.Select(id => id.ToString(System.Globalization.CultureInfo.InvariantCulture)))})";
            await using var own = await db.Database.JoinOrBeginTransactionAsync(ct);
            await db.AdvocateTopics.Where(t => chunk.Contains(t.MemberId)).ExecuteDeleteAsync(ct);
#pragma warning disable EF1002
            await db.Database.ExecuteSqlRawAsync($"""
                INSERT INTO "AdvocateTopics" ("MemberId", "Kind", "TopicId", "Answers", "Accepted")
                SELECT a."AuthorId", {(int)TopicKind.Tag}, qt."TagsId", COUNT(*), SUM(CASE WHEN q."AcceptedAnswerId" = a."Id" THEN 1 ELSE 0 END)
                FROM "Answers" a JOIN "Questions" q ON q."Id" = a."QuestionId" JOIN "QuestionTags" qt ON qt."QuestionsId" = q."Id"
                WHERE NOT a."IsDeleted"{authors}
                GROUP BY a."AuthorId", qt."TagsId"
                """, ct);
            await db.Database.ExecuteSqlRawAsync($"""
                INSERT INTO "AdvocateTopics" ("MemberId", "Kind", "TopicId", "Answers", "Accepted")
                SELECT a."AuthorId", {(int)TopicKind.Product}, q."ProductId", COUNT(*), SUM(CASE WHEN q."AcceptedAnswerId" = a."Id" THEN 1 ELSE 0 END)
                FROM "Answers" a JOIN "Questions" q ON q."Id" = a."QuestionId"
                WHERE NOT a."IsDeleted" AND q."ProductId" IS NOT NULL{authors}
                GROUP BY a."AuthorId", q."ProductId"
                """, ct);
#pragma warning restore EF1002
            if (own is not null) await own.CommitAsync(ct);
        }
    }
}
