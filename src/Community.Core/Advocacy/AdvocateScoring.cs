namespace Community.Core.Advocacy;

public enum AdvocateTrend
{
    Steady,
    Rising,
    Falling,
}

/// <summary>One line of "why is this person here?": how many distinct counterparts, and the points they are worth now.</summary>
public sealed record ScorePart(SignalKind Kind, int Count, double Points);

/// <param name="Weekly">Points gained in each of the last 12 weeks, oldest first (full weight: the sparkline shows activity, not decay).</param>
/// <param name="Momentum">The last 4 weeks' gain minus the 8 weeks before's, per 4 weeks: how fast the member is rising.</param>
public sealed record ScoreCard(double Total, IReadOnlyList<ScorePart> Parts, IReadOnlyList<double> Weekly, AdvocateTrend Trend, double Momentum);

/// <summary>Pure: a member's advocate score from their signals — distinct counterparts, recency-weighted, explainable.</summary>
public static class AdvocateScoring
{
    public const int SparklineWeeks = 12;

    public static ScoreCard Score(IEnumerable<Signal> signals, AdvocateScoreOptions options, DateTime now)
    {
        var latest = new Dictionary<(SignalKind, long), DateTime>();
        foreach (var signal in signals)
        {
            if (signal.At > now) continue;
            var key = (signal.Kind, signal.Counterpart);
            if (!latest.TryGetValue(key, out var at) || signal.At > at) latest[key] = signal.At;
        }

        var halfLife = Math.Max(1, options.HalfLifeDays);
        var parts = latest
            .GroupBy(s => s.Key.Item1)
            .Select(g => new ScorePart(g.Key, g.Count(), Math.Round(g.Sum(s => options.WeightOf(g.Key) * Math.Pow(0.5, (now - s.Value).TotalDays / halfLife)), 1)))
            .Where(p => p.Points != 0)
            .OrderByDescending(p => Math.Abs(p.Points))
            .ToList();

        var weekly = new double[SparklineWeeks];
        foreach (var ((kind, _), at) in latest)
        {
            var weeksAgo = (int)((now - at).TotalDays / 7);
            if (weeksAgo < SparklineWeeks) weekly[SparklineWeeks - 1 - weeksAgo] += options.WeightOf(kind);
        }

        var recent = weekly[^4..].Sum();
        var before = weekly[..^4].Sum() / 2;
        var trend = recent > before * 1.5 && recent > 0 ? AdvocateTrend.Rising
            : before > 0 && recent < before * 0.5 ? AdvocateTrend.Falling
            : AdvocateTrend.Steady;
        return new ScoreCard(Math.Round(parts.Sum(p => p.Points), 1), parts, weekly, trend, Math.Round(recent - before, 1));
    }
}
