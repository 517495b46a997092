using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Community.BrowserTests;

/// <summary>An answer typed and left (a closed tab) comes back when the member returns; once posted, it is not offered again.</summary>
public class DraftJourneyTests(LiveForum forum) : IClassFixture<LiveForum>
{
    [Theory]
    [InlineData("en")]
    [InlineData("ko")]
    public async Task An_unsent_answer_survives_a_closed_tab_and_is_forgotten_once_posted(string language)
    {
        var ui = UiText.For(language);
        var asker = await forum.NewVisitorAsync(ui);
        await asker.RegisterAsync(ui, "초안 질문자");
        var questionUrl = await asker.AskAsync(ui, $"이어폰 케이스 충전 불빛이 안 켜져요 {Journeys.Tag()}",
            "케이스를 충전기에 꽂아도 불빛이 켜지지 않아요. 케이블은 다른 기기에서 잘 됩니다.", "충전");

        var answerer = await forum.NewVisitorAsync(ui);
        await answerer.RegisterAsync(ui, "초안 답변자");
        await answerer.GotoAsync(questionUrl);
        const string answer = "케이스 바닥의 단자를 마른 면봉으로 닦아 보세요. 먼지가 끼면 충전이 안 될 때가 많아요.";
        await answerer.GetByLabel(ui["YourAnswer"]).FillAsync(answer);
        await Expect(answerer.GetByLabel(ui["YourAnswer"])).ToHaveValueAsync(answer);
        // The draft is written shortly after typing stops; wait for it rather than for time.
        await answerer.WaitForFunctionAsync("() => Object.keys(localStorage).some(k => k.startsWith('community.draft:') && localStorage.getItem(k).includes('면봉'))");
        await answerer.CloseAsync();

        var returning = await answerer.Context.NewPageAsync();
        await returning.GotoAsync(questionUrl);
        await Expect(returning.GetByLabel(ui["YourAnswer"])).ToHaveValueAsync(answer);
        await Expect(returning.GetByRole(AriaRole.Status).Filter(new() { HasText = ui["DraftRestored"] })).ToBeVisibleAsync();

        await returning.GetByRole(AriaRole.Button, new() { Name = ui["PostYourAnswer"] }).ClickAsync();
        await Expect(returning.GetByRole(AriaRole.Article).Filter(new() { HasText = "마른 면봉으로" })).ToBeVisibleAsync();
        await returning.ReloadAsync();
        await Expect(returning.GetByLabel(ui["YourAnswer"])).ToHaveValueAsync("");
    }
}
