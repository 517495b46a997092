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

    [Theory]
    [InlineData("en")]
    [InlineData("ko")]
    public async Task A_paste_longer_than_a_post_can_hold_is_not_cut_silently(string language)
    {
        var ui = UiText.For(language);
        var member = await forum.NewVisitorAsync(ui);
        await member.RegisterAsync(ui, "긴 글 붙여넣는 회원");
        await member.GotoAsync("/questions/ask");
        var body = member.GetByLabel(ui["Body"]);
        await Expect(member.GetByText(ui["CharacterCount", "0", "30,000"])).ToBeVisibleAsync();

        await body.FillAsync(string.Concat(Enumerable.Repeat("정수기 설명서 한 줄입니다. ", 2_200)));

        Assert.Equal(30_000, (await body.InputValueAsync()).Length);
        await Expect(member.GetByText(ui["CharacterCount", "30,000", "30,000"])).ToBeVisibleAsync();
        await Expect(member.GetByRole(AriaRole.Alert).Filter(new() { HasText = ui["CharacterLimitReached"] })).ToBeVisibleAsync();
        // What is on screen only: a full-page capture at two widths re-lays 30,000 Hangul characters twice, which took over 15 s on CI.
        await Shots.ShootAsync(member, $"length-limit-{language}", fullPage: false);

        await body.FillAsync("필터는 6개월마다 갈아야 하나요? 물맛이 조금 달라진 것 같아요.");
        await Expect(member.GetByText(ui["CharacterCount", "36", "30,000"])).ToBeVisibleAsync();
        await Expect(member.GetByRole(AriaRole.Alert).Filter(new() { HasText = ui["CharacterLimitReached"] })).ToHaveCountAsync(0);
        Assert.Empty(forum.PageProblems);
    }
}
