using System.Text.RegularExpressions;
using Community.Core.Questions;
using Community.Tests.Support;

namespace Community.Tests.Web.Reputation;

/// <summary>Standing where people look: beside a name, the icon of the member's advocate level and their badges by tier;
/// on the leaderboard a face for every leader, and in comments a face beside the commenter.</summary>
public class LevelAndBadgesBesideNamesTests(CommunityFactory factory) : IClassFixture<CommunityFactory>
{
    [Theory]
    [InlineData("en", "Level 5 · Insider", "Bronze badges: 1")]
    [InlineData("ko", "5등급 · 인사이더", "브론즈 배지 1개")]
    public async Task A_top_helper_shows_their_level_icon_and_badges_beside_their_face_on_the_leaderboard_and_their_posts(string language, string level, string bronze)
    {
        var scenario = new Scenario(factory);
        var helperId = await scenario.MemberAsync("레벨 아이콘 도우미 정하늘", reputation: 9_000_000 + Random.Shared.Next(1000));
        var askerId = await scenario.MemberAsync("레벨 아이콘 질문자");
        var questionId = await scenario.RunAsync<int, AskQuestion>(async ask => (await ask.ExecuteAsync(
            new AskQuestionInput($"써모센스 온도 보정은 어디서 하나요 {Guid.NewGuid():N}"[..30], "설정 메뉴를 다 찾아봐도 온도 보정 항목이 보이지 않아요.", "써모센스 온도", null, Guid.NewGuid()), askerId)).Id);
        await scenario.AnswerAsync(questionId, helperId);   // the first answer earns a bronze badge
        await scenario.RunAsync<Comment, PostComment>(comment => comment.ExecuteAsync(questionId, null, "앱의 기기 설정 > 보정 메뉴에 있어요.", helperId));
        var reader = UiText.For(language).Speak(factory.Browser());
        var mark = $"""<i class="bi bi-gem level-mark level-mark-5" role="img" aria-label="{level}" title="{level}"></i>""";

        var board = await reader.GetStringAsync("/leaderboard?period=all");
        var row = board[board.IndexOf($"data-user-card=\"{helperId}\"", StringComparison.Ordinal)..];
        Assert.Matches(new Regex($"""<span class="avatar avatar-24 avatar-hue-{helperId % 8}" aria-hidden="true">레</span>\s*<a href="/users/{helperId}" data-user-card="{helperId}">"""), board);
        Assert.Contains(mark, row[..row.IndexOf("</tr>", StringComparison.Ordinal)]);
        Assert.Contains($"""<span class="visually-hidden">{bronze}</span>""", row[..row.IndexOf("</tr>", StringComparison.Ordinal)]);

        var (_, page, _) = await reader.FollowAsync(await reader.GetAsync($"/questions/{questionId}"));
        Assert.Matches(new Regex($"""data-user-card="{helperId}">레벨 아이콘 도우미 정하늘[^<]*</a> {Regex.Escape(mark)}"""), page);
        Assert.DoesNotMatch(new Regex($"""data-user-card="{askerId}">[^<]*</a> <i class="bi"""), page);   // the first rung shows no mark
        var comment = page[page.IndexOf("앱의 기기 설정", StringComparison.Ordinal)..];
        Assert.Matches(new Regex($"""^[^<]*</span> –\s*<span class="avatar avatar-16 avatar-hue-{helperId % 8}" aria-hidden="true">레</span> <a href="/users/{helperId}" data-user-card="{helperId}">"""), comment);
    }
}
