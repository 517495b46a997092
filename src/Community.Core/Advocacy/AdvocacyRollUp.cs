using System.Text.Json;
using Community.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Community.Core.Advocacy;

/// <summary>
/// Recomputes members' standings — advocate score and parts, trend, fan-ladder stage (recording each move), churn risk —
/// and settles re-engagement outcomes. Runs for everyone in the background and for the members an event concerned, so
/// the brand pages read pre-aggregated rows and never scan posts per request.
/// </summary>
public sealed class AdvocacyRollUp(CommunityDbContext db, AdvocacySources sources, AdvocacyRules rules, StandingsToRefresh queue)
{
    /// <summary>Standings saved per transaction: the database has one write lock, and members' posts wait while a batch
    /// is written (2,000 took 0.5–1.9 s on a busy 2-core machine; 250 take a tenth of that).</summary>
    private const int Batch = 250;

    public sealed record Outcome(int Members, int StageMoves);

    /// <param name="only">The members to recompute; null for everyone.</param>
    public async Task<Outcome> RunAsync(IReadOnlyCollection<int>? only = null, CancellationToken ct = default)
    {
        // One roll-up at a time per process: the background run and an event-driven one must not both insert a standing.
        await queue.Gate.WaitAsync(ct);
        try
        {
            return await RunAloneAsync(only, ct);
        }
        finally
        {
            queue.Gate.Release();
        }
    }

    private async Task<Outcome> RunAloneAsync(IReadOnlyCollection<int>? only, CancellationToken ct)
    {
        var now = rules.Clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);
        var signals = await sources.Signals.LoadAsync(only, now.AddDays(-Math.Max(1, rules.Score.LookbackDays)), ct);
        var activity = await sources.Activity.LoadAsync(only, now, rules.Care.BaselineDays, ct);
        var members = db.Users.AsNoTracking();
        if (only is not null) members = members.Where(m => only.Contains(m.Id));
        var ids = await members.OrderBy(m => m.Id).Select(m => m.Id).ToListAsync(ct);

        var moves = 0;
        foreach (var chunk in ids.Chunk(Batch))
        {
            var existing = await db.AdvocateStandings.Where(s => chunk.Contains(s.MemberId)).ToDictionaryAsync(s => s.MemberId, ct);
            foreach (var memberId in chunk)
            {
                var mine = signals[memberId].Where(s => s.At <= now).ToList();
                var facts = activity.GetValueOrDefault(memberId) ?? new ActivityFacts([], new int[ChurnPolicy.ContributionWeeks], false, 0);
                if (!existing.TryGetValue(memberId, out var standing))
                {
                    standing = new AdvocateStanding { MemberId = memberId };
                    db.AdvocateStandings.Add(standing);
                }
                if (Apply(standing, mine, facts, now, today)) moves++;
                // A standing that came out the same is not rewritten (a third of them on a quiet community).
                var entry = db.Entry(standing);
                entry.DetectChanges();
                if (entry.State == EntityState.Added || entry.Properties.Any(p => p.IsModified)) standing.ComputedAt = now;
            }
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }
        await sources.Topics.RefreshAsync(only, ct);
        await SettleReengagementsAsync(only, activity, now, ct);
        // A database analysed before these tables had rows keeps statistics that send the planner the wrong way (sorting
        // every standing instead of walking the score index): refresh them after each full run, cheaply.
        if (only is null && db.Database.IsSqlite())
            await db.Database.ExecuteSqlRawAsync("""PRAGMA analysis_limit=1000; ANALYZE "AdvocateStandings"; ANALYZE "AdvocateTopics"; ANALYZE "StageChanges";""", ct);
        return new Outcome(ids.Count, moves);
    }

    /// <returns>Whether the member moved on the fan ladder (the move is recorded).</returns>
    private bool Apply(AdvocateStanding standing, List<Signal> signals, ActivityFacts facts, DateTime now, DateOnly today)
    {
        var card = AdvocateScoring.Score(signals, rules.Score, now);
        standing.Score = card.Total;
        standing.PartsJson = JsonSerializer.Serialize(card.Parts.Select(p => new StoredPart(p.Kind.ToString(), p.Count, p.Points)));
        standing.WeeklyJson = JsonSerializer.Serialize(card.Weekly);
        standing.Trend = card.Trend;
        standing.Momentum = card.Momentum;
        standing.AcceptedAnswers = card.Parts.FirstOrDefault(p => p.Kind == SignalKind.AcceptedForDistinctAsker)?.Count ?? 0;

        var yearAgo = now.AddDays(-365);
        var helps = signals.Where(s => s.At >= yearAgo && s.Kind is SignalKind.AcceptedForDistinctAsker or SignalKind.HelpfulReviewVoter)
            .Select(s => (s.Kind, s.Counterpart)).Distinct().Count();
        var delivered = signals.Where(s => s.Kind == SignalKind.IdeaDelivered).Select(s => s.Counterpart).Distinct().Count();
        var windowStart = today.AddDays(-7 * Math.Max(1, rules.Ladder.RegularWindowWeeks));
        var activeWeeks = facts.ActiveDays.Where(d => d > windowStart).Select(d => (today.DayNumber - d.DayNumber) / 7).Distinct().Count();
        var stage = FanLadder.StageOf(new StageFacts(facts.HasPosted, activeWeeks, helps, facts.ReviewsWritten, delivered), rules.Ladder);

        var care = ChurnPolicy.Assess(new ChurnFacts(facts.ActiveDays, facts.WeeklyPosts), rules.Care, today);
        standing.Risk = care.Risk;
        standing.UsualGapDays = care.UsualGapDays;
        standing.SilentDays = care.SilentDays;
        standing.DropPercent = care.DropPercent;
        if (facts.ActiveDays.Count > 0) standing.LastActiveAt = facts.ActiveDays.Max().ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        if (facts.LastContributed is { } contributed) standing.LastContributedAt = contributed;
        var isNew = standing.StageSince == default;
        if (!isNew && standing.Stage == stage) return false;
        db.StageChanges.Add(new StageChange { MemberId = standing.MemberId, From = isNew ? null : standing.Stage, To = stage, At = now });
        standing.Stage = stage;
        standing.StageSince = now;
        return !isNew;
    }

    private async Task SettleReengagementsAsync(IReadOnlyCollection<int>? only, Dictionary<int, ActivityFacts> activity, DateTime now, CancellationToken ct)
    {
        var open = db.Reengagements.Where(r => !r.Settled);
        if (only is not null) open = open.Where(r => only.Contains(r.MemberId));
        var window = Math.Max(1, rules.Care.ReturnWindowDays);
        foreach (var attempt in await open.ToListAsync(ct))
        {
            var since = DateOnly.FromDateTime(attempt.At);
            var deadline = since.AddDays(window);
            // Days are the unit of activity: a member at risk was silent for days, so activity on the day of the outreach
            // is taken to be after it.
            var back = activity.GetValueOrDefault(attempt.MemberId)?.ActiveDays.Where(d => d >= since && d <= deadline).DefaultIfEmpty().Min();
            if (back is { } day && day != default)
            {
                attempt.ReturnedAt = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
                attempt.Settled = true;
            }
            else if (now > attempt.At.AddDays(window)) attempt.Settled = true;
        }
        await db.SaveChangesAsync(ct);
    }
}

/// <summary>A score part as stored in <see cref="AdvocateStanding.PartsJson"/> (kind by name, so reordering the enum is safe).</summary>
public sealed record StoredPart(string Kind, int Count, double Points);

/// <summary>Where the roll-up reads from: signals, activity, and the topic table it rebuilds.</summary>
public sealed record AdvocacySources(AdvocateSignals Signals, MemberActivity Activity, AdvocateTopics Topics);

/// <summary>The rules the roll-up applies, in one place (keeps its constructor short).</summary>
public sealed class AdvocacyRules(IOptions<AdvocateScoreOptions> score, IOptions<FanLadderOptions> ladder, IOptions<CareOptions> care, TimeProvider clock)
{
    public AdvocateScoreOptions Score => score.Value;
    public FanLadderOptions Ladder => ladder.Value;
    public CareOptions Care => care.Value;
    public TimeProvider Clock => clock;
}
