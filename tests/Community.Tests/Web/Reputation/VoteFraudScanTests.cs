using Community.Core.Content;
using Community.Core.Reputation;
using Community.Core.Voting;
using Community.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Community.Tests.Web.Reputation;

public class VoteFraudScanTests(CommunityFactory factory) : IClassFixture<CommunityFactory>
{
    private readonly Scenario _scenario = new(factory);

    private Task<VoteFraudScanResult> ScanAsync() => _scenario.RunAsync<VoteFraudScanResult, VoteFraudScan>(scan => scan.ExecuteAsync());

    private Task<List<VoteFraudCase>> CasesAsync(VoteFraudKind kind, params int[] memberIds) => factory.WithDbAsync(db =>
    {
        var members = string.Join(',', memberIds);
        return db.Set<VoteFraudCase>().Where(c => c.Kind == kind && c.MemberIds == members).OrderBy(c => c.Id).ToListAsync();
    });

    private Task<int> EntryCountAsync(int memberId) => factory.WithDbAsync(db => db.ReputationEntries.CountAsync(e => e.MemberId == memberId));

    /// <summary>Eight questions and four answers (to someone else's question) by one author.</summary>
    private async Task<List<(PostKind Kind, int Id)>> TwelvePostsByAsync(int author)
    {
        var posts = new List<(PostKind, int)>();
        for (var i = 0; i < 8; i++) posts.Add((PostKind.Question, await _scenario.AskAsync(author)));
        var otherQuestion = await _scenario.AskAsync(await _scenario.MemberAsync("Other asker"));
        for (var i = 0; i < 4; i++) posts.Add((PostKind.Answer, await _scenario.AnswerAsync(otherQuestion, author)));
        return posts;
    }

    [Fact]
    public async Task Serial_upvotes_lose_exactly_their_reputation_and_are_recorded_once()
    {
        var author = await _scenario.MemberAsync("Serially upvoted", reputation: 50);
        var voter = await _scenario.MemberAsync("Serial voter", reputation: 200);
        var honest = await _scenario.MemberAsync("Honest voter", reputation: 200);
        var posts = await TwelvePostsByAsync(author);
        foreach (var (kind, id) in posts) await _scenario.VoteAsync(kind, id, VoteDirection.Up, voter);
        await _scenario.VoteAsync(posts[0].Kind, posts[0].Id, VoteDirection.Up, honest);
        Assert.Equal((50 + 130, 130), await _scenario.BalancesAsync(author));

        await ScanAsync();

        // The honest upvote keeps its ten; the twelve serial ones give back theirs.
        Assert.Equal((60, 10), await _scenario.BalancesAsync(author));
        Assert.Empty(await _scenario.RunAsync<IReadOnlyList<TotalsMismatch>, ReputationAudit>(audit => audit.RecomputeAsync(fix: false)));
        var fraudCase = Assert.Single(await CasesAsync(VoteFraudKind.Serial, voter, author));
        Assert.Equal(12, fraudCase.ReversedEntries);
        Assert.Null(fraudCase.ReviewedAt);
        var evidence = VoteFraudEvidence.FromJson(fraudCase.Evidence);
        var serialVoteIds = await factory.WithDbAsync(db => db.Votes.Where(v => v.VoterId == voter).Select(v => v.Id).ToListAsync());
        Assert.Equal(serialVoteIds.Order(), evidence.Votes.Select(v => v.VoteId).Order());
        Assert.Equal(posts.Order(), evidence.Votes.Select(v => (v.PostKind, v.PostId)).Order());
        Assert.All(evidence.Votes, v => Assert.Equal((voter, author), (v.VoterId, v.AuthorId)));

        // The votes and the scores stay: a moderator decides about those.
        Assert.Equal(12, serialVoteIds.Count);
        Assert.Equal(2, await factory.WithDbAsync(db => db.Questions.Where(q => q.Id == posts[0].Id).Select(q => q.Score).SingleAsync()));

        var entriesBefore = await EntryCountAsync(author);
        await ScanAsync();

        Assert.Equal((60, 10), await _scenario.BalancesAsync(author));
        Assert.Equal(entriesBefore, await EntryCountAsync(author));
        Assert.Single(await CasesAsync(VoteFraudKind.Serial, voter, author));
    }

    [Fact]
    public async Task Serial_voting_that_goes_on_after_a_case_is_a_new_case_reversing_only_the_new_votes()
    {
        var author = await _scenario.MemberAsync("Persistently upvoted");
        var voter = await _scenario.MemberAsync("Persistent voter", reputation: 200);
        var posts = await TwelvePostsByAsync(author);
        foreach (var (kind, id) in posts.Take(10)) await _scenario.VoteAsync(kind, id, VoteDirection.Up, voter);
        await ScanAsync();
        Assert.Equal((1, 0), await _scenario.BalancesAsync(author));

        await _scenario.VoteAsync(posts[10].Kind, posts[10].Id, VoteDirection.Up, voter);
        await ScanAsync();

        var cases = await CasesAsync(VoteFraudKind.Serial, voter, author);
        Assert.Equal([10, 1], cases.Select(c => c.ReversedEntries));
        Assert.Equal(11, VoteFraudEvidence.FromJson(cases[1].Evidence).Votes.Count);
        Assert.Equal((1, 0), await _scenario.BalancesAsync(author));
    }

    [Fact]
    public async Task Two_members_upvoting_each_other_are_a_ring_and_both_lose_what_the_ring_gave()
    {
        var first = await _scenario.MemberAsync("Ring member", reputation: 20);
        var second = await _scenario.MemberAsync("Ring partner", reputation: 30);
        var outsider = await _scenario.MemberAsync("Ring outsider", reputation: 200);
        var firstPosts = new List<int>();
        var secondPosts = new List<int>();
        for (var i = 0; i < 5; i++)
        {
            firstPosts.Add(await _scenario.AskAsync(first));
            secondPosts.Add(await _scenario.AskAsync(second));
        }
        foreach (var id in secondPosts) await _scenario.VoteAsync(PostKind.Question, id, VoteDirection.Up, first);
        foreach (var id in firstPosts) await _scenario.VoteAsync(PostKind.Question, id, VoteDirection.Up, second);
        await _scenario.VoteAsync(PostKind.Question, firstPosts[0], VoteDirection.Up, outsider);
        Assert.Equal(80, (await _scenario.BalancesAsync(first)).Reputation);
        Assert.Equal(80, (await _scenario.BalancesAsync(second)).Reputation);

        await ScanAsync();

        Assert.Equal(30, (await _scenario.BalancesAsync(first)).Reputation);
        Assert.Equal(30, (await _scenario.BalancesAsync(second)).Reputation);
        var ring = Assert.Single(await CasesAsync(VoteFraudKind.Ring, Math.Min(first, second), Math.Max(first, second)));
        Assert.Equal(10, ring.ReversedEntries);
        Assert.Equal(10, VoteFraudEvidence.FromJson(ring.Evidence).Votes.Count);
        Assert.Empty(await CasesAsync(VoteFraudKind.Serial, first, second));
        Assert.Empty(await _scenario.RunAsync<IReadOnlyList<TotalsMismatch>, ReputationAudit>(audit => audit.RecomputeAsync(fix: false)));

        await ScanAsync();

        Assert.Single(await CasesAsync(VoteFraudKind.Ring, Math.Min(first, second), Math.Max(first, second)));
        Assert.Equal(30, (await _scenario.BalancesAsync(first)).Reputation);
    }

    [Fact]
    public async Task A_retracted_vote_that_was_already_reversed_gives_nothing_back_twice()
    {
        var author = await _scenario.MemberAsync("Retraction author", reputation: 40);
        var voter = await _scenario.MemberAsync("Retracting voter", reputation: 200);
        var posts = await TwelvePostsByAsync(author);
        foreach (var (kind, id) in posts.Take(10)) await _scenario.VoteAsync(kind, id, VoteDirection.Up, voter);
        await ScanAsync();
        Assert.Equal(40, (await _scenario.BalancesAsync(author)).Reputation);

        await _scenario.VoteAsync(posts[0].Kind, posts[0].Id, VoteDirection.None, voter);

        Assert.Equal(40, (await _scenario.BalancesAsync(author)).Reputation);
        Assert.Equal(0, await factory.WithDbAsync(db => db.Questions.Where(q => q.Id == posts[0].Id).Select(q => q.Score).SingleAsync()));
        Assert.Empty(await _scenario.RunAsync<IReadOnlyList<TotalsMismatch>, ReputationAudit>(audit => audit.RecomputeAsync(fix: false)));
    }
}
