using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Community.BrowserTests;

/// <summary>
/// What a person sees when the forum cannot show what they wrote: the reason in their language, on the form, with their
/// text still in it. (A body over the 30,000-character limit cannot be typed or pasted here at all: the browser stops
/// at the field's maxlength. The 1 MB refusal page is for requests made outside the page; Web/Questions tests it.)
/// </summary>
public class RefusalScreensJourneyTests(LiveForum forum) : IClassFixture<LiveForum>
{
    [Theory]
    [InlineData("en")]
    [InlineData("ko")]
    public async Task A_body_too_complex_to_show_is_refused_on_the_form_with_the_draft_kept(string language)
    {
        var ui = UiText.For(language);
        var member = await forum.NewVisitorAsync(ui);
        await member.RegisterAsync(ui, "표 붙여넣는 회원");
        var title = $"엑셀에서 붙여 넣은 표가 깨져요 {Journeys.Tag()}";
        var pipes = new string('|', 30_000);

        await member.GotoAsync("/questions/ask");
        await member.GetByLabel(ui["Title"]).FillAsync(title);
        await member.GetByLabel(ui["Body"]).FillAsync(pipes);
        await member.GetByLabel(ui["Tags"]).FillAsync("엑셀 표");
        await member.GetByRole(AriaRole.Button, new() { Name = ui["PostYourQuestion"] }).ClickAsync();

        await Expect(member.GetByText(ui["MarkdownTooComplex"])).ToBeVisibleAsync();
        await Expect(member.GetByLabel(ui["Title"])).ToHaveValueAsync(title);
        Assert.Equal(pipes.Length, (await member.GetByLabel(ui["Body"]).InputValueAsync()).Length);
        await Shots.AtBothWidthsAsync(member, $"refused-markdown-{language}");
        Assert.Empty(forum.PageProblems);
    }
}
