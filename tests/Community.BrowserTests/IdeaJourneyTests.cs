using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Community.BrowserTests;

public class IdeaJourneyTests(LiveForum forum) : IClassFixture<LiveForum>
{
    [Fact]
    public async Task A_member_proposes_an_idea_others_vote_the_brand_delivers_it_and_the_author_watches_live()
    {
        var author = await forum.NewVisitorAsync();
        var authorName = await author.RegisterAsync("Proposer");
        await author.GotoAsync("/ideas/new");
        await author.GetByLabel("Title").FillAsync("Night mode that switches off every light");
        await author.GetByLabel("Description").FillAsync("The purifier lights up our bedroom at night; a switch to turn every LED off would help.");
        await author.GetByRole(AriaRole.Button, new() { Name = "Submit idea" }).ClickAsync();
        await Expect(author.GetByLabel("Status")).ToHaveTextAsync("New");
        var ideaUrl = author.Url;

        var voter = await forum.NewVisitorAsync();
        var voterName = await voter.RegisterAsync("Backer");
        await voter.GotoAsync(ideaUrl);
        await voter.GetByRole(AriaRole.Button, new() { Name = "Vote", Exact = true }).ClickAsync();
        await Expect(voter.GetByRole(AriaRole.Button, new() { Name = "Remove vote" })).ToBeVisibleAsync();

        // The author keeps the page open: the vote count and every status change arrive without a reload.
        await author.WaitUntilLiveAsync();
        await author.MarkDocumentAsync();
        var brand = await forum.NewVisitorAsync();
        await brand.LogInAsAdminAsync();
        await brand.GotoAsync(ideaUrl);
        await Expect(brand.Locator("[data-vote-count]")).ToHaveTextAsync("2");
        await ChangeStatusAsync(brand, "Planned", "We will build this in the **next firmware**.");
        await Expect(author.GetByLabel("Status")).ToHaveTextAsync("Planned");
        await Expect(author.GetByText("We will build this in the next firmware.")).ToBeVisibleAsync();
        await ChangeStatusAsync(brand, "In progress", "Being built now.");
        await ChangeStatusAsync(brand, "Delivered", "Shipped in firmware 3.1.", releaseNote: "https://example.com/firmware-3-1");
        await Expect(author.GetByLabel("Status")).ToHaveTextAsync("Delivered");
        await Expect(author.Locator("[data-inbox-count]")).ToHaveTextAsync("3");
        Assert.True(await author.WasNotReloadedAsync());

        await author.GotoAsync("/ideas/delivered");
        var entry = author.GetByRole(AriaRole.Article, new() { Name = "Night mode that switches off every light" });
        await Expect(entry).ToContainTextAsync("Shipped in firmware 3.1.");
        await Expect(entry).ToContainTextAsync(authorName);
        await Expect(entry).ToContainTextAsync(voterName);
        await Expect(entry.GetByRole(AriaRole.Link, new() { Name = "Release note" })).ToHaveAttributeAsync("href", "https://example.com/firmware-3-1");
    }

    private static async Task ChangeStatusAsync(IPage brand, string status, string message, string? releaseNote = null)
    {
        await brand.GetByLabel("Move to").SelectOptionAsync(new SelectOptionValue { Label = status });
        await brand.GetByLabel("Public message").FillAsync(message);
        if (releaseNote is not null) await brand.GetByLabel("Release note link (for Delivered)").FillAsync(releaseNote);
        await brand.GetByRole(AriaRole.Button, new() { Name = "Update status" }).ClickAsync();
        await Expect(brand.GetByLabel("Status")).ToHaveTextAsync(status);
    }
}
