using System.Net;
using Community.Tests.Support;

namespace Community.Tests.Web.Brand;

/// <summary>The brand pages and actions are the brand team's and admins' only: visitors are sent to log in, others are refused.</summary>
public class BrandPagesAccessTests(CommunityFactory factory) : IClassFixture<CommunityFactory>
{
    private static readonly string[] Pages =
        ["/brand", "/brand/advocates", "/brand/lifecycle", "/brand/at-risk", "/brand/health", "/brand/look", "/brand/advocates?handler=csv", "/brand/at-risk?handler=csv", "/brand/lifecycle?handler=csv", "/brand/health?handler=csv"];

    private static readonly string[] Actions = ["recognise", "invite", "manager", "message", "segment", "reengage"];

    [Fact]
    public async Task Visitors_are_sent_to_log_in_and_members_are_refused_every_page()
    {
        var member = await factory.RegisterAsync("궁금한 회원");
        var memberId = await factory.MemberIdAsync("궁금한 회원");
        foreach (var page in Pages.Append($"/brand/members/{memberId}"))
        {
            var visitor = await factory.Browser().GetAsync(page);
            Assert.Equal("/account/login", visitor.Headers.Location?.AbsolutePath);
            var refused = await member.GetAsync(page);
            Assert.Equal("/account/access-denied", refused.Headers.Location?.AbsolutePath);
        }
    }

    [Fact]
    public async Task The_brand_team_and_admins_open_every_page_in_their_language()
    {
        var (brand, _) = await factory.BrandTeamAsync("브랜드팀 접근 김하늘");
        var admin = await factory.AdminAsync();
        var someone = await factory.MemberIdAsync("브랜드팀 접근 김하늘");
        foreach (var (client, culture) in new[] { (brand, "ko"), (admin, "en") })
        {
            var ui = UiText.For(culture);
            ui.Speak(client);
            foreach (var (page, heading) in new[] { ("/brand", "BrandDashboard"), ("/brand/advocates", "AdvocateFinder"), ("/brand/lifecycle", "FanLadder"), ("/brand/at-risk", "AtRisk"), ("/brand/health", "CommunityHealth"), ("/brand/look", "BrandLook") })
            {
                var response = await client.GetAsync(page);
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                Assert.Contains($">{ui[heading]}</h1>", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
            }
            var dossier = await client.GetAsync($"/brand/members/{someone}");
            Assert.Contains(ui["Contributions"], WebUtility.HtmlDecode(await dossier.Content.ReadAsStringAsync()));
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/brand/members/987654")).StatusCode);
        }
    }

    [Fact]
    public async Task A_member_with_a_valid_token_cannot_act_on_anyone()
    {
        var member = await factory.RegisterAsync("Sneaky member");
        var memberId = await factory.MemberIdAsync("Sneaky member");
        var spaceId = await factory.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.FirstAsync(db.Spaces.Select(s => s.Id)));
        foreach (var action in Actions)
        {
            var response = await member.PostFormAsync($"/brand/actions/{action}", ("memberIds", memberId.ToString()), ("spaceId", spaceId.ToString()),
                ("segmentName", "Sneaky"), ("text", "hello"), ("kind", "Message"), ("managerId", memberId.ToString()));
            Assert.Equal("/account/access-denied", response.Headers.Location?.AbsolutePath);
        }
        Assert.False(await factory.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.AnyAsync(db.SpaceMembers, m => m.MemberId == memberId)));
        Assert.False(await factory.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.AnyAsync(db.Segments, s => s.Name == "Sneaky")));
    }
}
