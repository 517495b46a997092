using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Community.BrowserTests;

public class IdeaJourneyTests(LiveForum forum) : IClassFixture<LiveForum>
{
    [Theory]
    [InlineData("en")]
    [InlineData("ko")]
    public async Task A_member_proposes_an_idea_others_vote_the_brand_delivers_it_and_the_author_watches_live(string language)
    {
        var ui = UiText.For(language);
        var title = $"밤에는 표시등을 모두 끄는 수면 모드가 있으면 좋겠어요 {Journeys.Tag()}";
        var author = await forum.NewVisitorAsync(ui);
        var authorName = await author.RegisterAsync(ui, "잠귀 밝은 제안자");
        await author.GotoAsync("/ideas/new");
        await author.GetByLabel(ui["Title"]).FillAsync(title);
        await author.GetByLabel(ui["Description"]).FillAsync("침실에 공기청정기를 두는데 밤마다 LED 불빛이 너무 밝아요. 모든 표시등을 한 번에 끄는 스위치가 있으면 좋겠어요.");
        await author.GetByRole(AriaRole.Button, new() { Name = ui["SubmitIdea"] }).ClickAsync();
        await Expect(author.GetByLabel(ui["Status"], new() { Exact = true })).ToHaveTextAsync(ui["IdeaStatus_New"]);
        var ideaUrl = author.Url;

        var voter = await forum.NewVisitorAsync(ui);
        var voterName = await voter.RegisterAsync(ui, "한표 행사자");
        await voter.GotoAsync(ideaUrl);
        await voter.GetByRole(AriaRole.Button, new() { Name = ui["Vote"], Exact = true }).ClickAsync();
        await Expect(voter.GetByRole(AriaRole.Button, new() { Name = ui["Vote"], Exact = true })).ToHaveAttributeAsync("aria-pressed", "true");

        // The author keeps the page open: the vote count and every status change arrive without a reload.
        await author.WaitUntilLiveAsync();
        await author.MarkDocumentAsync();
        var brand = await forum.NewVisitorAsync(ui);
        await brand.LogInAsAdminAsync(ui);
        await brand.GotoAsync(ideaUrl);
        await Expect(brand.Locator("[data-vote-count]")).ToHaveTextAsync("2");
        await ChangeStatusAsync(brand, ui, "Planned", "다음 펌웨어에 **넣을 예정**이에요.");
        await Expect(author.GetByLabel(ui["Status"], new() { Exact = true })).ToHaveTextAsync(ui["IdeaStatus_Planned"]);
        await Expect(author.GetByText("다음 펌웨어에 넣을 예정이에요.")).ToBeVisibleAsync();
        await ChangeStatusAsync(brand, ui, "InProgress", "지금 만들고 있어요.");
        await ChangeStatusAsync(brand, ui, "Delivered", "펌웨어 3.1에 담아 배포했어요.", releaseNote: "https://example.com/firmware-3-1");
        await Expect(author.GetByLabel(ui["Status"], new() { Exact = true })).ToHaveTextAsync(ui["IdeaStatus_Delivered"]);
        await Expect(author.Locator("[data-inbox-count]")).ToHaveTextAsync("3");
        Assert.True(await author.WasNotReloadedAsync());

        await author.GotoAsync("/ideas/delivered");
        var entry = author.GetByRole(AriaRole.Article, new() { Name = title });
        await Expect(entry).ToContainTextAsync("펌웨어 3.1에 담아 배포했어요.");
        await Expect(entry).ToContainTextAsync(authorName);
        await Expect(entry).ToContainTextAsync(voterName);
        await Expect(entry.GetByRole(AriaRole.Link, new() { Name = ui["ReleaseNote"] })).ToHaveAttributeAsync("href", "https://example.com/firmware-3-1");
    }

    private static async Task ChangeStatusAsync(IPage brand, UiText ui, string status, string message, string? releaseNote = null)
    {
        var label = ui["IdeaStatus_" + status];
        await brand.GetByLabel(ui["NewStatus"]).SelectOptionAsync(new SelectOptionValue { Label = label });
        await brand.GetByLabel(ui["StatusMessage"]).FillAsync(message);
        if (releaseNote is not null) await brand.GetByLabel(ui["ReleaseNoteUrl"]).FillAsync(releaseNote);
        await brand.GetByRole(AriaRole.Button, new() { Name = ui["UpdateStatus"] }).ClickAsync();
        await Expect(brand.GetByLabel(ui["Status"], new() { Exact = true })).ToHaveTextAsync(label);
    }
}
