using Community.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Community.Core.Advocacy;

/// <summary>
/// Rebuilds where members help (answers and accepted answers per tag and per product) with one set-based statement per
/// kind, so "advocates who know this tag" is an index look-up. Plain SQL with quoted names, valid in SQLite and PostgreSQL.
/// </summary>
public sealed class AdvocateTopics(CommunityDbContext db)
{
    public async Task RefreshAsync(IReadOnlyCollection<int>? only, CancellationToken ct)
    {
        if (only is { Count: 0 }) return;
        var members = only is null ? "" : $" AND a.\"AuthorId\" IN ({string.Join(",", only.Select(id => id.ToString(System.Globalization.CultureInfo.InvariantCulture)))})";
        var mine = only is null ? db.AdvocateTopics : db.AdvocateTopics.Where(t => only.Contains(t.MemberId));
        await using var own = await db.Database.JoinOrBeginTransactionAsync(ct);
        await mine.ExecuteDeleteAsync(ct);
        // The member filter is built from integers only, never from input text.
#pragma warning disable EF1002
        await db.Database.ExecuteSqlRawAsync($"""
            INSERT INTO "AdvocateTopics" ("MemberId", "Kind", "TopicId", "Answers", "Accepted")
            SELECT a."AuthorId", {(int)TopicKind.Tag}, qt."TagsId", COUNT(*), SUM(CASE WHEN q."AcceptedAnswerId" = a."Id" THEN 1 ELSE 0 END)
            FROM "Answers" a JOIN "Questions" q ON q."Id" = a."QuestionId" JOIN "QuestionTags" qt ON qt."QuestionsId" = q."Id"
            WHERE NOT a."IsDeleted"{members}
            GROUP BY a."AuthorId", qt."TagsId"
            """, ct);
        await db.Database.ExecuteSqlRawAsync($"""
            INSERT INTO "AdvocateTopics" ("MemberId", "Kind", "TopicId", "Answers", "Accepted")
            SELECT a."AuthorId", {(int)TopicKind.Product}, q."ProductId", COUNT(*), SUM(CASE WHEN q."AcceptedAnswerId" = a."Id" THEN 1 ELSE 0 END)
            FROM "Answers" a JOIN "Questions" q ON q."Id" = a."QuestionId"
            WHERE NOT a."IsDeleted" AND q."ProductId" IS NOT NULL{members}
            GROUP BY a."AuthorId", q."ProductId"
            """, ct);
#pragma warning restore EF1002
        if (own is not null) await own.CommitAsync(ct);
    }
}
