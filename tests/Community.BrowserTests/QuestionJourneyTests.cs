using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Community.BrowserTests;

public class QuestionJourneyTests(LiveForum forum) : IClassFixture<LiveForum>
{
    [Theory]
    [InlineData("en")]
    [InlineData("ko")]
    public async Task An_answer_votes_and_acceptance_reach_the_asker_live_without_reload(string language)
    {
        var ui = UiText.For(language);
        var title = $"하늘 공기청정기 필터는 얼마나 자주 갈아야 하나요? {Journeys.Tag()}";
        const string answerText = "빨간 불은 필터 교체 알림이에요";
        const string comment = "고마워요! 필터를 바꾸면 알림도 저절로 꺼지나요?";

        var asker = await forum.NewVisitorAsync(ui);
        await asker.RegisterAsync(ui, "필터 궁금이");
        var questionUrl = await asker.AskAsync(ui, title,
            "쓴 지 6개월쯤 되니 공기청정기에 **빨간** 불이 들어와요. 필터를 갈라는 뜻인가요?", "필터 공기청정기");
        await asker.WaitUntilLiveAsync();
        await asker.MarkDocumentAsync();
        var question = asker.GetByRole(AriaRole.Article).First;
        await Expect(question.GetByRole(AriaRole.Status, new() { Name = ui["Score"] })).ToHaveTextAsync(Journeys.Exactly("0"));
        await Expect(question.Locator(".post-body strong")).ToHaveTextAsync("빨간");

        var helper = await forum.NewVisitorAsync(ui);
        await helper.RegisterAsync(ui, "친절한 이웃");
        await helper.GotoAsync(questionUrl);
        await helper.WaitUntilLiveAsync();
        await Expect(asker.GetByText(ui.Plural("ViewersNow", 2))).ToBeVisibleAsync();

        await helper.GetByLabel(ui["YourAnswer"]).FillAsync($"네, **6개월마다** 바꿔 주세요. {answerText}.");
        await helper.GetByRole(AriaRole.Button, new() { Name = ui["PostYourAnswer"] }).ClickAsync();
        var answerOnAskerPage = asker.GetByRole(AriaRole.Article).Filter(new() { HasText = answerText });
        await Expect(answerOnAskerPage).ToBeVisibleAsync();
        await Expect(asker.GetByRole(AriaRole.Heading, new() { Name = ui.Plural("AnswersHeading", 1), Exact = true })).ToBeVisibleAsync();

        await helper.GetByRole(AriaRole.Article).First.GetByRole(AriaRole.Button, new() { Name = ui["Upvote"], Exact = true }).ClickAsync();
        await Expect(question.GetByRole(AriaRole.Status, new() { Name = ui["Score"] })).ToHaveTextAsync(Journeys.Exactly("1"));

        await answerOnAskerPage.GetByText(ui["AddAComment"]).ClickAsync();
        await answerOnAskerPage.GetByRole(AriaRole.Textbox, new() { Name = ui["Comment"] }).FillAsync(comment);
        await answerOnAskerPage.GetByRole(AriaRole.Button, new() { Name = ui["AddComment"] }).ClickAsync();
        await Expect(helper.GetByRole(AriaRole.Article).Filter(new() { HasText = answerText }).GetByText(comment)).ToBeVisibleAsync();

        answerOnAskerPage = asker.GetByRole(AriaRole.Article).Filter(new() { HasText = answerText });
        await answerOnAskerPage.GetByRole(AriaRole.Button, new() { Name = ui["AcceptThisAnswer"] }).ClickAsync();
        var answerOnHelperPage = helper.GetByRole(AriaRole.Article).Filter(new() { HasText = answerText });
        await Expect(answerOnHelperPage.GetByText(ui["AcceptedAnswer"]).Filter(new() { Visible = true })).ToBeVisibleAsync();

        await asker.GotoAsync(questionUrl);
        await asker.WaitUntilLiveAsync();
        await asker.MarkDocumentAsync();
        await helper.GetByRole(AriaRole.Article).First.GetByRole(AriaRole.Button, new() { Name = ui["Upvote"], Exact = true }).ClickAsync();
        await Expect(question.GetByRole(AriaRole.Status, new() { Name = ui["Score"] })).ToHaveTextAsync(Journeys.Exactly("0"));
        Assert.True(await asker.WasNotReloadedAsync());

        await asker.GetByRole(AriaRole.Button, new() { Name = ui["LogOut"] }).ClickAsync();
        await Expect(asker.GetByRole(AriaRole.Link, new() { Name = ui["LogIn"], Exact = true })).ToBeVisibleAsync();
    }

    /// <summary>
    /// The second reader is served the thread the first reader's visit rendered (Performance/SharedThreadCache): in the
    /// browser their vote and comment must work from it (the page's script takes the token written in for them) and the
    /// first reader sees both live.
    /// </summary>
    [Theory]
    [InlineData("en")]
    [InlineData("ko")]
    public async Task A_reader_served_the_shared_thread_votes_and_comments_from_it(string language)
    {
        var ui = UiText.For(language);
        var title = $"식기세척기 세제 투입구가 안 열려요 {Journeys.Tag()}";
        const string comment = "저도 같은 증상이에요. 세제를 너무 많이 넣으면 그렇다고 하더라고요.";

        var asker = await forum.NewVisitorAsync(ui);
        await asker.RegisterAsync(ui, "세척기 초보");
        var questionUrl = await asker.AskAsync(ui, title, "설거지가 끝나도 세제 투입구가 닫힌 채로 있고 세제가 그대로 남아 있습니다.", "식기세척기 세제");

        var first = await forum.NewVisitorAsync(ui);
        await first.RegisterAsync(ui, "살림 고수");
        await first.GotoAsync(questionUrl);
        await first.WaitUntilLiveAsync();
        await first.MarkDocumentAsync();

        var second = await forum.NewVisitorAsync(ui);
        await second.RegisterAsync(ui, "주방 탐험가");
        await second.SetViewportSizeAsync(Shots.Phone.Width, Shots.Phone.Height);
        await second.GotoAsync(questionUrl);
        await second.WaitUntilLiveAsync();
        var question = second.GetByRole(AriaRole.Article).First;
        await question.GetByRole(AriaRole.Button, new() { Name = ui["Upvote"], Exact = true }).ClickAsync();
        await Expect(question.GetByRole(AriaRole.Button, new() { Name = ui["Upvote"], Exact = true })).ToHaveAttributeAsync("aria-pressed", "true");
        await Expect(first.GetByRole(AriaRole.Article).First.GetByRole(AriaRole.Status, new() { Name = ui["Score"] })).ToHaveTextAsync(Journeys.Exactly("1"));

        await question.GetByText(ui["AddAComment"]).ClickAsync();
        await question.GetByRole(AriaRole.Textbox, new() { Name = ui["Comment"] }).FillAsync(comment);
        await question.GetByRole(AriaRole.Button, new() { Name = ui["AddComment"] }).ClickAsync();
        await Expect(first.GetByRole(AriaRole.Article).First.GetByText(comment)).ToBeVisibleAsync();
        await Expect(second.GetByRole(AriaRole.Article).First.GetByText(comment)).ToBeVisibleAsync();
        Assert.True(await first.WasNotReloadedAsync());
        await Shots.AtBothWidthsAsync(second, $"shared-thread-{language}");
    }

    [Theory]
    [InlineData("en")]
    [InlineData("ko")]
    public async Task The_question_list_announces_new_questions(string language)
    {
        var ui = UiText.For(language);
        var title = $"보일러 하나로 위아래층 온도를 따로 맞출 수 있나요? {Journeys.Tag()}";
        var reader = await forum.NewVisitorAsync(ui);
        await reader.GotoAsync("/questions");
        await reader.WaitUntilLiveAsync();
        await reader.MarkDocumentAsync();

        var author = await forum.NewVisitorAsync(ui);
        await author.RegisterAsync(ui, "이층집 주인");
        await author.AskAsync(ui, title, "이층집인데 보일러가 하나뿐이에요. 온도조절기 하나로 두 층을 각각 조절할 수 있을까요?", "온도조절기 난방");

        var announcement = reader.GetByRole(AriaRole.Link, new() { Name = ui.Plural("NewQuestionsBar", 1) });
        await Expect(announcement).ToBeVisibleAsync();
        Assert.True(await reader.WasNotReloadedAsync());
        await announcement.ClickAsync();
        await Expect(reader.GetByRole(AriaRole.Link, new() { Name = title })).ToBeVisibleAsync();
    }

    [Theory]
    [InlineData("en")]
    [InlineData("ko")]
    public async Task Similar_questions_appear_while_typing_a_title(string language)
    {
        var ui = UiText.For(language);
        var title = $"로봇청소기가 식탁 의자 다리에 자꾸 부딪혀요 {Journeys.Tag()}";
        var author = await forum.NewVisitorAsync(ui);
        await author.RegisterAsync(ui, "깔끔한 살림꾼");
        await author.AskAsync(ui, title, "식탁 의자에 하루에도 몇 번씩 부딪혀요. 장애물 감지 설정을 바꾸면 나아질까요?", "로봇청소기");

        await author.GotoAsync("/questions/ask");
        await author.GetByLabel(ui["Title"]).PressSequentiallyAsync("로봇청소기 부딪혀");

        await Expect(author.Locator("#similar-questions").GetByRole(AriaRole.Link, new() { Name = title })).ToBeVisibleAsync();
    }

    [Theory]
    [InlineData("en")]
    [InlineData("ko")]
    public async Task The_language_switch_turns_the_interface_into_the_other_language(string language)
    {
        var ui = UiText.For(language);
        var other = UiText.For(language == "ko" ? "en" : "ko");
        // The switch is labelled with the other language's own name, whatever the interface language is.
        static string Endonym(UiText text) => text.Culture == "ko" ? "한국어" : "English";

        var visitor = await forum.NewVisitorAsync(ui);
        await visitor.GotoAsync("/questions");
        await Expect(visitor.GetByRole(AriaRole.Heading, new() { Name = ui["AllQuestions"] })).ToBeVisibleAsync();
        await Expect(visitor.Locator("html")).ToHaveAttributeAsync("lang", ui.Culture);

        await visitor.GetByRole(AriaRole.Link, new() { Name = Endonym(other) }).ClickAsync();

        await Expect(visitor.GetByRole(AriaRole.Heading, new() { Name = other["AllQuestions"] })).ToBeVisibleAsync();
        await Expect(visitor.Locator("html")).ToHaveAttributeAsync("lang", other.Culture);
        await visitor.GetByRole(AriaRole.Link, new() { Name = Endonym(ui) }).ClickAsync();
        await Expect(visitor.GetByRole(AriaRole.Heading, new() { Name = ui["AllQuestions"] })).ToBeVisibleAsync();
        await Expect(visitor.Locator("html")).ToHaveAttributeAsync("lang", ui.Culture);
    }
}
