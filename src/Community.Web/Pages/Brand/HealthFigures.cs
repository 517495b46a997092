using Community.Core.Advocacy;
using Community.Core.Data;
using Community.Core.Questions;
using Microsoft.EntityFrameworkCore;

namespace Community.Web.Pages.Brand;

/// <summary>
/// Community health for one period, comparable with the period before: how fast and how well questions get answered,
/// who is active, what people look for and don't find, how the brand responds to ideas. Question figures follow the
/// product and tag filters; they read only the period's questions (by index), never the whole table.
/// </summary>
public sealed class HealthFigures(CommunityDbContext db, TimeProvider clock)
{
    public static readonly int[] Windows = [7, 30, 90];

    public sealed record QuestionFigures(int Asked, double? MedianHoursToFirstAnswer, int AnsweredPercent, int AcceptedPercent, int[] PerDay);

    public sealed record Topic(string Name, string Url, int Questions, int UnansweredPercent);

    public sealed record Activity(int NewMembers, int Active30, int Active90, double DailyActive, int WeeklyActive, int MonthlyActive)
    {
        /// <summary>Daily over monthly active members: how much of the month's crowd comes on an ordinary day.</summary>
        public int StickinessPercent => MonthlyActive == 0 ? 0 : (int)Math.Round(100 * DailyActive / MonthlyActive);
    }

    public sealed record IdeaFigures(int Submitted, int RespondedPercent, double? MedianDaysToRespond, int Delivered);

    public sealed record Period(QuestionFigures Questions, IdeaFigures Ideas, int NewMembers);

    public async Task<Period> PeriodAsync(DateTime from, DateTime to, string? product, string? tag, CancellationToken ct)
    {
        var questions = Questions(product, tag).Where(q => q.CreatedAt >= from && q.CreatedAt < to);
        var rows = await questions.Select(q => new
        {
            q.CreatedAt,
            FirstAnswer = db.Answers.IgnoreQueryFilters().Where(a => a.QuestionId == q.Id && a.AuthorId != q.AuthorId && !a.IsDeleted).Min(a => (DateTime?)a.CreatedAt),
            Accepted = q.AcceptedAnswerId != null,
        }).ToListAsync(ct);
        var days = Math.Max(1, (int)Math.Ceiling((to - from).TotalDays));
        var perDay = new int[days];
        foreach (var row in rows) perDay[Math.Clamp((int)(row.CreatedAt - from).TotalDays, 0, days - 1)]++;
        var waits = rows.Where(r => r.FirstAnswer is not null).Select(r => (r.FirstAnswer!.Value - r.CreatedAt).TotalHours).ToList();
        var questionFigures = new QuestionFigures(rows.Count, Median(waits), Percent(waits.Count, rows.Count), Percent(rows.Count(r => r.Accepted), rows.Count), perDay);

        var ideas = await db.Ideas.AsNoTracking().Where(i => !i.IsDeleted && i.CreatedAt >= from && i.CreatedAt < to)
            .Select(i => new { i.CreatedAt, i.FirstBrandResponseAt }).ToListAsync(ct);
        var responses = ideas.Where(i => i.FirstBrandResponseAt is not null).Select(i => (i.FirstBrandResponseAt!.Value - i.CreatedAt).TotalDays).ToList();
        var delivered = await db.Ideas.CountAsync(i => !i.IsDeleted && i.DeliveredAt >= from && i.DeliveredAt < to, ct);
        var ideaFigures = new IdeaFigures(ideas.Count, Percent(responses.Count, ideas.Count), Median(responses), delivered);
        return new Period(questionFigures, ideaFigures, await db.Users.CountAsync(m => m.JoinedAt >= from && m.JoinedAt < to, ct));
    }

    /// <summary>Open questions nobody has answered for 48 hours, right now.</summary>
    public Task<int> UnansweredOver48HoursAsync(string? product, string? tag, CancellationToken ct)
    {
        var cutoff = clock.GetUtcNow().UtcDateTime.AddHours(-48);
        return Questions(product, tag).CountAsync(q => q.AnswerCount == 0 && q.CreatedAt < cutoff && q.ClosedAt == null, ct);
    }

    public async Task<Activity> ActivityAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);
        var active30 = await db.AdvocateStandings.CountAsync(s => s.LastContributedAt >= now.AddDays(-30), ct);
        var active90 = await db.AdvocateStandings.CountAsync(s => s.LastContributedAt >= now.AddDays(-90), ct);
        var monthStart = today.AddDays(-30);
        var visitDays = await db.MemberVisits.CountAsync(v => v.Day > monthStart, ct);
        // Distinct members over a month of visits is a scan of ~100k rows at scale; the roll-up already keeps each member's
        // last active day (a visit, post or vote), so weekly and monthly figures read that (at most an hour old).
        var weekStart = today.AddDays(-7).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var monthStartAt = monthStart.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var weekly = await db.AdvocateStandings.CountAsync(s => s.LastActiveAt > weekStart, ct);
        var monthly = await db.AdvocateStandings.CountAsync(s => s.LastActiveAt > monthStartAt, ct);
        var newMembers = await db.Users.CountAsync(m => m.JoinedAt >= now.AddDays(-30), ct);
        return new Activity(newMembers, active30, active90, Math.Round(visitDays / 30.0, 1), weekly, monthly);
    }

    /// <summary>Tags or products by questions asked in the period, with the share still without an answer.</summary>
    public async Task<IReadOnlyList<Topic>> TopTagsAsync(DateTime from, DateTime to, string? product, CancellationToken ct)
    {
        var rows = await Questions(product, null).Where(q => q.CreatedAt >= from && q.CreatedAt < to)
            .SelectMany(q => q.Tags, (q, t) => new { t.Name, Unanswered = q.AnswerCount == 0 })
            .GroupBy(x => x.Name).Select(g => new { Name = g.Key, Count = g.Count(), Unanswered = g.Count(x => x.Unanswered) })
            .OrderByDescending(g => g.Count).Take(10).ToListAsync(ct);
        return rows.Select(r => new Topic(r.Name, $"/tags/{Uri.EscapeDataString(r.Name)}", r.Count, Percent(r.Unanswered, r.Count))).ToList();
    }

    public async Task<IReadOnlyList<Topic>> TopProductsAsync(DateTime from, DateTime to, string? tag, CancellationToken ct)
    {
        var rows = await Questions(null, tag).Where(q => q.CreatedAt >= from && q.CreatedAt < to && q.ProductId != null)
            .GroupBy(q => new { q.Product!.Name, q.Product.Slug })
            .Select(g => new { g.Key.Name, g.Key.Slug, Count = g.Count(), Unanswered = g.Count(q => q.AnswerCount == 0) })
            .OrderByDescending(g => g.Count).Take(10).ToListAsync(ct);
        return rows.Select(r => new Topic(r.Name, $"/products/{r.Slug}", r.Count, Percent(r.Unanswered, r.Count))).ToList();
    }

    public async Task<IReadOnlyList<(string Term, int Count)>> SearchMissesAsync(DateTime from, CancellationToken ct)
    {
        var since = DateOnly.FromDateTime(from);
        var rows = await db.SearchMisses.Where(m => m.Day >= since).GroupBy(m => m.Term)
            .Select(g => new { Term = g.Key, Count = g.Sum(m => m.Count) }).OrderByDescending(g => g.Count).ThenBy(g => g.Term).Take(15).ToListAsync(ct);
        return rows.Select(r => (r.Term, r.Count)).ToList();
    }

    private IQueryable<Question> Questions(string? product, string? tag)
    {
        var questions = db.Questions.IgnoreQueryFilters().AsNoTracking().Where(q => !q.IsDeleted);
        if (!string.IsNullOrWhiteSpace(product)) questions = questions.Where(q => q.Product!.Slug == product);
        if (!string.IsNullOrWhiteSpace(tag))
        {
            var name = tag.Trim().ToLowerInvariant();
            questions = questions.Where(q => q.Tags.Any(t => t.Name == name));
        }
        return questions;
    }

    public static int Percent(int part, int whole) => whole == 0 ? 0 : (int)Math.Round(100.0 * part / whole);

    public static double? Median(List<double> values)
    {
        if (values.Count == 0) return null;
        values.Sort();
        var middle = values.Count / 2;
        return Math.Round(values.Count % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2, 1);
    }
}
