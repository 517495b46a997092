using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Community.BrowserTests;

public class QuestionJourneyTests(LiveForum forum) : IClassFixture<LiveForum>
{
    [Fact]
    public async Task An_answer_votes_and_acceptance_reach_the_asker_live_without_reload()
    {
        var asker = await forum.NewVisitorAsync();
        await asker.RegisterAsync("Asker");
        var questionUrl = await asker.AskAsync("How often should the AirPure filter be replaced?",
            "My purifier shows a **red** light after six months. Is that the filter?", "filter airpure");
        await asker.WaitUntilLiveAsync();
        await asker.MarkDocumentAsync();
        var question = asker.GetByRole(AriaRole.Article).First;
        await Expect(question.GetByRole(AriaRole.Status, new() { Name = "Score" })).ToHaveTextAsync(Journeys.Exactly("0"));
        await Expect(question.Locator(".post-body strong")).ToHaveTextAsync("red");

        var helper = await forum.NewVisitorAsync();
        await helper.RegisterAsync("Helper");
        await helper.GotoAsync(questionUrl);
        await helper.WaitUntilLiveAsync();
        await Expect(asker.GetByText("2 people viewing")).ToBeVisibleAsync();

        await helper.GetByLabel("Your answer").FillAsync("Yes — replace it every **6 months**; the red light is the filter reminder.");
        await helper.GetByRole(AriaRole.Button, new() { Name = "Post your answer" }).ClickAsync();
        var answerOnAskerPage = asker.GetByRole(AriaRole.Article).Filter(new() { HasText = "the red light is the filter reminder" });
        await Expect(answerOnAskerPage).ToBeVisibleAsync();
        await Expect(asker.GetByRole(AriaRole.Heading, new() { Name = "1 answers" })).ToBeVisibleAsync();

        await helper.GetByRole(AriaRole.Article).First.GetByRole(AriaRole.Button, new() { Name = "Upvote" }).ClickAsync();
        await Expect(question.GetByRole(AriaRole.Status, new() { Name = "Score" })).ToHaveTextAsync(Journeys.Exactly("1"));

        await answerOnAskerPage.GetByText("Add a comment").ClickAsync();
        await answerOnAskerPage.GetByRole(AriaRole.Textbox, new() { Name = "Comment" }).FillAsync("Thanks! Does the reminder reset by itself?");
        await answerOnAskerPage.GetByRole(AriaRole.Button, new() { Name = "Add comment" }).ClickAsync();
        await Expect(helper.GetByRole(AriaRole.Article).Filter(new() { HasText = "the red light is the filter reminder" })
            .GetByText("Thanks! Does the reminder reset by itself?")).ToBeVisibleAsync();

        answerOnAskerPage = asker.GetByRole(AriaRole.Article).Filter(new() { HasText = "the red light is the filter reminder" });
        await answerOnAskerPage.GetByRole(AriaRole.Button, new() { Name = "Accept this answer" }).ClickAsync();
        var answerOnHelperPage = helper.GetByRole(AriaRole.Article).Filter(new() { HasText = "the red light is the filter reminder" });
        await Expect(answerOnHelperPage.GetByText("Accepted answer").Filter(new() { Visible = true })).ToBeVisibleAsync();

        await asker.GotoAsync(questionUrl);
        await asker.WaitUntilLiveAsync();
        await asker.MarkDocumentAsync();
        await helper.GetByRole(AriaRole.Article).First.GetByRole(AriaRole.Button, new() { Name = "Upvote" }).ClickAsync();
        await Expect(question.GetByRole(AriaRole.Status, new() { Name = "Score" })).ToHaveTextAsync(Journeys.Exactly("0"));
        Assert.True(await asker.WasNotReloadedAsync());

        await asker.GetByRole(AriaRole.Button, new() { Name = "Log out" }).ClickAsync();
        await Expect(asker.GetByRole(AriaRole.Link, new() { Name = "Log in" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task The_question_list_announces_new_questions()
    {
        var reader = await forum.NewVisitorAsync();
        await reader.GotoAsync("/questions");
        await reader.WaitUntilLiveAsync();
        await reader.MarkDocumentAsync();

        var author = await forum.NewVisitorAsync();
        await author.RegisterAsync("Announcer");
        await author.AskAsync("Does the thermostat support two zones?", "I have two floors and one boiler. Can ThermoSense handle both?", "thermosense zones");

        await Expect(reader.GetByRole(AriaRole.Link, new() { Name = "1 new questions — show" })).ToBeVisibleAsync();
        Assert.True(await reader.WasNotReloadedAsync());
        await reader.GetByRole(AriaRole.Link, new() { Name = "1 new questions — show" }).ClickAsync();
        await Expect(reader.GetByRole(AriaRole.Link, new() { Name = "Does the thermostat support two zones?" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Similar_questions_appear_while_typing_a_title()
    {
        var author = await forum.NewVisitorAsync();
        await author.RegisterAsync("Similar author");
        await author.AskAsync("Robot vacuum keeps bumping into chair legs", "It bumps into the dining chairs all the time. Any setting for that?", "roboclean");

        await author.GotoAsync("/questions/ask");
        await author.GetByLabel("Title").PressSequentiallyAsync("vacuum bumping");

        await Expect(author.Locator("#similar-questions").GetByRole(AriaRole.Link, new() { Name = "Robot vacuum keeps bumping into chair legs" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task The_language_switch_turns_the_interface_korean()
    {
        var visitor = await forum.NewVisitorAsync();
        await visitor.GotoAsync("/questions");
        await Expect(visitor.GetByRole(AriaRole.Heading, new() { Name = "All questions" })).ToBeVisibleAsync();

        await visitor.GetByRole(AriaRole.Link, new() { Name = "한국어" }).ClickAsync();

        await Expect(visitor.GetByRole(AriaRole.Heading, new() { Name = "전체 질문" })).ToBeVisibleAsync();
        await Expect(visitor.Locator("html")).ToHaveAttributeAsync("lang", "ko");
        await visitor.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
        await Expect(visitor.GetByRole(AriaRole.Heading, new() { Name = "All questions" })).ToBeVisibleAsync();
    }
}
