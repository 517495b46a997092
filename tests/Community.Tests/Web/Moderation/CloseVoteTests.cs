using System.Net;
using Community.Core.Moderation;
using Community.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Community.Tests.Web.Moderation;

public class CloseVoteTests(CommunityFactory factory) : IClassFixture<CommunityFactory>
{
    private static Task<bool> VoteAsync(Scenario scenario, int voter, int questionId, bool reopen, string? reason = null, int? duplicateOf = null) =>
        scenario.RunAsync<bool, VoteToClose>(v => v.ExecuteAsync(questionId, reopen, reason, duplicateOf, voter));

    [Fact]
    public async Task Three_trusted_votes_close_with_the_most_voted_reason_and_three_more_reopen()
    {
        var scenario = new Scenario(factory);
        var asker = await scenario.MemberAsync("Close vote asker");
        var original = await scenario.AskAsync(asker);
        var copy = await scenario.AskAsync(asker);
        var voters = new List<int>();
        for (var i = 0; i < 6; i++) voters.Add(await scenario.MemberAsync($"Closer {i}", reputation: 3500));

        Assert.False(await VoteAsync(scenario, voters[0], copy, false, "duplicate", original));
        Assert.False(await VoteAsync(scenario, voters[1], copy, false, "off-topic"));
        Assert.True(await VoteAsync(scenario, voters[2], copy, false, "duplicate", original));

        var closed = await factory.WithDbAsync(db => db.Questions.SingleAsync(q => q.Id == copy));
        Assert.Equal(("duplicate", original), (closed.CloseReason, closed.DuplicateOfId));
        var twice = await Assert.ThrowsAsync<Community.Core.DomainException>(() => VoteAsync(scenario, voters[0], copy, false, "unclear"));
        Assert.Equal("QuestionAlreadyClosed", twice.MessageKey);

        await VoteAsync(scenario, voters[3], copy, true);
        await VoteAsync(scenario, voters[4], copy, true);
        Assert.True(await VoteAsync(scenario, voters[5], copy, true));
        Assert.Null(await factory.WithDbAsync(db => db.Questions.Where(q => q.Id == copy).Select(q => q.ClosedAt).SingleAsync()));
    }

    [Fact]
    public async Task Members_without_the_privilege_cannot_vote_and_low_scored_posts_reach_the_low_quality_queue()
    {
        var member = await factory.RegisterAsync("Eager closer");
        var asker = await factory.RegisterAsync("Low scored asker");
        var id = await asker.AskAsync("A question the community voted well below zero");

        var refused = await member.PostFormAsync("/questions/close-votes", ("questionId", id.ToString()), ("reopen", "false"), ("reason", "unclear"), ("returnUrl", "/"));
        Assert.Contains("reputation", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);

        await factory.WithDbAsync(db => db.Questions.Where(q => q.Id == id).ExecuteUpdateAsync(s => s.SetProperty(q => q.Score, -4)));
        var review = WebUtility.HtmlDecode(await (await factory.AdminAsync()).GetStringAsync("/moderation/review"));
        Assert.Contains("A question the community voted well below zero", review[review.IndexOf("id=\"low-quality\"", StringComparison.Ordinal)..]);
    }
}
