using System.Net;
using System.Text.RegularExpressions;
using Community.Core.Reputation;
using Community.Core.Rewards;
using Community.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Community.Tests.Web.Rewards;

/// <summary>Shipped rewards ask where to send them (seen by the brand team only), digital ones carry a code, items can be edited — all from the pages.</summary>
public class RewardDeliveryTests(CommunityFactory factory) : IClassFixture<CommunityFactory>
{
    private readonly Scenario _scenario = new(factory);

    private async Task<(HttpClient Client, int Id)> MemberWithPointsAsync(UiText ui, string name, int points)
    {
        var client = ui.Speak(await factory.RegisterAsync(name));
        var id = await factory.MemberIdAsync(name);
        await _scenario.GivePointsAsync(id, points);
        return (client, id);
    }

    private async Task<int> ItemAsync(string name, bool digital) => (await _scenario.RunAsync<RewardItem, ManageRewards>(manage =>
        manage.AddAsync(new RewardInput(new("", name), new("", "체험용"), 100, 10, 1, digital), 1))).Id;

    private static Func<AngleSharp.Html.Dom.IHtmlFormElement, bool> RedeemFormOf(int itemId) => PageForms.Holding("itemId", itemId.ToString());

    [Theory]
    [InlineData("en")]
    [InlineData("ko")]
    public async Task A_shipped_reward_needs_delivery_details_which_only_the_brand_team_sees(string culture)
    {
        var ui = UiText.For(culture);
        var itemId = await ItemAsync($"하늘 텀블러 {culture}", digital: false);
        var (member, memberId) = await MemberWithPointsAsync(ui, $"텀블러 받을 회원{culture}", 500);

        var refused = await member.SubmitWhereAsync("/rewards", RedeemFormOf(itemId));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains(ui["DeliveryDetailsRequired"], WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()));
        Assert.Equal(500, (await _scenario.BalancesAsync(memberId)).Points);

        const string address = "서울특별시 마포구 월드컵북로 396, 7층";
        var redeemed = await member.SubmitWhereAsync("/rewards", RedeemFormOf(itemId), form =>
        {
            ((AngleSharp.Html.Dom.IHtmlInputElement)form.QuerySelector("[name='Delivery.Name']")!).Value = "박서연";
            ((AngleSharp.Html.Dom.IHtmlTextAreaElement)form.QuerySelector("[name='Delivery.Address']")!).Value = address;
            ((AngleSharp.Html.Dom.IHtmlInputElement)form.QuerySelector("[name='Delivery.Phone']")!).Value = "010-9876-5432";
        });
        Assert.Equal(HttpStatusCode.Redirect, redeemed.StatusCode);
        Assert.Equal(400, (await _scenario.BalancesAsync(memberId)).Points);

        var desk = WebUtility.HtmlDecode(await (await factory.AdminAsync()).GetStringAsync("/rewards/manage"));
        Assert.Contains(address, desk);
        Assert.Contains("010-9876-5432", desk);
        var stranger = await factory.RegisterAsync($"남의 주소 궁금한 회원{culture}");
        Assert.DoesNotContain(address, WebUtility.HtmlDecode(await stranger.GetStringAsync($"/users/{memberId}")));
        Assert.Equal("/account/access-denied", (await stranger.GetAsync("/rewards/manage")).Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task A_digital_reward_is_delivered_at_once_with_a_code_the_member_sees()
    {
        var ui = UiText.For("ko");
        var itemId = await ItemAsync("필터 20% 할인 쿠폰", digital: true);
        var (member, memberId) = await MemberWithPointsAsync(ui, "쿠폰 받을 회원", 300);

        var redeemed = await member.SubmitWhereAsync("/rewards", RedeemFormOf(itemId));

        Assert.Equal(HttpStatusCode.Redirect, redeemed.StatusCode);
        var page = await member.GetStringAsync("/rewards");
        var code = Regex.Match(page, "<code[^>]*>([A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4})</code>");
        Assert.True(code.Success, "the member's redemptions list shows the code");
        Assert.Equal(RedemptionStatus.Fulfilled, await factory.WithDbAsync(db => db.Redemptions.Where(r => r.MemberId == memberId).Select(r => r.Status).SingleAsync()));
    }

    [Fact]
    public async Task The_brand_team_edits_an_item_from_the_catalogue_desk_and_it_is_audited()
    {
        var itemId = await ItemAsync("신제품 체험단", digital: false);
        var brand = await factory.AdminAsync();

        var saved = await brand.SubmitWhereAsync("/rewards/manage", PageForms.Posting("handler=Edit").And(PageForms.Holding("itemId", itemId.ToString())), form =>
        {
            ((AngleSharp.Html.Dom.IHtmlInputElement)form.QuerySelector("[name='Edit.Name']")!).Value = "신제품 체험단 · 로보클린 3";
            ((AngleSharp.Html.Dom.IHtmlInputElement)form.QuerySelector("[name='Edit.PointsCost']")!).Value = "1200";
        });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var catalogue = WebUtility.HtmlDecode(await (await factory.RegisterAsync("카탈로그 보는 회원")).GetStringAsync("/rewards"));
        Assert.Contains("신제품 체험단 · 로보클린 3", catalogue);
        Assert.Contains($"reward:{itemId}", await brand.GetStringAsync("/moderation/audit?action=reward.edit"));
    }
}
