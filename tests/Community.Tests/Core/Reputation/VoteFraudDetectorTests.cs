using Community.Core.Content;
using Community.Core.Reputation;

namespace Community.Tests.Core.Reputation;

public class VoteFraudDetectorTests
{
    private static readonly DateTime Start = new(2025, 3, 1, 9, 0, 0, DateTimeKind.Utc);
    private static readonly VoteFraudOptions Defaults = new();

    private long _nextId;

    private VoteFact Vote(int voter, int author, DateTime at, int value = 1)
    {
        var id = ++_nextId;
        return new VoteFact(id, voter, author, PostKind.Answer, PostId: (int)id, QuestionId: 1000 + (int)id, value, at);
    }

    /// <summary><paramref name="count"/> upvotes from one member on another's posts, <paramref name="apart"/> apart.</summary>
    private List<VoteFact> Burst(int voter, int author, int count, DateTime from, TimeSpan apart, int value = 1) =>
        Enumerable.Range(0, count).Select(i => Vote(voter, author, from + apart * i, value)).ToList();

    [Fact]
    public void Ten_upvotes_on_one_authors_posts_within_a_day_are_serial_voting()
    {
        var votes = Burst(voter: 1, author: 2, count: 10, Start, TimeSpan.FromHours(2));

        var finding = Assert.Single(VoteFraudDetector.Detect(votes, Defaults));

        Assert.Equal(VoteFraudKind.Serial, finding.Kind);
        Assert.Equal([1, 2], finding.MemberIds);
        Assert.Equal(votes.Select(v => v.VoteId), finding.Votes.Select(v => v.VoteId));
    }

    [Fact]
    public void Nine_upvotes_are_not_serial_voting()
    {
        Assert.Empty(VoteFraudDetector.Detect(Burst(1, 2, 9, Start, TimeSpan.FromHours(2)), Defaults));
    }

    [Fact]
    public void Upvotes_outside_the_window_do_not_count_towards_it()
    {
        var early = Vote(1, 2, Start - TimeSpan.FromHours(25));
        var votes = Burst(1, 2, 9, Start, TimeSpan.FromHours(2)).Append(early).ToList();

        Assert.Empty(VoteFraudDetector.Detect(votes, Defaults));
    }

    [Fact]
    public void Only_the_upvotes_in_the_burst_are_evidence()
    {
        var earlier = Burst(1, 2, 3, Start - TimeSpan.FromDays(3), TimeSpan.FromHours(1));
        var burst = Burst(1, 2, 10, Start, TimeSpan.FromMinutes(5));

        var finding = Assert.Single(VoteFraudDetector.Detect([.. earlier, .. burst], Defaults));

        Assert.Equal(burst.Select(v => v.VoteId), finding.Votes.Select(v => v.VoteId));
    }

    [Fact]
    public void Upvotes_spread_over_more_than_the_window_are_not_serial_voting()
    {
        // Ten votes, one every three hours: any 24 hours hold at most nine.
        Assert.Empty(VoteFraudDetector.Detect(Burst(1, 2, 10, Start, TimeSpan.FromHours(3)), Defaults));
    }

    [Fact]
    public void Upvotes_from_many_members_on_one_author_are_not_serial_voting()
    {
        var votes = Enumerable.Range(10, 12).Select(voter => Vote(voter, 2, Start + TimeSpan.FromMinutes(voter))).ToList();

        Assert.Empty(VoteFraudDetector.Detect(votes, Defaults));
    }

    [Fact]
    public void Downvotes_are_ignored()
    {
        var downvotes = Burst(1, 2, 12, Start, TimeSpan.FromMinutes(10), value: -1);
        var mixed = Burst(3, 4, 9, Start, TimeSpan.FromMinutes(10)).Concat(Burst(3, 4, 5, Start, TimeSpan.FromMinutes(7), value: -1));
        var mutualDownvotes = Burst(5, 6, 6, Start, TimeSpan.FromHours(1), value: -1).Concat(Burst(6, 5, 6, Start, TimeSpan.FromHours(1), value: -1));

        Assert.Empty(VoteFraudDetector.Detect([.. downvotes, .. mixed, .. mutualDownvotes], Defaults));
    }

    [Fact]
    public void Two_members_upvoting_each_other_five_times_in_a_week_are_a_ring()
    {
        var aToB = Burst(7, 3, 5, Start, TimeSpan.FromDays(1));
        var bToA = Burst(3, 7, 5, Start + TimeSpan.FromHours(12), TimeSpan.FromDays(1));

        var finding = Assert.Single(VoteFraudDetector.Detect([.. aToB, .. bToA], Defaults));

        Assert.Equal(VoteFraudKind.Ring, finding.Kind);
        Assert.Equal([3, 7], finding.MemberIds);
        Assert.Equal(aToB.Concat(bToA).Select(v => v.VoteId).Order(), finding.Votes.Select(v => v.VoteId).Order());
    }

    [Fact]
    public void A_one_sided_pair_is_not_a_ring()
    {
        var aToB = Burst(1, 2, 5, Start, TimeSpan.FromHours(5));
        var bToA = Burst(2, 1, 4, Start, TimeSpan.FromHours(5));

        Assert.Empty(VoteFraudDetector.Detect([.. aToB, .. bToA], Defaults));
    }

    [Fact]
    public void Mutual_upvotes_further_apart_than_the_ring_window_are_not_a_ring()
    {
        var aToB = Burst(1, 2, 5, Start, TimeSpan.FromHours(1));
        var bToA = Burst(2, 1, 5, Start + TimeSpan.FromDays(8), TimeSpan.FromHours(1));

        Assert.Empty(VoteFraudDetector.Detect([.. aToB, .. bToA], Defaults));
    }

    [Fact]
    public void Pairs_that_share_a_member_are_one_ring()
    {
        var votes = new[] { (1, 2), (2, 1), (2, 3), (3, 2) }.SelectMany(p => Burst(p.Item1, p.Item2, 5, Start, TimeSpan.FromHours(3))).ToList();

        var finding = Assert.Single(VoteFraudDetector.Detect(votes, Defaults));

        Assert.Equal([1, 2, 3], finding.MemberIds);
        Assert.Equal(20, finding.Votes.Count);
    }

    [Fact]
    public void Thresholds_come_from_the_options()
    {
        var strict = new VoteFraudOptions { SerialVoteThreshold = 3, WindowHours = 1 };

        Assert.Single(VoteFraudDetector.Detect(Burst(1, 2, 3, Start, TimeSpan.FromMinutes(20)), strict));
        Assert.Empty(VoteFraudDetector.Detect(Burst(1, 2, 3, Start, TimeSpan.FromMinutes(40)), strict));
    }

    [Fact]
    public void The_same_finding_has_the_same_fingerprint_whatever_the_order_of_the_votes()
    {
        var votes = Burst(1, 2, 10, Start, TimeSpan.FromMinutes(30));

        var forwards = Assert.Single(VoteFraudDetector.Detect(votes, Defaults));
        var backwards = Assert.Single(VoteFraudDetector.Detect(Enumerable.Reverse(votes), Defaults));
        var grown = Assert.Single(VoteFraudDetector.Detect(votes.Append(Vote(1, 2, Start + TimeSpan.FromHours(6))), Defaults));

        Assert.Equal(forwards.Fingerprint, backwards.Fingerprint);
        Assert.NotEqual(forwards.Fingerprint, grown.Fingerprint);
        Assert.Equal(64, forwards.Fingerprint.Length);
    }
}
