using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Community.BrowserTests;

/// <summary>
/// Staff work done from the pages themselves: an admin makes a member a moderator on /admin/members, and a
/// member's suggested edit is reviewed in the side-by-side diff. Parts run on a phone (390×844) and a desktop
/// (1366×900) screen; key screens are saved to <see cref="Shots.Folder"/> for a person to look at.
/// </summary>
public class StaffJourneyTests(LiveForum forum) : IClassFixture<LiveForum>
{
    private static readonly ViewportSize Phone = Shots.Phone;
    private static readonly ViewportSize Desktop = Shots.Desktop;
    private static readonly (string Name, ViewportSize Size)[] Widths = [("phone", Phone), ("desktop", Desktop)];

    [Theory]
    [InlineData("en")]
    [InlineData("ko")]
    public async Task An_admin_makes_a_member_moderator_and_their_next_page_shows_the_staff_menu(string language)
    {
        var ui = UiText.For(language);

        // The member signs up, then browses on a phone; the page they have open was rendered before they were staff.
        var member = await forum.NewVisitorAsync(ui, Desktop);
        var name = await member.RegisterAsync(ui, "하늘정원 지킴이");
        await member.SetViewportSizeAsync(Phone.Width, Phone.Height);
        await member.GotoAsync("/questions");
        await Expect(StaffMenu(member, ui, includeHidden: true)).ToHaveCountAsync(0);

        var admin = await forum.NewVisitorAsync(ui, Desktop);
        await admin.LogInAsAdminAsync(ui);
        await admin.GotoAsync("/admin/members");
        await admin.GetByLabel(ui["SearchMembers"], new() { Exact = true }).FillAsync(name);
        await admin.GetByRole(AriaRole.Button, new() { Name = ui["Search"], Exact = true }).ClickAsync();
        var row = MemberRow(admin, name);
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row.GetByLabel(ui["RoleModerator"], new() { Exact = true })).Not.ToBeCheckedAsync();
        await row.GetByLabel(ui["RoleModerator"], new() { Exact = true }).CheckAsync();
        await row.GetByRole(AriaRole.Button, new() { Name = ui["SaveRoles"], Exact = true }).ClickAsync();
        await Expect(admin.GetByRole(AriaRole.Status).Filter(new() { HasText = ui["RolesSaved"] })).ToBeVisibleAsync();
        row = MemberRow(admin, name);
        await Expect(row.GetByLabel(ui["RoleModerator"], new() { Exact = true })).ToBeCheckedAsync();
        await Expect(row.GetByLabel(ui["RoleAdmin"], new() { Exact = true })).Not.ToBeCheckedAsync();
        await AtBothWidthsAsync(admin, ui, "admin-members");

        // Nothing changes under the member until they move: their next page carries the staff menu.
        await Expect(StaffMenu(member, ui, includeHidden: true)).ToHaveCountAsync(0);
        await member.OpenPhoneMenuAsync(ui);
        await member.GetByRole(AriaRole.Link, new() { Name = ui["Questions"], Exact = true }).ClickAsync();
        await Expect(member.GetByRole(AriaRole.Heading, new() { Name = ui["AllQuestions"] })).ToBeVisibleAsync();
        await member.OpenPhoneMenuAsync(ui);
        await StaffMenu(member, ui).ClickAsync();
        var staffItems = member.GetByRole(AriaRole.List, new() { Name = ui["StaffMenu"], Exact = true });
        await Expect(staffItems.GetByRole(AriaRole.Link, new() { Name = ui["SuggestedEdits"], Exact = true })).ToBeVisibleAsync();
        await Shoot(member, ui, "member-staff-menu-phone", fullPage: false);
        await Expect(staffItems.GetByRole(AriaRole.Link, new() { Name = ui["FlagsNav"], Exact = true })).ToBeVisibleAsync();
        await staffItems.GetByRole(AriaRole.Link, new() { Name = ui["FlagsNav"], Exact = true }).ClickAsync();
        await Expect(member).ToHaveURLAsync(new Regex("/moderation/flags$"));
        await Expect(member.GetByRole(AriaRole.Heading, new() { Name = ui["FlagQueue"], Level = 1 })).ToBeVisibleAsync();

        // On a desktop the same menu sits in the header without the toggle.
        await member.SetViewportSizeAsync(Desktop.Width, Desktop.Height);
        await member.GotoAsync("/questions");
        await StaffMenu(member, ui).ClickAsync();
        await Expect(staffItems.GetByRole(AriaRole.Link, new() { Name = ui["FlagsNav"], Exact = true })).ToBeVisibleAsync();
        await Expect(staffItems.GetByRole(AriaRole.Link, new() { Name = ui["MembersAdmin"], Exact = true })).ToHaveCountAsync(0);
        await Shoot(member, ui, "member-staff-menu-desktop", fullPage: false);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("ko")]
    public async Task A_suggested_edit_waits_and_the_moderator_approves_it_from_a_side_by_side_diff(string language)
    {
        var ui = UiText.For(language);
        var title = $"하늘 무선 이어폰 노이즈 캔슬링이 저절로 꺼져요 {Journeys.Tag()}";
        const string firstLine = "하늘 무선 이어폰을 산 지 두 달 됐는데 노이즈 캔슬링이 가끔 저절로 꺼져요.";
        const string oldLine = "지하철에서 특히 자주 그래요.";
        const string newLine = "지하철과 버스에서 특히 자주 그래요.";
        const string lastLine = "펌웨어는 최신 버전으로 올려 두었어요.";

        var asker = await forum.NewVisitorAsync(ui, Desktop);
        await asker.RegisterAsync(ui, "이어폰 입문자");
        var questionUrl = await asker.AskAsync(ui, title, string.Join("\n\n", firstLine, oldLine, lastLine), "이어폰 노이즈캔슬링");

        // A new member (no edit privilege) signs up, then suggests an edit from a phone.
        var suggester = await forum.NewVisitorAsync(ui, Desktop);
        var suggesterName = await suggester.RegisterAsync(ui, "꼼꼼한 교정러");
        await suggester.SetViewportSizeAsync(Phone.Width, Phone.Height);
        await suggester.GotoAsync(questionUrl);
        await AtBothWidthsAsync(suggester, ui, "question");
        await suggester.GetByRole(AriaRole.Link, new() { Name = ui["SuggestEdit"], Exact = true }).ClickAsync();
        await Expect(suggester.GetByRole(AriaRole.Heading, new() { Name = ui["SuggestEdit"], Level = 1 })).ToBeVisibleAsync();
        var body = suggester.GetByLabel(ui["Body"], new() { Exact = true });
        await Expect(body).ToHaveValueAsync(new Regex(Regex.Escape(oldLine)));
        await body.FillAsync(string.Join("\n\n", firstLine, newLine, lastLine));
        await suggester.GetByLabel(ui["EditSummary"], new() { Exact = true }).FillAsync("버스에서도 그렇다고 덧붙였어요.");
        await AtBothWidthsAsync(suggester, ui, "suggest-edit");
        await suggester.GetByRole(AriaRole.Button, new() { Name = ui["SubmitEdit"], Exact = true }).ClickAsync();

        await Expect(suggester).ToHaveURLAsync(new Regex($"/questions/{QuestionId(questionUrl)}(/|$)"));
        await Expect(suggester.GetByRole(AriaRole.Status).Filter(new() { HasText = ui["EditSuggested"] })).ToBeVisibleAsync();
        var questionBody = suggester.GetByRole(AriaRole.Article).First.Locator(".post-body");
        await Expect(questionBody).ToContainTextAsync(oldLine);
        await Expect(questionBody).Not.ToContainTextAsync(newLine);
        await AtBothWidthsAsync(suggester, ui, "edit-suggested");

        // The moderator compares before and after, side by side, on a desktop and on a phone.
        var moderator = await forum.NewVisitorAsync(ui, Desktop);
        await moderator.LogInAsAdminAsync(ui);
        await moderator.GotoAsync("/moderation/edits");
        var suggestion = moderator.GetByRole(AriaRole.Article, new() { Name = ui["SuggestionBy", suggesterName], Exact = true });
        var diff = suggestion.GetByRole(AriaRole.Table, new() { Name = ui["SideBySideDiff"], Exact = true });
        await Expect(diff).ToHaveClassAsync(new Regex(@"\bdiff-side\b"));
        await Expect(diff.GetByRole(AriaRole.Columnheader)).ToHaveTextAsync([ui["Before"], ui["After"]]);
        foreach (var (width, size) in Widths)
        {
            await moderator.SetViewportSizeAsync(size.Width, size.Height);
            await ExpectSideBySideAsync(diff, firstLine, firstLine);
            await ExpectSideBySideAsync(diff, lastLine, lastLine);
            await ExpectSideBySideAsync(diff, oldLine, newLine);
            await Shoot(moderator, ui, $"moderation-edits-{width}");
        }

        await suggestion.GetByRole(AriaRole.Button, new() { Name = ui["ApproveEdit"], Exact = true }).ClickAsync();
        await Expect(moderator.GetByRole(AriaRole.Article, new() { Name = ui["SuggestionBy", suggesterName], Exact = true })).ToHaveCountAsync(0);

        await suggester.GotoAsync(questionUrl);
        await Expect(questionBody).ToContainTextAsync(newLine);
        await Expect(questionBody).Not.ToContainTextAsync(oldLine);
        await Expect(questionBody).ToContainTextAsync(firstLine);

        // The question page under a moderator's header (the widest one) at both widths.
        await moderator.GotoAsync(questionUrl);
        await Expect(moderator.GetByRole(AriaRole.Heading, new() { Name = title })).ToBeVisibleAsync();
        await AtBothWidthsAsync(moderator, ui, "question-as-moderator");
    }

    /// <summary>One diff row whose Before cell reads <paramref name="before"/> and After cell <paramref name="after"/>, drawn next to each other.</summary>
    private static async Task ExpectSideBySideAsync(ILocator diff, string before, string after)
    {
        var row = diff.GetByRole(AriaRole.Row).Filter(new() { HasText = before });
        await Expect(row).ToHaveCountAsync(1);
        var cells = row.GetByRole(AriaRole.Cell);
        await Expect(cells).ToHaveTextAsync([Journeys.Exactly(before), Journeys.Exactly(after)]);
        var left = await cells.Nth(0).BoundingBoxAsync() ?? throw new Xunit.Sdk.XunitException($"The Before cell of \"{before}\" is not drawn");
        var right = await cells.Nth(1).BoundingBoxAsync() ?? throw new Xunit.Sdk.XunitException($"The After cell of \"{after}\" is not drawn");
        Assert.True(left.Width > 0 && right.Width > 0 && left.Height > 0 && right.Height > 0, $"empty cell: {left.Width}×{left.Height} | {right.Width}×{right.Height}");
        Assert.True(Math.Abs(left.Y - right.Y) < 2, $"\"{before}\" rows differ: Before at y={left.Y}, After at y={right.Y}");
        Assert.True(right.X >= left.X + left.Width - 1, $"After cell (x={right.X}) is not right of the Before cell (x={left.X}, width {left.Width})");
    }

    private static Task AtBothWidthsAsync(IPage page, UiText ui, string screen) => Shots.AtBothWidthsAsync(page, $"staff-{ui.Culture}-{screen}");

    private static Task<byte[]> Shoot(IPage page, UiText ui, string screen, bool fullPage = true) => Shots.ShootAsync(page, $"staff-{ui.Culture}-{screen}", fullPage);

    private static ILocator StaffMenu(IPage page, UiText ui, bool includeHidden = false) =>
        page.GetByRole(AriaRole.Button, new() { Name = ui["StaffMenu"], Exact = true, IncludeHidden = includeHidden });

    private static ILocator MemberRow(IPage admin, string name) =>
        admin.GetByRole(AriaRole.Row).Filter(new() { Has = admin.GetByRole(AriaRole.Link, new() { Name = name, Exact = true }) });

    private static string QuestionId(string questionUrl) => new Uri(questionUrl).AbsolutePath.Split('/')[2];
}
