using Community.Core.Content;
using Community.Core.Voting;
using Community.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Community.Tests.Web.Badges;

public class BadgeAndLeaderboardTests(CommunityFactory factory) : IClassFixture<CommunityFactory>
{
    private readonly Scenario _scenario = new(factory);

    private Task<List<string>> BadgesOfAsync(int memberId) =>
        factory.WithDbAsync(db => db.MemberBadges.Where(b => b.MemberId == memberId).Select(b => b.BadgeKey + "|" + b.Subject).ToListAsync());

    [Fact]
    public async Task A_first_question_and_a_first_answer_earn_their_badges_once()
    {
        var member = await _scenario.MemberAsync("Badge newcomer");
        var asker = await _scenario.MemberAsync("Badge asker");
        var questionId = await _scenario.AskAsync(asker);

        await _scenario.AnswerAsync(questionId, member);
        await _scenario.AnswerAsync(questionId, member);

        Assert.Equal(["helper|"], await BadgesOfAsync(member));
        Assert.Contains("curious|", await BadgesOfAsync(asker));
    }

    [Fact]
    public async Task An_answer_scoring_ten_earns_nice_answer_for_that_answer()
    {
        var author = await _scenario.MemberAsync("Nice author");
        var questionId = await _scenario.AskAsync(await _scenario.MemberAsync("Nice asker"));
        var answerId = await _scenario.AnswerAsync(questionId, author);

        for (var i = 0; i < 10; i++)
            await _scenario.VoteAsync(PostKind.Answer, answerId, VoteDirection.Up, await _scenario.MemberAsync($"Nice voter {i}"));

        Assert.Contains($"nice-answer|answer:{answerId}", await BadgesOfAsync(author));
        Assert.DoesNotContain(await BadgesOfAsync(author), b => b.StartsWith("good-answer", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_badges_page_shows_rarity_and_how_to_earn_each()
    {
        var html = await factory.Browser().GetStringAsync("/badges");

        Assert.Contains("Nice answer", html);
        Assert.Contains("An answer reaches a score of 10.", html);
        Assert.Contains("Visit 7 days in a row.", html);
        Assert.Contains("members ·", html);
    }

    [Fact]
    public async Task The_weekly_leaderboard_ranks_reputation_gained_and_filters_by_tag()
    {
        var star = await _scenario.MemberAsync("Leaderboard star");
        var questionId = await _scenario.AskAsync(await _scenario.MemberAsync("Leaderboard asker"));
        var answerId = await _scenario.AnswerAsync(questionId, star);
        await _scenario.VoteAsync(PostKind.Answer, answerId, VoteDirection.Up, await _scenario.MemberAsync("Leaderboard voter"));
        var starName = await factory.WithDbAsync(db => db.Users.Where(m => m.Id == star).Select(m => m.DisplayName).SingleAsync());

        var week = await factory.Browser().GetStringAsync("/leaderboard?period=week");
        var ledgerTag = System.Net.WebUtility.HtmlDecode(await factory.Browser().GetStringAsync("/leaderboard?period=month&tag=ledger"));
        var otherTag = await factory.Browser().GetStringAsync("/leaderboard?period=month&tag=unrelated");

        Assert.Contains(starName, week);
        Assert.Contains("+10", ledgerTag);
        Assert.Contains(starName, ledgerTag);
        Assert.DoesNotContain(starName, otherTag);
    }

    [Fact]
    public async Task The_profile_shows_level_progress_and_badges()
    {
        var member = await factory.RegisterAsync("Profile climber");
        await member.AskAsync("What does the level bar on my profile mean?");
        var id = await factory.MemberIdAsync("Profile climber");

        var html = await factory.Browser().GetStringAsync($"/users/{id}");

        Assert.Contains("Level 1 · Member", html);
        Assert.Contains("99 reputation to Contributor", html);
        Assert.Contains("Curious", html);
    }
}
