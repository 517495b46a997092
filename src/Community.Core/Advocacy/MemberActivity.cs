using Community.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Community.Core.Advocacy;

/// <summary>What a member did lately, reduced to what the ladder and the care rules need.</summary>
/// <param name="ActiveDays">Days with a visit, post or vote within the baseline window.</param>
/// <param name="WeeklyPosts">Posts per week for the last <see cref="ChurnPolicy.ContributionWeeks"/> weeks, oldest first.</param>
/// <param name="LastContributed">The latest post or vote within the window (visits aside).</param>
public sealed record ActivityFacts(HashSet<DateOnly> ActiveDays, int[] WeeklyPosts, bool HasPosted, int ReviewsWritten)
{
    public DateTime? LastContributed { get; set; }
}

/// <summary>
/// Reads activity for every member (or <c>only</c> those): visits, posts of every kind and votes cast in the baseline
/// window, plus whether they ever posted and how many reviews they wrote. Private-space posts count too: activity is
/// activity wherever it happened.
/// </summary>
public sealed class MemberActivity(CommunityDbContext db)
{
    private sealed record Event(int MemberId, DateTime At, bool IsPost);

    public async Task<Dictionary<int, ActivityFacts>> LoadAsync(IReadOnlyCollection<int>? only, DateTime now, int baselineDays, CancellationToken ct)
    {
        var since = now.Date.AddDays(-Math.Max(baselineDays, ChurnPolicy.ContributionWeeks * 7));
        var facts = new Dictionary<int, ActivityFacts>();
        ActivityFacts For(int memberId) => facts.TryGetValue(memberId, out var f) ? f
            : facts[memberId] = new ActivityFacts([], new int[ChurnPolicy.ContributionWeeks], false, 0);

        await foreach (var e in Events(only, since).AsAsyncEnumerable().WithCancellation(ct))
        {
            if (e.At > now) continue;
            var f = For(e.MemberId);
            f.ActiveDays.Add(DateOnly.FromDateTime(e.At));
            if (f.LastContributed is not { } last || e.At > last) f.LastContributed = e.At;
            var weeksAgo = (int)((now - e.At).TotalDays / 7);
            if (e.IsPost && weeksAgo is >= 0 and < ChurnPolicy.ContributionWeeks) f.WeeklyPosts[ChurnPolicy.ContributionWeeks - 1 - weeksAgo]++;
        }
        var visits = db.MemberVisits.AsNoTracking().Where(v => v.Day >= DateOnly.FromDateTime(since));
        if (only is not null) visits = visits.Where(v => only.Contains(v.MemberId));
        var today = DateOnly.FromDateTime(now);
        await foreach (var v in visits.Where(v => v.Day <= today).AsAsyncEnumerable().WithCancellation(ct)) For(v.MemberId).ActiveDays.Add(v.Day);

        foreach (var author in await Authors(only).ToListAsync(ct)) facts[author] = For(author) with { HasPosted = true };
        var reviews = db.Reviews.AsNoTracking().Where(r => !r.IsDeleted);
        if (only is not null) reviews = reviews.Where(r => only.Contains(r.AuthorId));
        foreach (var r in await reviews.GroupBy(r => r.AuthorId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct))
            facts[r.Key] = For(r.Key) with { HasPosted = true, ReviewsWritten = r.Count };
        return facts;
    }

    /// <remarks>The member filter goes into each source, so an event-driven run for a few members reads a few index ranges.</remarks>
    private IQueryable<Event> Events(IReadOnlyCollection<int>? only, DateTime since)
    {
        var events = Mine(db.Questions.IgnoreQueryFilters().Where(q => q.CreatedAt >= since), only, q => only!.Contains(q.AuthorId)).Select(q => new { MemberId = q.AuthorId, At = q.CreatedAt, IsPost = true })
            .Concat(Mine(db.Answers.IgnoreQueryFilters().Where(a => a.CreatedAt >= since), only, a => only!.Contains(a.AuthorId)).Select(a => new { MemberId = a.AuthorId, At = a.CreatedAt, IsPost = true }))
            .Concat(Mine(db.Comments.IgnoreQueryFilters().Where(c => c.CreatedAt >= since), only, c => only!.Contains(c.AuthorId)).Select(c => new { MemberId = c.AuthorId, At = c.CreatedAt, IsPost = true }))
            .Concat(Mine(db.Reviews.Where(r => r.CreatedAt >= since), only, r => only!.Contains(r.AuthorId)).Select(r => new { MemberId = r.AuthorId, At = r.CreatedAt, IsPost = true }))
            .Concat(Mine(db.Ideas.Where(i => i.CreatedAt >= since), only, i => only!.Contains(i.AuthorId)).Select(i => new { MemberId = i.AuthorId, At = i.CreatedAt, IsPost = true }))
            .Concat(Mine(db.IdeaComments.Where(c => c.CreatedAt >= since), only, c => only!.Contains(c.AuthorId)).Select(c => new { MemberId = c.AuthorId, At = c.CreatedAt, IsPost = true }))
            .Concat(Mine(db.Votes.Where(v => v.CreatedAt >= since), only, v => only!.Contains(v.VoterId)).Select(v => new { MemberId = v.VoterId, At = v.CreatedAt, IsPost = false }));
        return events.Select(e => new Event(e.MemberId, e.At, e.IsPost));
    }

    private IQueryable<int> Authors(IReadOnlyCollection<int>? only) =>
        Mine(db.Questions.IgnoreQueryFilters(), only, q => only!.Contains(q.AuthorId)).Select(q => q.AuthorId)
            .Union(Mine(db.Answers.IgnoreQueryFilters(), only, a => only!.Contains(a.AuthorId)).Select(a => a.AuthorId))
            .Union(Mine(db.Comments.IgnoreQueryFilters(), only, c => only!.Contains(c.AuthorId)).Select(c => c.AuthorId))
            .Union(Mine(db.Ideas, only, i => only!.Contains(i.AuthorId)).Select(i => i.AuthorId));

    private static IQueryable<T> Mine<T>(IQueryable<T> source, IReadOnlyCollection<int>? only, System.Linq.Expressions.Expression<Func<T, bool>> mine) =>
        only is null ? source : source.Where(mine);
}
