using System.Net;
using Community.Tests.Support;

namespace Community.Tests.Web.Korean;

/// <summary>Counts read as people write them: "1 answer", "2 answers" — and in Korean one form for both.</summary>
public class CountWordingTests(CommunityFactory factory) : IClassFixture<CommunityFactory>
{
    [Theory]
    [InlineData("en", "1 answer", "2 answers")]
    [InlineData("ko", "답변 1개", "답변 2개")]
    public async Task The_answers_heading_words_one_and_many(string culture, string one, string two)
    {
        var ui = UiText.For(culture);
        var asker = await factory.RegisterAsync("단수 복수 질문자");
        var id = await asker.AskAsync($"답변 개수 표기를 확인하는 질문입니다 {Guid.NewGuid().ToString("N")[..4]}");
        await (await factory.RegisterAsync("첫 답변자")).AnswerAsync(id, "첫 번째 답변입니다. 설정에서 기기를 지우고 다시 연결해 보세요.");
        var reader = ui.Speak(factory.Browser());

        var (_, afterOne, _) = await reader.FormsOnAsync($"/questions/{id}");
        var list = WebUtility.HtmlDecode(await reader.GetStringAsync($"/questions?sort=newest"));
        Assert.Contains($"<strong>1</strong> {ui.Plural("AnswersLabel", 1)}", list);
        await (await factory.RegisterAsync("둘째 답변자")).AnswerAsync(id, "두 번째 답변입니다. 케이스 버튼을 길게 눌러 초기화해 보세요.");
        var (_, afterTwo, _) = await reader.FormsOnAsync($"/questions/{id}");

        Assert.Contains($">{one}<", WebUtility.HtmlDecode(afterOne));
        Assert.Contains($">{two}<", WebUtility.HtmlDecode(afterTwo));
        Assert.Equal(one, ui.Plural("AnswersHeading", 1));
    }
}
