namespace Community.Core.Advocacy;

public enum ChurnRisk
{
    None,

    /// <summary>Silent for several times their own usual gap between active days.</summary>
    Silent,

    /// <summary>Still around, but contributing far less than they used to.</summary>
    Fading,
}

/// <param name="ActiveDays">Days with a visit, post or vote within the baseline window (any order).</param>
/// <param name="WeeklyContributions">Posts per week for the last 16 weeks, oldest first (the last is the current week).</param>
public sealed record ChurnFacts(IReadOnlyCollection<DateOnly> ActiveDays, IReadOnlyList<int> WeeklyContributions);

/// <param name="UsualGapDays">The member's own mean gap between active days (null without enough history).</param>
/// <param name="DropPercent">How far the last 4 weeks' contributions fell against the 12 weeks before (0 when they did not).</param>
public sealed record ChurnAssessment(ChurnRisk Risk, double? UsualGapDays, int SilentDays, int DropPercent);

/// <summary>Pure: is this member drifting away, judged against their own habits rather than everyone's?</summary>
public static class ChurnPolicy
{
    public const int ContributionWeeks = 16;

    public static ChurnAssessment Assess(ChurnFacts facts, CareOptions rules, DateOnly today)
    {
        var days = facts.ActiveDays.Distinct().Order().ToList();
        var silentDays = days.Count == 0 ? 0 : today.DayNumber - days[^1].DayNumber;
        double? gap = days.Count >= Math.Max(2, rules.MinimumActiveDays) ? (days[^1].DayNumber - days[0].DayNumber) / (double)(days.Count - 1) : null;

        var weeks = facts.WeeklyContributions;
        var recent = weeks.Count >= 4 ? weeks.TakeLast(4).Average() : 0;
        var baseline = weeks.Count > 4 ? weeks.Take(weeks.Count - 4).TakeLast(12).Average() : 0;
        var drop = baseline > 0 && recent < baseline ? (int)Math.Round(100 * (1 - recent / baseline)) : 0;

        var risk = gap is { } usual && silentDays >= Math.Max(rules.MinimumSilentDays, rules.SilenceFactor * usual) ? ChurnRisk.Silent
            : baseline >= rules.MinimumWeeklyContributions && drop >= rules.ContributionDropPercent ? ChurnRisk.Fading
            : ChurnRisk.None;
        return new ChurnAssessment(risk, gap is null ? null : Math.Round(gap.Value, 1), silentDays, drop);
    }
}
