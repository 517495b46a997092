using System.Net;
using AngleSharp.Html.Parser;
using Community.Core.Notifications;
using Community.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Community.Tests.Web.Brand;

/// <summary>/brand/advocates as the brand team uses it: find a helpful member by tag, see why they rank, act on them from the page.</summary>
public class AdvocateFinderTests(CommunityFactory factory) : IClassFixture<CommunityFactory>
{
    private readonly Scenario _scenario = new(factory);

    /// <summary>A helper whose answers under a tag of their own were accepted by two different askers (one of them twice).</summary>
    private async Task<(int HelperId, string Tag)> HelperAsync(string culture)
    {
        var tag = $"정수기{culture}{Guid.NewGuid().ToString("N")[..4]}";
        var helper = await _scenario.MemberAsync($"친절한 도우미 {culture}");
        var first = await _scenario.MemberAsync("첫 질문자");
        var second = await _scenario.MemberAsync("두 번째 질문자");
        foreach (var asker in new[] { first, first, second }) await _scenario.AcceptedAnswerAsync(asker, helper, tag);
        await _scenario.RollUpAsync();
        return (helper, tag);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("ko")]
    public async Task The_brand_team_finds_a_member_by_tag_and_reads_why_they_rank(string culture)
    {
        var ui = UiText.For(culture);
        var (brand, _) = await factory.BrandTeamAsync($"브랜드팀 찾기 {culture}");
        ui.Speak(brand);
        var (helperId, tag) = await HelperAsync(culture);

        var html = await brand.GetStringAsync($"/brand/advocates?tag={Uri.EscapeDataString(tag)}");

        var document = new HtmlParser().ParseDocument(html);
        var headers = document.QuerySelectorAll("table.advocates thead th").Select(th => th.TextContent.Trim()).ToList();
        Assert.Contains(ui["Score"], headers);
        var row = Assert.Single(document.QuerySelectorAll("table.advocates tbody tr"));
        Assert.Equal($"/brand/members/{helperId}", row.QuerySelector("td")!.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains(ui["ScorePart_AcceptedForDistinctAsker", 2], WebUtility.HtmlDecode(row.InnerHtml));
        Assert.Contains(ui["ScorePart_FirstAnswerToNewcomer", 2], WebUtility.HtmlDecode(row.InnerHtml));
        Assert.NotNull(row.QuerySelector("svg.sparkline polyline"));

        var why = WebUtility.HtmlDecode(await brand.GetStringAsync($"/brand/members/{helperId}"));
        Assert.Contains(ui["ScorePart_AcceptedForDistinctAsker", 2], why);
        Assert.Contains(ui["StageHistory"], why);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("ko")]
    public async Task Inviting_ticked_members_from_the_finder_lets_them_in_and_tells_each_of_them(string culture)
    {
        var ui = UiText.For(culture);
        var (brand, brandId) = await factory.BrandTeamAsync($"브랜드팀 초대 {culture}");
        ui.Speak(brand);
        var (helperId, tag) = await HelperAsync(culture);
        var space = await factory.WithDbAsync(db => db.Spaces.Where(s => s.Slug == "beta-programme").Select(s => new { s.Id, s.Name }).SingleAsync());
        var finder = $"/brand/advocates?tag={Uri.EscapeDataString(tag)}";

        var (forms, _, landed) = await brand.FormsOnAsync(finder);
        var form = forms.Single(f => f.QuerySelector("input[name=memberIds]") is not null);
        form.Tick("memberIds");
        var invite = PageForms.SubmitButtons(form).Single(b => PageForms.ButtonText(b) == ui["InviteChosen"]);
        var (status, page, url) = await brand.FollowAsync(await brand.SubmitAsync(landed, form, invite, ("spaceId", space.Id.ToString())));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.StartsWith("/brand/advocates", url);
        Assert.Contains(ui.Plural("MembersInvited", 1), page);
        Assert.True(await factory.WithDbAsync(db => db.SpaceMembers.AnyAsync(m => m.SpaceId == space.Id && m.MemberId == helperId && m.AddedById == brandId)));
        var told = await factory.WithDbAsync(db => db.Notifications.SingleAsync(n => n.MemberId == helperId && n.Kind == NotificationKinds.SpaceInvitation));
        Assert.Equal(space.Name, told.Argument);
        Assert.Contains($"member:{helperId}", await factory.WithDbAsync(db => db.AuditEntries.Where(a => a.ActorId == brandId && a.Action == "space.invite").Select(a => a.Subject).SingleAsync()));
    }

    [Fact]
    public async Task A_message_to_a_member_who_declined_contact_is_refused_with_the_reason_and_nothing_is_sent()
    {
        var ui = UiText.For("ko");
        var (brand, _) = await factory.BrandTeamAsync("브랜드팀 메시지");
        ui.Speak(brand);
        var member = ui.Speak(await factory.RegisterAsync("연락 거부 회원"));
        var memberId = await factory.MemberIdAsync("연락 거부 회원");
        var saved = await member.SubmitAsync("/account/preferences", ui["SavePreferences"], ("contact", "no"));
        Assert.Contains(ui["PreferencesSaved"], (await member.FollowAsync(saved)).Html);

        var refused = await brand.SubmitAsync($"/brand/members/{memberId}", ui["SendMessage"], ("text", "안녕하세요, 베타 프로그램에 초대하고 싶어요."));

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains(ui["MemberDeclinedContact"], WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()));
        Assert.False(await factory.WithDbAsync(db => db.BrandMessages.AnyAsync(m => m.MemberId == memberId)));
        Assert.Contains(ui["Contact_no"], WebUtility.HtmlDecode(await brand.GetStringAsync($"/brand/members/{memberId}")));
    }

    [Fact]
    public async Task A_member_who_agreed_reads_the_message_and_sees_their_manager()
    {
        var ui = UiText.For("en");
        var (brand, brandId) = await factory.BrandTeamAsync("Brand team Jisoo");
        var member = await factory.RegisterAsync("Willing member");
        var memberId = await factory.MemberIdAsync("Willing member");
        await member.SubmitAsync("/account/preferences", ui["SavePreferences"], ("contact", "yes"));

        var sent = await brand.SubmitAsync($"/brand/members/{memberId}", ui["SendMessage"], ("text", "Thank you for helping 12 people this month!\n<script>alert(1)</script>"));
        Assert.Contains(ui.Plural("MessagesSent", 1), (await brand.FollowAsync(sent)).Html);
        await brand.SubmitAsync($"/brand/members/{memberId}", ui["AssignManager"], ("managerId", brandId.ToString()));

        var inbox = await member.GetStringAsync("/messages");
        Assert.Contains("Thank you for helping 12 people this month!", inbox);
        Assert.DoesNotContain("<script>alert(1)</script>", inbox);
        Assert.Contains("&lt;script&gt;", inbox);
        var preferences = WebUtility.HtmlDecode(await member.GetStringAsync("/account/preferences"));
        Assert.Contains(ui["YourManagerIs"], preferences);
        Assert.Contains("Brand team Jisoo", preferences);
    }

    [Fact]
    public async Task Segments_collect_members_and_export_them_as_csv_with_an_audit_line()
    {
        var ui = UiText.For("ko");
        var (brand, brandId) = await factory.BrandTeamAsync("브랜드팀 세그먼트");
        ui.Speak(brand);
        var (helperId, _) = await HelperAsync("seg");
        var name = $"런칭 리뷰어 {Guid.NewGuid().ToString("N")[..4]}";

        await brand.SubmitAsync($"/brand/members/{helperId}", ui["AddToSegment"], ("segmentName", name));
        var segmentId = await factory.WithDbAsync(db => db.Segments.Where(s => s.Name == name).Select(s => s.Id).SingleAsync());
        Assert.Contains(name, WebUtility.HtmlDecode(await brand.GetStringAsync("/brand")));

        var csv = await brand.GetAsync($"/brand/advocates?handler=csv&segment={segmentId}");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        // A spreadsheet reads Hangul right only behind the UTF-8 byte-order mark.
        var raw = await csv.Content.ReadAsByteArrayAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF], raw[..3]);
        var lines = System.Text.Encoding.UTF8.GetString(raw, 3, raw.Length - 3).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith($"{helperId},친절한 도우미 seg", lines[1]);
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.ActorId == brandId && a.Action == "export.advocates")));
    }
}
