using AngleSharp.Html.Parser;
using Community.Core.Questions;
using Community.Tests.Support;

namespace Community.Tests.Web.Pages;

/// <summary>
/// "Next" leads to the next page on every list with a pager. ("page" is also Razor Pages' own route value; a
/// property bound by that name read the page's path instead of the number, so page 2 showed page 1 again.)
/// </summary>
public class PagingTests(CommunityFactory factory) : IClassFixture<CommunityFactory>
{
    private readonly Scenario _scenario = new(factory);

    private static List<string> TitlesOn(string html) =>
        new HtmlParser().ParseDocument(html).QuerySelectorAll(".question-list li a[href^='/questions/'], .search-hit a[href^='/questions/']").Select(a => a.TextContent.Trim()).Distinct().ToList();

    [Theory]
    [InlineData("/questions?tag={0}")]
    [InlineData("/tags/{0}")]
    [InlineData("/search?q={0}")]
    public async Task The_second_page_of_a_question_list_shows_the_next_questions(string listUrl)
    {
        var tag = $"페이지{Guid.NewGuid().ToString("N")[..6]}";
        var asker = await _scenario.MemberAsync("페이지 넘기는 회원", reputation: 200);
        for (var n = 1; n <= 25; n++)
        {
            var title = $"정수기 필터 교체 알림 질문 {n:00}번 {tag}";
            await _scenario.RunAsync<int, AskQuestion>(async ask =>
                (await ask.ExecuteAsync(new AskQuestionInput(title, $"필터 교체 알림이 계속 떠요. 어떻게 끄나요? {tag}", tag, null, Guid.NewGuid()), asker)).Id);
        }
        var reader = UiText.For("ko").Speak(factory.Browser());
        var url = string.Format(listUrl, Uri.EscapeDataString(tag));

        var first = await reader.GetStringAsync(url);
        var next = new HtmlParser().ParseDocument(first).QuerySelector("a[rel=next]")!.GetAttribute("href")!;
        var second = await reader.GetStringAsync(next);

        Assert.NotEmpty(TitlesOn(second));
        Assert.Empty(TitlesOn(first).Intersect(TitlesOn(second)));
    }

    [Fact]
    public async Task A_question_asked_within_the_cached_count_still_shows_in_the_count_above_it()
    {
        var tag = $"세기{Guid.NewGuid().ToString("N")[..6]}";
        var asker = await _scenario.MemberAsync("세어 보는 회원", reputation: 200);
        var ui = UiText.For("ko");
        var reader = ui.Speak(factory.Browser());
        Assert.Contains(ui.Plural("QuestionCount", 0), await reader.GetStringAsync($"/questions?tag={tag}"));

        await _scenario.RunAsync<int, AskQuestion>(async ask =>
            (await ask.ExecuteAsync(new AskQuestionInput($"정수기 소음이 커졌어요 {tag}", $"밤마다 정수기에서 웅웅거리는 소리가 나요. 필터 문제일까요? {tag}", tag, null, Guid.NewGuid()), asker)).Id);

        var page = new HtmlParser().ParseDocument(await reader.GetStringAsync($"/questions?tag={tag}"));
        Assert.Single(TitlesOn(page.DocumentElement.OuterHtml));
        Assert.Contains(ui.Plural("QuestionCount", 1), page.QuerySelector("main")!.TextContent);
    }
}
