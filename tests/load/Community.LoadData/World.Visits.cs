sealed partial class World
{
    private enum Habit { OneOff, Monthly, Weekly, Frequent, Daily }

    // Mean days between visits, by habit (one-off members come back a time or two, not on a rhythm).
    private static readonly double[] HabitGap = [0, 30, 7, 2.5, 1.2];

    /// <summary>MemberVisits rows, sorted by (member, day): what VisitRecorder writes, one row per member and active UTC day.</summary>
    private (int MemberId, DateOnly Day)[] _visits = [];

    public int[] HabitCounts { get; } = new int[5];
    public int StoppedVisiting { get; private set; }

    /// <summary>
    /// A year of daily visits. VisitRecorder writes one on every day a signed-in member makes a request, so every day they
    /// posted, voted, accepted, reviewed or voted on an idea is one; on top of that each member has a habit — daily, a few
    /// times a week, weekly, monthly or one-off — and some habitual visitors stopped a few weeks or months ago, after
    /// their last contribution, so churn detection has someone to find. Only the last 365 days: that is what the
    /// analytics read, and older days would only grow the table.
    /// </summary>
    private void CreateVisits()
    {
        var members = options.Members;
        var today = DateOnly.FromDateTime(_now);
        var first = today.AddDays(-364).DayNumber;
        var lastActive = new int[members];
        var keys = new List<long>(4 * (options.Questions + options.Answers));
        void Active(int memberId, DateTime at)
        {
            var day = DateOnly.FromDateTime(at).DayNumber;
            if (day > lastActive[memberId - 1]) lastActive[memberId - 1] = day;
            if (day >= first) keys.Add(Key(memberId, day));
        }
        foreach (var q in _questions) Active(q.AuthorId, q.CreatedAt);
        foreach (var a in _answers) Active(a.AuthorId, a.CreatedAt);
        foreach (var c in _comments) Active(c.AuthorId, c.At);
        // The ledger's actors: voters, askers accepting, members marking reviews helpful, staff moving ideas.
        foreach (var (e, _) in _ledger) Active(e.ActorId ?? e.MemberId, e.At);
        foreach (var r in _reviews)
            if (r.ResponderId is { } responder) Active(responder, r.RespondedAt!.Value);
        foreach (var v in _ideaVotes) Active(v.VoterId, v.At);
        foreach (var c in _ideaChanges) Active(c.ChangedById, c.At);
        var activeDays = new int[members];
        foreach (var key in SortedDistinct(keys)) activeDays[(int)(key >> 32) - 1]++;

        for (var m = 1; m <= members; m++)
        {
            var start = Math.Max(first, DateOnly.FromDateTime(_joined[m - 1]).DayNumber);
            var roll = _random.NextDouble();
            var habit = roll < 0.04 ? Habit.Daily : roll < 0.12 ? Habit.Frequent : roll < 0.30 ? Habit.Weekly : roll < 0.55 ? Habit.Monthly : Habit.OneOff;
            // Whoever contributed on many days visits at least that often (people read far more than they write). Only the
            // heavy contributors: votes are spread over everyone, so a lower bar would leave hardly anyone one-off.
            var days = activeDays[m - 1];
            var floor = days >= 150 ? Habit.Daily : days >= 50 ? Habit.Frequent : Habit.OneOff;
            if (floor > habit) habit = floor;
            HabitCounts[(int)habit]++;

            var end = today.DayNumber;
            if (habit != Habit.OneOff)
            {
                // Half of those who could have stopped did: up to 26 weeks ago, only after their last contribution (a member
                // still posting or voting has not left) and long enough ago to be unusual for them — ChurnPolicy flags
                // silence of 3 times their usual gap, so a daily visitor is missed after a week, a monthly one after months.
                var earliest = Math.Max(Math.Max(lastActive[m - 1] + 1, end - 182), start + 14);
                var latest = end - (int)Math.Max(8, 3 * HabitGap[(int)habit] + 5);
                if (earliest <= latest && _random.NextDouble() < 0.5)
                {
                    end = earliest + _random.Next(latest - earliest + 1);
                    StoppedVisiting++;
                }
            }

            if (habit == Habit.OneOff)
            {
                // A look around when they joined (or some day this year), perhaps once or twice more within the month.
                if (start > end) continue;
                var day = start == first ? start + _random.Next(end - start + 1) : start;
                for (var more = Geometric(0.6); ; more--)
                {
                    keys.Add(Key(m, day));
                    day += 1 + _random.Next(30);
                    if (more <= 0 || day > end) break;
                }
                continue;
            }
            var gap = HabitGap[(int)habit];
            for (var day = start + Geometric(gap - 1); day <= end; day += 1 + Geometric(gap - 1)) keys.Add(Key(m, day));
        }

        _visits = SortedDistinct(keys).Select(key => ((int)(key >> 32), DateOnly.FromDayNumber((int)key))).ToArray();
    }

    private static long Key(int memberId, int dayNumber) => ((long)memberId << 32) | (uint)dayNumber;

    /// <summary>Sorts in place and yields each key once (many days are both a habit's and a contribution's).</summary>
    private static IEnumerable<long> SortedDistinct(List<long> keys)
    {
        keys.Sort();
        for (var i = 0; i < keys.Count; i++)
            if (i == 0 || keys[i] != keys[i - 1]) yield return keys[i];
    }
}
