using System.Net;
using AngleSharp.Html.Parser;
using Community.Core.Questions;
using Community.Tests.Support;

namespace Community.Tests.Web.Pages;

/// <summary>A profile shows the latest ten posts and leads to everything else, a page at a time.</summary>
public class ProfileActivityTests(CommunityFactory factory) : IClassFixture<CommunityFactory>
{
    private readonly Scenario _scenario = new(factory);

    private Task<int> AskAsync(int authorId, string title) => _scenario.RunAsync<int, AskQuestion>(async ask =>
        (await ask.ExecuteAsync(new AskQuestionInput(title, "거실에서 쓰는 제품인데 설정 방법을 자세히 알고 싶습니다.", "설정", null, Guid.NewGuid()), authorId)).Id);

    [Theory]
    [InlineData("en")]
    [InlineData("ko")]
    public async Task Every_answer_a_member_wrote_is_reachable_from_the_profile_twenty_to_a_page(string culture)
    {
        var ui = UiText.For(culture);
        var asker = await _scenario.MemberAsync("질문하는 회원", reputation: 200);
        var helper = await _scenario.MemberAsync("답변왕 김하늘", reputation: 200);
        var titles = new List<string>();
        for (var n = 1; n <= 23; n++)
        {
            var title = $"로봇청소기 예약 청소 설정 질문 {n:00}번 {culture}";
            titles.Add(title);
            await _scenario.AnswerAsync(await AskAsync(asker, title), helper);
        }
        var reader = ui.Speak(factory.Browser());

        var profile = await reader.GetStringAsync($"/users/{helper}");
        var seeAll = new HtmlParser().ParseDocument(profile).QuerySelectorAll("a").Single(a => a.TextContent.Trim() == ui["SeeAllActivity", 23]);
        Assert.Equal($"/users/{helper}/answers", seeAll.GetAttribute("href"));

        var first = new HtmlParser().ParseDocument(await reader.GetStringAsync(seeAll.GetAttribute("href")!));
        var firstTitles = first.QuerySelectorAll(".activity-list a").Select(a => a.TextContent.Trim()).ToList();
        Assert.Equal(20, firstTitles.Count);
        Assert.Equal(titles[^1], firstTitles[0]);
        Assert.Contains(ui.Plural("ActivityTotal_answers", 23), first.Body!.TextContent);

        var next = first.QuerySelector("a[rel=next]")!.GetAttribute("href")!;
        Assert.Equal($"/users/{helper}/answers?page=2", next);
        var second = new HtmlParser().ParseDocument(await reader.GetStringAsync(next));
        var secondTitles = second.QuerySelectorAll(".activity-list a").Select(a => a.TextContent.Trim()).ToList();
        Assert.Equal(titles.Take(3).Reverse(), secondTitles);
        Assert.Empty(firstTitles.Intersect(secondTitles));
    }

    [Theory]
    [InlineData("questions")]
    [InlineData("ideas")]
    [InlineData("reviews")]
    public async Task Each_kind_of_activity_has_its_page_even_when_empty(string kind)
    {
        var ui = UiText.For("ko");
        var member = await _scenario.MemberAsync("새로 온 회원");

        var page = await ui.Speak(factory.Browser()).GetAsync($"/users/{member}/{kind}");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains(ui["NoPostsYet"], WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task An_unknown_kind_or_member_is_not_found()
    {
        var member = await _scenario.MemberAsync("Someone");

        Assert.Equal(HttpStatusCode.NotFound, (await factory.Browser().GetAsync($"/users/{member}/secrets")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.Browser().GetAsync("/users/987654/answers")).StatusCode);
    }
}
