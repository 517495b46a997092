using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Community.BrowserTests;

/// <summary>
/// The brand team's job from the browser: find a rising advocate, open why they rank, invite them to a private space —
/// and the advocate, browsing on a phone, sees the invitation arrive live and follows it into the space.
/// </summary>
public class BrandJourneyTests(LiveForum forum) : IClassFixture<LiveForum>
{
    private static readonly ViewportSize Phone = Shots.Phone;
    private static readonly ViewportSize Desktop = Shots.Desktop;

    [Theory]
    [InlineData("en")]
    [InlineData("ko")]
    public async Task The_brand_team_finds_a_rising_advocate_reads_why_and_invites_them_who_sees_it_live(string language)
    {
        var ui = UiText.For(language);
        var tag = $"필터{Journeys.Tag()}";

        var advocate = await forum.NewVisitorAsync(ui, Desktop);
        var advocateName = await advocate.RegisterAsync(ui, "떠오르는 도우미");
        await advocate.SetViewportSizeAsync(Phone.Width, Phone.Height);
        await forum.HelpOthersAsync(advocateName, askers: 3, tags: tag);
        await forum.RollUpAsync();
        await advocate.GotoAsync("/questions");
        await advocate.WaitUntilLiveAsync();
        await advocate.MarkDocumentAsync();
        var bell = advocate.Locator("[data-inbox-count]");
        var unreadBefore = int.Parse(await bell.TextContentAsync() ?? "0");

        var brand = await forum.NewVisitorAsync(ui, Desktop);
        var brandName = await brand.RegisterAsync(ui, "브랜드팀 서하늘");
        await forum.MakeBrandTeamAsync(brandName);
        await brand.GotoAsync("/brand");
        await Expect(brand.GetByRole(AriaRole.Heading, new() { Name = ui["BrandDashboard"], Level = 1 })).ToBeVisibleAsync();
        await brand.GetByRole(AriaRole.Link, new() { Name = ui["AdvocateFinder"], Exact = true }).First.ClickAsync();
        await brand.GetByLabel(ui["Tag"], new() { Exact = true }).FillAsync(tag);
        await brand.GetByLabel(ui["SortBy"], new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = ui["Sort_rising"] });
        await brand.GetByRole(AriaRole.Button, new() { Name = ui["ApplyFilters"], Exact = true }).ClickAsync();

        var row = brand.GetByRole(AriaRole.Row).Filter(new() { Has = brand.GetByRole(AriaRole.Link, new() { Name = advocateName, Exact = true }) });
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row).ToContainTextAsync(ui["TrendRising"]);
        await Expect(row).ToContainTextAsync(ui["ScorePart_AcceptedForDistinctAsker", 3]);
        await Shots.AtBothWidthsAsync(brand, $"brand-advocates-{language}");

        await row.GetByRole(AriaRole.Link, new() { Name = advocateName, Exact = true }).ClickAsync();
        await Expect(brand.GetByRole(AriaRole.Heading, new() { Name = advocateName, Level = 1 })).ToBeVisibleAsync();
        await Expect(brand.GetByRole(AriaRole.Heading, new() { Name = ui["WhyHere"] })).ToBeVisibleAsync();
        await Expect(brand.GetByText(ui["ScorePart_FirstAnswerToNewcomer", 3])).ToBeVisibleAsync();
        await brand.GetByLabel(ui["SpaceToInvite"], new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Beta programme" });
        await brand.GetByRole(AriaRole.Button, new() { Name = ui["InviteChosen"], Exact = true }).ClickAsync();
        await Expect(brand.GetByRole(AriaRole.Status).Filter(new() { HasText = ui.Plural("MembersInvited", 1) })).ToBeVisibleAsync();
        await Shots.AtBothWidthsAsync(brand, $"brand-member-{language}");

        // The advocate's open page was rendered before the invitation: the bell counts it without a reload.
        await Expect(bell).ToHaveTextAsync((unreadBefore + 1).ToString());
        Assert.True(await advocate.WasNotReloadedAsync());
        await advocate.OpenPhoneMenuAsync(ui);
        await advocate.GetByRole(AriaRole.Link, new() { Name = ui["Notifications"], Exact = true }).ClickAsync();
        await Expect(advocate).ToHaveURLAsync(new Regex("/notifications$"));
        var invitation = advocate.GetByRole(AriaRole.Link, new() { Name = ui["Notify_space-invite", "Beta programme"], Exact = true });
        await Expect(invitation).ToBeVisibleAsync();
        await invitation.ClickAsync();
        await Expect(advocate).ToHaveURLAsync(new Regex("/spaces/beta-programme$"));
        await Expect(advocate.GetByRole(AriaRole.Heading, new() { Name = "Beta programme", Level = 1 })).ToBeVisibleAsync();
        await Shots.AtBothWidthsAsync(advocate, $"advocate-space-{language}");
        Assert.Empty(forum.PageProblems);
    }
}
