using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Community.BrowserTests;

public class AdvocateJourneyTests(LiveForum forum) : IClassFixture<LiveForum>
{
    [Fact]
    public async Task A_member_levels_up_live_redeems_a_reward_and_the_brand_team_fulfils_it()
    {
        var member = await forum.NewVisitorAsync();
        var name = await member.RegisterAsync("Rising advocate");
        await forum.GrantAsync(name, reputation: 94, points: 60);
        await member.AskAsync("Which filter lasts longest in a humid room?", "My bathroom is humid and filters go grey quickly. Which lasts longest?", "filter humidity");
        await member.WaitUntilLiveAsync();
        await Expect(member.Locator($"header [data-rep-for]")).ToHaveTextAsync("95");
        var questionUrl = member.Url;

        var voter = await forum.NewVisitorAsync();
        await voter.RegisterAsync("Generous voter");
        await voter.GotoAsync(questionUrl);
        await voter.WaitUntilLiveAsync();
        await voter.GetByRole(AriaRole.Article).First.GetByRole(AriaRole.Button, new() { Name = "Upvote" }).ClickAsync();

        await Expect(member.GetByText("You reached level 2: Contributor!")).ToBeVisibleAsync();
        await Expect(member.Locator("header [data-rep-for]")).ToHaveTextAsync("105");
        await member.GotoAsync("/users/" + (await member.Locator("header [data-rep-for]").GetAttributeAsync("data-rep-for")));
        await Expect(member.GetByRole(AriaRole.Heading, new() { Name = "Level 2 · Contributor" })).ToBeVisibleAsync();

        var admin = await forum.NewVisitorAsync();
        await admin.GotoAsync("/account/login");
        await admin.GetByLabel("Email").FillAsync(LiveForum.AdminEmail);
        await admin.GetByLabel("Password").FillAsync(LiveForum.AdminPassword);
        await admin.GetByRole(AriaRole.Button, new() { Name = "Log in" }).ClickAsync();
        await admin.GotoAsync("/rewards/manage");
        await admin.GetByLabel("Name").FillAsync("Haneul tumbler");
        await admin.GetByLabel("Points cost").FillAsync("50");
        await admin.GetByLabel("Stock").FillAsync("2");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Add reward" }).ClickAsync();
        await Expect(admin.GetByRole(AriaRole.Cell, new() { Name = "Haneul tumbler" })).ToBeVisibleAsync();

        await member.GotoAsync("/rewards");
        await Expect(member.GetByRole(AriaRole.Status, new() { Name = "Your points" })).ToHaveTextAsync("70 points");
        var tumbler = member.GetByRole(AriaRole.Article, new() { Name = "Haneul tumbler" });
        await tumbler.GetByRole(AriaRole.Button, new() { Name = "Redeem" }).ClickAsync();
        await Expect(member.GetByText("Redeemed! The brand team will fulfil it soon.")).ToBeVisibleAsync();
        await Expect(member.GetByRole(AriaRole.Status, new() { Name = "Your points" })).ToHaveTextAsync("20 points");
        await Expect(member.GetByRole(AriaRole.Cell, new() { Name = "Requested" })).ToBeVisibleAsync();

        await admin.GotoAsync("/rewards/manage");
        var pending = admin.GetByRole(AriaRole.Listitem).Filter(new() { HasText = name });
        await pending.GetByRole(AriaRole.Button, new() { Name = "Mark fulfilled" }).ClickAsync();
        await Expect(admin.GetByText("Nothing waiting.")).ToBeVisibleAsync();

        await member.ReloadAsync();
        await Expect(member.GetByRole(AriaRole.Cell, new() { Name = "Fulfilled" })).ToBeVisibleAsync();
    }
}
