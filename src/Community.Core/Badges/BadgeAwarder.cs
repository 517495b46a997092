using Community.Core.Data;
using Community.Core.Notifications;
using Community.Core.Realtime;
using Microsoft.EntityFrameworkCore;

namespace Community.Core.Badges;

/// <summary>
/// Checks a member against every badge rule and awards what is newly earned (idempotent: the unique
/// index on member, badge and subject makes a second award impossible). Called after the changes
/// that can earn a badge; pushes each new badge to the member live.
/// </summary>
public sealed class BadgeAwarder(CommunityDbContext db, ICommunityNotifier notifier, MemberInbox inbox, TimeProvider clock)
{
    public async Task CheckAsync(int memberId, CancellationToken ct = default)
    {
        var earned = await EarnedAsync(memberId, ct);
        var held = await db.MemberBadges.Where(b => b.MemberId == memberId).Select(b => new { b.BadgeKey, b.Subject }).ToListAsync(ct);
        var fresh = earned.Where(e => !held.Any(h => h.BadgeKey == e.Key && h.Subject == e.Subject)).ToList();
        if (fresh.Count == 0) return;

        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var (key, subject) in fresh)
            db.MemberBadges.Add(new MemberBadge { MemberId = memberId, BadgeKey = key, Subject = subject, AwardedAt = now });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // A concurrent check awarded the same badge first; the unique index kept one.
            db.ChangeTracker.Clear();
            return;
        }
        foreach (var (key, subject) in fresh)
        {
            await notifier.BadgeAwardedAsync(memberId, key, subject);
            await inbox.TellAsync(memberId, Notifications.NotificationKinds.BadgeAwarded, key, "/badges", ct);
        }
    }

    /// <summary>
    /// After a new post: all it can newly earn is its kind's first-post badge (it has no score and no acceptance yet;
    /// those are checked when reputation moves). A member who already holds that badge costs one look-up instead of
    /// every rule — the full check read all of a prolific member's answers and their tags on each new answer.
    /// </summary>
    public async Task CheckAfterPostAsync(int memberId, BadgeDefinition firstPostBadge, CancellationToken ct = default)
    {
        if (await db.MemberBadges.AnyAsync(b => b.MemberId == memberId && b.BadgeKey == firstPostBadge.Key, ct)) return;
        await CheckAsync(memberId, ct);
    }

    private async Task<List<(string Key, string Subject)>> EarnedAsync(int memberId, CancellationToken ct)
    {
        var earned = new List<(string, string)>();
        void Once(BadgeDefinition badge, bool condition) { if (condition) earned.Add((badge.Key, "")); }

        var member = await db.Users.Where(m => m.Id == memberId).Select(m => new { m.JoinedAt }).SingleAsync(ct);
        Once(BadgeCatalog.Curious, await db.Questions.IgnoreQueryFilters().AnyAsync(q => q.AuthorId == memberId && !q.IsDeleted, ct));
        Once(BadgeCatalog.Helper, await db.Answers.IgnoreQueryFilters().AnyAsync(a => a.AuthorId == memberId && !a.IsDeleted, ct));
        Once(BadgeCatalog.Yearling, (clock.GetUtcNow().UtcDateTime - member.JoinedAt).TotalDays >= BadgeCatalog.Yearling.Threshold);
        var accepted = await db.Answers.IgnoreQueryFilters().CountAsync(a => a.AuthorId == memberId && !a.IsDeleted && a.Question!.AcceptedAnswerId == a.Id, ct);
        Once(BadgeCatalog.ProblemSolver, accepted >= BadgeCatalog.ProblemSolver.Threshold);

        var scoredAnswers = await db.Answers.IgnoreQueryFilters().Where(a => a.AuthorId == memberId && !a.IsDeleted && a.Score >= BadgeCatalog.NiceAnswer.Threshold)
            .Select(a => new { a.Id, a.Score }).ToListAsync(ct);
        foreach (var answer in scoredAnswers)
            foreach (var badge in new[] { BadgeCatalog.NiceAnswer, BadgeCatalog.GoodAnswer, BadgeCatalog.GreatAnswer }.Where(b => answer.Score >= b.Threshold))
                earned.Add((badge.Key, $"answer:{answer.Id}"));

        // Badges count a member's own posts wherever they are, private spaces included.
        // Two flat queries grouped here: SQLite cannot run the correlated form (it needs APPLY).
        var answerScores = await db.Answers.IgnoreQueryFilters().Where(a => a.AuthorId == memberId && !a.IsDeleted && !a.Question!.IsDeleted)
            .Select(a => new { a.QuestionId, a.Score }).ToListAsync(ct);
        var questionIds = answerScores.Select(a => a.QuestionId).Distinct().ToList();
        var questionTags = await db.Set<Dictionary<string, object>>("QuestionTags")
            .Where(link => questionIds.Contains(EF.Property<int>(link, "QuestionsId")))
            .Join(db.Tags, link => EF.Property<int>(link, "TagsId"), tag => tag.Id, (link, tag) => new { QuestionId = EF.Property<int>(link, "QuestionsId"), tag.Name })
            .ToListAsync(ct);
        var tagScores = answerScores.Join(questionTags, a => a.QuestionId, t => t.QuestionId, (a, t) => new { t.Name, a.Score })
            .GroupBy(x => x.Name).Select(g => new { Tag = g.Key, Score = g.Sum(x => x.Score) })
            .Where(t => t.Score >= BadgeCatalog.TagBronze.Threshold).ToList();
        foreach (var tag in tagScores)
            foreach (var badge in new[] { BadgeCatalog.TagBronze, BadgeCatalog.TagSilver, BadgeCatalog.TagGold }.Where(b => tag.Score >= b.Threshold))
                earned.Add((badge.Key, $"tag:{tag.Tag}"));

        var since = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).AddDays(-BadgeCatalog.Fanatic.Threshold - 1);
        var streak = BadgeCatalog.CurrentStreak(await db.MemberVisits.Where(v => v.MemberId == memberId && v.Day >= since).Select(v => v.Day).ToListAsync(ct));
        Once(BadgeCatalog.Regular, streak >= BadgeCatalog.Regular.Threshold);
        Once(BadgeCatalog.Fanatic, streak >= BadgeCatalog.Fanatic.Threshold);
        return earned;
    }
}
