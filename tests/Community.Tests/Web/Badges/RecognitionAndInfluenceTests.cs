using System.Net;
using Community.Core.Content;
using Community.Core.Reputation;
using Community.Core.Voting;
using Community.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Community.Tests.Web.Badges;

public class RecognitionAndInfluenceTests(CommunityFactory factory) : IClassFixture<CommunityFactory>
{
    private readonly Scenario _scenario = new(factory);


    [Fact]
    public async Task The_brand_team_puts_an_advocate_in_the_home_page_spotlight()
    {
        var advocate = await _scenario.MemberAsync("Spotlit advocate", reputation: 600);
        var admin = await factory.AdminAsync();

        var response = await admin.PostFormAsync($"/users/{advocate}?handler=Feature", ("message", "Answered forty filter questions this month — thank you!"));
        var home = await factory.Browser().GetStringAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("Featured advocate", home);
        Assert.Contains("Answered forty filter questions this month", home);
        Assert.Contains("Advocate", home);
    }

    [Fact]
    public async Task A_member_cannot_choose_the_spotlight()
    {
        var member = await factory.RegisterAsync("Self promoter");
        var id = await factory.MemberIdAsync("Self promoter");

        var response = await member.PostFormAsync($"/users/{id}?handler=Feature", ("message", "Look at me!"));

        Assert.Contains("/account/access-denied", response.Headers.Location!.ToString());
        Assert.False(await factory.WithDbAsync(db => db.Spotlights.AnyAsync(s => s.MemberId == id)));
    }

    [Fact]
    public async Task The_brand_team_sees_scores_weighted_by_voter_level_members_see_raw_counts()
    {
        var author = await _scenario.MemberAsync("Scored author");
        var questionId = await _scenario.AskAsync(author);
        await _scenario.VoteAsync(PostKind.Question, questionId, VoteDirection.Up, await _scenario.MemberAsync("Champion voter", reputation: 2500));
        await _scenario.VoteAsync(PostKind.Question, questionId, VoteDirection.Up, await _scenario.MemberAsync("Newcomer voter"));

        var adminHtml = await (await factory.AdminAsync()).GetStringAsync($"/questions/{questionId}/a-question-for-the-ledger-tests");
        var memberHtml = await factory.Browser().GetStringAsync($"/questions/{questionId}/a-question-for-the-ledger-tests");

        Assert.Contains("Weighted 3", adminHtml);
        Assert.DoesNotContain("Weighted", memberHtml);
    }
}
