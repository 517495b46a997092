using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Community.BrowserTests;

/// <summary>A live page outlives a lost connection: it says so while it is gone, and shows what it missed once it is back.</summary>
public class LiveReconnectJourneyTests(LiveForum forum) : IClassFixture<LiveForum>
{
    [Theory]
    [InlineData("en")]
    [InlineData("ko")]
    public async Task A_question_page_says_it_is_reconnecting_and_shows_an_answer_posted_meanwhile_once_it_is_back(string language)
    {
        var ui = UiText.For(language);
        var title = $"정수기 물맛이 갑자기 써졌어요 {Journeys.Tag()}";
        const string answerText = "필터 수명이 다 되면 물맛이 변해요";

        var asker = await forum.NewVisitorAsync(ui);
        var line = await HubLine.TapAsync(asker);
        await asker.RegisterAsync(ui, "정수기 주인");
        var questionUrl = await asker.AskAsync(ui, title, "어제부터 정수기 물에서 쓴맛이 나요. 필터를 바꿔야 할까요, 서비스를 불러야 할까요?", "정수기 필터");
        await asker.WaitUntilLiveAsync();
        await asker.MarkDocumentAsync();
        var connectionNotice = asker.Locator("#live-status");
        var askerReputation = asker.Locator("header [data-rep-for]");
        var reputationBefore = int.Parse(await askerReputation.InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture);

        var helper = await forum.NewVisitorAsync(ui);
        await helper.RegisterAsync(ui, "이웃집 정수기 박사");
        await helper.GotoAsync(questionUrl);
        await helper.GetByLabel(ui["YourAnswer"]).FillAsync($"{answerText}. 6개월이 지났다면 먼저 필터를 바꿔 보세요.");

        await line.CutAsync();
        await Expect(connectionNotice).ToHaveTextAsync(ui["LiveReconnecting"]);
        await Expect(connectionNotice).ToHaveAttributeAsync("role", "status");

        await helper.GetByRole(AriaRole.Button, new() { Name = ui["PostYourAnswer"] }).ClickAsync();
        await Expect(helper.GetByRole(AriaRole.Article).Filter(new() { HasText = answerText })).ToBeVisibleAsync();
        // A vote on the asker's question while they cannot hear it: their reputation moves without them being told.
        var helperUpvote = helper.GetByRole(AriaRole.Article).First.GetByRole(AriaRole.Button, new() { Name = ui["Upvote"], Exact = true });
        await helperUpvote.ClickAsync();
        await Expect(helperUpvote).ToHaveAttributeAsync("aria-pressed", "true");

        // The browser itself says it is offline: the notice says so too and offers a reload.
        await asker.Context.SetOfflineAsync(true);
        await Expect(connectionNotice).ToContainTextAsync(ui["LiveOffline"]);
        await Expect(connectionNotice.GetByRole(AriaRole.Button, new() { Name = ui["LiveReload"] })).ToBeVisibleAsync();
        await Shots.AtBothWidthsAsync(asker, $"live-offline-{language}");
        var answerOnAskerPage = asker.GetByRole(AriaRole.Article).Filter(new() { HasText = answerText });
        await Expect(answerOnAskerPage).ToHaveCountAsync(0);

        line.Restore();
        await asker.Context.SetOfflineAsync(false);
        await Expect(answerOnAskerPage).ToBeVisibleAsync();
        await Expect(asker.GetByRole(AriaRole.Heading, new() { Name = ui.Plural("AnswersHeading", 1), Exact = true })).ToBeVisibleAsync();
        await Expect(connectionNotice).ToBeEmptyAsync();
        var questionScore = asker.GetByRole(AriaRole.Article).First.GetByRole(AriaRole.Status, new() { Name = ui["Score"] });
        await Expect(questionScore).ToHaveTextAsync(Journeys.Exactly("1"));
        await Expect(askerReputation).ToHaveTextAsync(Journeys.Exactly((reputationBefore + 10).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.True(await asker.WasNotReloadedAsync());

        // Live again, not just caught up: the helper taking the vote back reaches the asker's page by itself.
        await helperUpvote.ClickAsync();
        await Expect(helperUpvote).ToHaveAttributeAsync("aria-pressed", "false");
        await Expect(questionScore).ToHaveTextAsync(Journeys.Exactly("0"));
        await Expect(askerReputation).ToHaveTextAsync(Journeys.Exactly(reputationBefore.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Empty(forum.PageProblems);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("ko")]
    public async Task The_question_list_counts_a_question_asked_while_its_connection_was_down(string language)
    {
        var ui = UiText.For(language);
        var title = $"에어컨에서 물이 똑똑 떨어져요 {Journeys.Tag()}";
        var reader = await forum.NewVisitorAsync(ui);
        var line = await HubLine.TapAsync(reader);
        await reader.GotoAsync("/questions");
        await reader.WaitUntilLiveAsync();
        await reader.MarkDocumentAsync();

        await line.CutAsync();
        await Expect(reader.Locator("#live-status")).ToHaveTextAsync(ui["LiveReconnecting"]);
        var author = await forum.NewVisitorAsync(ui);
        await author.RegisterAsync(ui, "여름 준비");
        await author.AskAsync(ui, title, "벽걸이 에어컨 실내기 아래로 물이 떨어져요. 배수 호스를 봐야 할까요?", "에어컨 배수");
        line.Restore();

        // Nothing tells this page the line is back: it finds out on its next retry (backoff, at most 30 s apart).
        var announcement = reader.GetByRole(AriaRole.Link, new() { Name = ui.Plural("NewQuestionsBar", 1) });
        await Expect(announcement).ToBeVisibleAsync(new() { Timeout = 40_000 });
        await Expect(reader.Locator("#live-status")).ToBeEmptyAsync();
        Assert.True(await reader.WasNotReloadedAsync());
        await announcement.ClickAsync();
        await Expect(reader.GetByRole(AriaRole.Link, new() { Name = title })).ToBeVisibleAsync();
    }
}
