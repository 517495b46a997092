using System.Security.Cryptography;
using System.Text;
using Community.Core.Content;

namespace Community.Core.Reputation;

/// <summary>One vote as the detector sees it: who voted on whose post (and under which question), which way, and when (UTC).</summary>
public sealed record VoteFact(long VoteId, int VoterId, int AuthorId, PostKind PostKind, int PostId, int QuestionId, int Value, DateTime CreatedAt);

/// <summary>A pattern the detector found: its kind, the members involved and the upvotes that make it.</summary>
public sealed record VoteFraudFinding(VoteFraudKind Kind, IReadOnlyList<int> MemberIds, IReadOnlyList<VoteFact> Votes)
{
    public string MemberIdsText => string.Join(',', MemberIds);

    /// <summary>The same members and the same votes always give the same fingerprint, whatever their order.</summary>
    public string Fingerprint => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(
        $"{Kind}|{MemberIdsText}|{string.Join(',', Votes.Select(v => v.VoteId).Order())}")));
}

/// <summary>
/// Pure: finds serial voting and vote rings in a set of votes. Only upvotes count (a burst of
/// downvotes gives nobody reputation). A finding's evidence is every upvote that lies in some window
/// where the pattern holds, so votes long before or after the burst are not blamed.
/// </summary>
public static class VoteFraudDetector
{
    public static IReadOnlyList<VoteFraudFinding> Detect(IEnumerable<VoteFact> votes, VoteFraudOptions options)
    {
        var upvotes = votes.Where(v => v.Value > 0 && v.VoterId != v.AuthorId).DistinctBy(v => v.VoteId).ToList();
        return [.. Serial(upvotes, options), .. Rings(upvotes, options)];
    }

    private static IEnumerable<VoteFraudFinding> Serial(List<VoteFact> upvotes, VoteFraudOptions options)
    {
        var threshold = Math.Max(1, options.SerialVoteThreshold);
        foreach (var pair in upvotes.GroupBy(v => (v.VoterId, v.AuthorId)).OrderBy(g => g.Key))
        {
            var flagged = InWindowsWhere(pair, options.SerialWindow, window => window.Count >= threshold);
            if (flagged.Count > 0) yield return new VoteFraudFinding(VoteFraudKind.Serial, [pair.Key.VoterId, pair.Key.AuthorId], flagged);
        }
    }

    /// <summary>Mutual pairs first; pairs that share a member are one ring (A↔B and B↔C make the ring A, B, C).</summary>
    private static IEnumerable<VoteFraudFinding> Rings(List<VoteFact> upvotes, VoteFraudOptions options)
    {
        var minimum = Math.Max(1, options.RingMinimumMutualVotes);
        var pairs = new List<(int Low, int High, IReadOnlyList<VoteFact> Votes)>();
        foreach (var pair in upvotes.GroupBy(v => (Low: Math.Min(v.VoterId, v.AuthorId), High: Math.Max(v.VoterId, v.AuthorId))).OrderBy(g => g.Key))
        {
            var (low, high) = pair.Key;
            var flagged = InWindowsWhere(pair, options.RingWindow,
                window => window.Count(v => v.VoterId == low) >= minimum && window.Count(v => v.VoterId == high) >= minimum);
            if (flagged.Count > 0) pairs.Add((low, high, flagged));
        }

        var ringOf = new Dictionary<int, int>();
        int Root(int member)
        {
            while (ringOf.GetValueOrDefault(member, member) is var parent && parent != member) member = parent;
            return member;
        }
        foreach (var (low, high, _) in pairs)
        {
            var (a, b) = (Root(low), Root(high));
            if (a != b) ringOf[Math.Max(a, b)] = Math.Min(a, b);
        }

        return pairs.GroupBy(p => Root(p.Low)).OrderBy(g => g.Key).Select(ring => new VoteFraudFinding(VoteFraudKind.Ring,
            ring.SelectMany(p => new[] { p.Low, p.High }).Distinct().Order().ToList(),
            ring.SelectMany(p => p.Votes).OrderBy(v => v.CreatedAt).ThenBy(v => v.VoteId).ToList()));
    }

    /// <summary>
    /// The votes (in time order) that fall in at least one window of the given length where <paramref name="holds"/>.
    /// Checking the windows that start at each vote is enough: the patterns only get truer with more votes.
    /// </summary>
    private static List<VoteFact> InWindowsWhere(IEnumerable<VoteFact> votes, TimeSpan length, Func<IReadOnlyList<VoteFact>, bool> holds)
    {
        var sorted = votes.OrderBy(v => v.CreatedAt).ThenBy(v => v.VoteId).ToList();
        var flagged = new bool[sorted.Count];
        var end = 0;
        for (var start = 0; start < sorted.Count; start++)
        {
            end = Math.Max(end, start);
            while (end + 1 < sorted.Count && sorted[end + 1].CreatedAt - sorted[start].CreatedAt <= length) end++;
            if (!holds(sorted.GetRange(start, end - start + 1))) continue;
            for (var i = start; i <= end; i++) flagged[i] = true;
        }
        return sorted.Where((_, i) => flagged[i]).ToList();
    }
}
