using System.Net;
using Community.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Community.Tests.Web.Admin;

/// <summary>/admin/members: an admin finds a member and gives or takes away staff roles from the page itself.</summary>
public class AdminMembersTests(CommunityFactory factory) : IClassFixture<CommunityFactory>
{
    [Theory]
    [InlineData("en")]
    [InlineData("ko")]
    public async Task An_admin_finds_a_Korean_member_and_makes_them_a_moderator_effective_on_their_next_request(string culture)
    {
        var ui = UiText.For(culture);
        var admin = ui.Speak(await factory.AdminAsync());
        var member = ui.Speak(await factory.RegisterAsync($"윤서준{culture}"));
        var memberId = await factory.MemberIdAsync($"윤서준{culture}");
        AssertDenied(await member.GetAsync("/moderation/flags"));

        var search = $"/admin/members?q={Uri.EscapeDataString($"윤서준{culture}")}";
        var found = await admin.GetStringAsync(search);
        Assert.Contains(ui["SearchMembers"], found);
        Assert.Contains($"/users/{memberId}", found);

        var saved = await admin.SubmitWhereAsync(search, PageForms.Holding("memberId", memberId.ToString()), form => form.Tick("moderator"));
        var (status, page, _) = await admin.FollowAsync(saved);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains(ui["RolesSaved"], page);

        var flags = await member.GetAsync("/moderation/flags");
        Assert.Equal(HttpStatusCode.OK, flags.StatusCode);
        Assert.Contains(ui["StaffMenu"], await flags.Content.ReadAsStringAsync());

        await admin.SubmitWhereAsync(search, PageForms.Holding("memberId", memberId.ToString()), form => form.Tick("moderator", false));
        AssertDenied(await member.GetAsync("/moderation/flags"));

        var audit = await admin.GetStringAsync("/moderation/audit?action=member.roles");
        Assert.Contains($"member:{memberId}", audit);
        Assert.Contains("Moderator", audit);
    }

    [Fact]
    public async Task The_last_admin_cannot_remove_their_own_admin_role()
    {
        var admin = await factory.AdminAsync();
        var adminId = await factory.WithDbAsync(db => db.Users.Where(m => m.Email == "admin@test.example").Select(m => m.Id).SingleAsync());

        var refused = await admin.SubmitWhereAsync("/admin/members?q=admin%40test.example", PageForms.Holding("memberId", adminId.ToString()), form => form.Tick("admin", false));

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains(UiText.For("en")["LastAdmin"], WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/admin/members")).StatusCode);
    }

    [Fact]
    public async Task A_brand_team_member_gets_the_brand_tools_and_reads_only_the_brand_teams_audit_lines()
    {
        var admin = await factory.AdminAsync();
        var brand = await factory.RegisterAsync("브랜드 담당 김하늘");
        var brandId = await factory.MemberIdAsync("브랜드 담당 김하늘");
        await admin.SubmitWhereAsync($"/admin/members?q={Uri.EscapeDataString("브랜드 담당 김하늘")}", PageForms.Holding("memberId", brandId.ToString()), form => form.Tick("brandTeam"));

        var home = await brand.GetStringAsync("/");
        foreach (var tool in new[] { "/ideas/queue", "/products/manage", "/rewards/manage", "/spaces/manage", "/moderation/audit" })
        {
            Assert.Contains($"href=\"{tool}\"", home);
            Assert.Equal(HttpStatusCode.OK, (await brand.GetAsync(tool)).StatusCode);
        }
        Assert.DoesNotContain("href=\"/admin/members\"", home);
        AssertDenied(await brand.GetAsync("/admin/members"));

        var audit = await brand.GetStringAsync("/moderation/audit");
        Assert.DoesNotContain($"member:{brandId}", audit); // the admin's action, not the brand team's
    }

    [Fact]
    public async Task Members_and_visitors_cannot_open_the_page_or_change_roles()
    {
        var member = await factory.RegisterAsync("Role climber");
        var memberId = await factory.MemberIdAsync("Role climber");

        AssertDenied(await member.GetAsync("/admin/members"));
        var forged = await member.PostFormAsync("/admin/members?handler=Roles", ("memberId", memberId.ToString()), ("admin", "true"));
        AssertDenied(forged);
        Assert.Equal("/account/login", (await factory.Browser().GetAsync("/admin/members")).Headers.Location!.AbsolutePath);
        Assert.False(await factory.WithDbAsync(db => db.UserRoles.AnyAsync(r => r.UserId == memberId && db.Roles.Any(x => x.Id == r.RoleId && x.Name == "Admin"))));
    }

    /// <summary>What a signed-in member without the role sees: the access-denied page.</summary>
    private static void AssertDenied(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/access-denied", response.Headers.Location!.AbsolutePath);
    }
}
