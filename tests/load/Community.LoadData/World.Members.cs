using Community.Core.Demo;
using Community.Core.Members;

sealed partial class World
{
    private void CreateMembers()
    {
        var count = options.Members;
        _names = new string[count];
        _skeletons = new string[count];
        _joined = new DateTime[count];
        _reputation = new int[count];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        // The corpus names minus the two staff voices (they contain reserved words), then numbered variants.
        var corpus = DemoCorpus.MemberNames.Skip(2).ToArray();
        var first = _now - Span - TimeSpan.FromDays(60);
        for (var i = 0; i < count; i++)
        {
            var name = i < corpus.Length ? corpus[i]
                : _random.NextDouble() < 0.4 ? $"Member {i + 1}"
                : $"{corpus[_random.Next(corpus.Length)]} {_random.Next(1, 10_000)}";
            // Display names must have distinct skeletons (unique index); digits fold to letters, so check, don't assume.
            var skeleton = DisplayNamePolicy.Skeleton(name);
            while (!seen.Add(skeleton))
            {
                name = $"{name}{_random.Next(10)}";
                if (name.Length > DisplayNamePolicy.MaxLength) name = $"Member {i + 1}";
                skeleton = DisplayNamePolicy.Skeleton(name);
            }
            _names[i] = name;
            _skeletons[i] = skeleton;
            // Sign-ups accelerate as the community grows (x^0.6: sparse at first, dense lately).
            var x = (i + _random.NextDouble()) / count;
            _joined[i] = first + (_now - first - TimeSpan.FromDays(1)) * Math.Pow(x, 0.6);
            _reputation[i] = 1;
        }
    }

    /// <summary>How many members had joined before <paramref name="at"/> (they are the prefix of the sorted array).</summary>
    private int JoinedBy(DateTime at)
    {
        int lo = 0, hi = _joined.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (_joined[mid] < at) lo = mid + 1; else hi = mid;
        }
        return Math.Max(lo, 2);
    }

    /// <summary>A member id who had joined by <paramref name="at"/>; early members post far more (a few regulars carry a forum).</summary>
    private int ActiveMember(DateTime at, double skew, int notId = 0)
    {
        var pool = JoinedBy(at);
        for (var attempt = 0; ; attempt++)
        {
            var id = (int)(pool * Math.Pow(_random.NextDouble(), skew)) + 1;
            if (id != notId || attempt > 8) return id == notId ? (id % pool) + 1 : id;
        }
    }
}
