using System.Net;
using Community.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Community.Tests.Web.Rewards;

/// <summary>
/// Reward and spotlight texts are written by the brand team in English and Korean; each member reads their own
/// language, and a text written in one language only still shows to everyone.
/// </summary>
public class BilingualBrandTextsTests(CommunityFactory factory) : IClassFixture<CommunityFactory>
{
    private static string Tag() => Guid.NewGuid().ToString("N")[..5];

    [Theory]
    [InlineData("en")]
    [InlineData("ko")]
    public async Task A_reward_added_in_both_languages_reads_in_each_members_language(string culture)
    {
        var ui = UiText.For(culture);
        var tag = Tag();
        var (english, korean) = ($"Quiet-night eye mask {tag}", $"숙면 안대 {tag}");
        var brand = ui.Speak(await factory.AdminAsync());

        var added = await brand.SubmitAsync("/rewards/manage", ui["AddReward"],
            ("Item.Name", english), ("Item.NameKo", korean), ("Item.Description", "Soft cotton, for light sleepers."), ("Item.DescriptionKo", "잠귀 밝은 분을 위한 부드러운 면 안대."));
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);

        var inEnglish = WebUtility.HtmlDecode(await UiText.For("en").Speak(await factory.RegisterAsync("Reader")).GetStringAsync("/rewards"));
        var inKorean = WebUtility.HtmlDecode(await UiText.For("ko").Speak(await factory.RegisterAsync("독자")).GetStringAsync("/rewards"));
        Assert.Contains(english, inEnglish);
        Assert.Contains("Soft cotton, for light sleepers.", inEnglish);
        Assert.DoesNotContain(korean, inEnglish);
        Assert.Contains(korean, inKorean);
        Assert.Contains("잠귀 밝은 분을 위한 부드러운 면 안대.", inKorean);
        Assert.DoesNotContain(english, inKorean);
    }

    [Fact]
    public async Task A_reward_named_only_in_Korean_shows_its_Korean_name_to_an_English_reader()
    {
        var ui = UiText.For("en");
        var korean = $"하늘 에코백 {Tag()}";
        var brand = ui.Speak(await factory.AdminAsync());

        Assert.Equal(HttpStatusCode.Redirect, (await brand.SubmitAsync("/rewards/manage", ui["AddReward"], ("Item.NameKo", korean))).StatusCode);

        Assert.Contains(korean, WebUtility.HtmlDecode(await ui.Speak(await factory.RegisterAsync("Reader")).GetStringAsync("/rewards")));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("ko")]
    public async Task A_reward_with_no_name_in_either_language_is_refused_with_a_message(string culture)
    {
        var ui = UiText.For(culture);
        var brand = ui.Speak(await factory.AdminAsync());
        var before = await factory.WithDbAsync(db => db.RewardItems.CountAsync());

        var refused = await brand.SubmitAsync("/rewards/manage", ui["AddReward"], ("Item.Description", "이름 없는 보상"));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains(ui["RewardNameLength"], WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()));
        Assert.Equal(before, await factory.WithDbAsync(db => db.RewardItems.CountAsync()));
    }

    [Fact]
    public async Task The_spotlight_thanks_reads_in_the_visitors_language()
    {
        var en = UiText.For("en");
        var advocate = await factory.RegisterAsync("필터 박사");
        var advocateId = await factory.MemberIdAsync("필터 박사");
        var tag = Tag();
        var brand = en.Speak(await factory.AdminAsync());

        var featured = await brand.SubmitAsync($"/users/{advocateId}", en["PutInSpotlight"],
            ("message", $"Forty filter answers this month {tag} — thank you!"), ("messageKo", $"이번 달 필터 답변 40개 {tag}, 고마워요!"));
        Assert.Equal(HttpStatusCode.Redirect, featured.StatusCode);

        var englishHome = WebUtility.HtmlDecode(await en.Speak(factory.Browser()).GetStringAsync("/"));
        var koreanHome = WebUtility.HtmlDecode(await UiText.For("ko").Speak(factory.Browser()).GetStringAsync("/"));
        Assert.Contains($"Forty filter answers this month {tag} — thank you!", englishHome);
        Assert.Contains($"이번 달 필터 답변 40개 {tag}, 고마워요!", koreanHome);
        Assert.DoesNotContain($"이번 달 필터 답변 40개 {tag}", englishHome);
    }

    [Fact]
    public async Task A_member_hears_in_their_own_language_that_their_reward_was_sent()
    {
        var ko = UiText.For("ko");
        var tag = Tag();
        var member = ko.Speak(await factory.RegisterAsync("보상 기다리는 회원"));
        var memberId = await factory.MemberIdAsync("보상 기다리는 회원");
        // The member picks Korean from the language menu; what is written for them later follows that choice.
        await member.GetAsync("/culture?c=ko&returnUrl=/");
        var scenario = new Scenario(factory);
        await scenario.GivePointsAsync(memberId, 500);
        var itemId = await scenario.RewardAsync(new($"Canvas tote {tag}", $"캔버스 에코백 {tag}"), stock: 5);
        var redeemed = await member.SubmitWhereAsync("/rewards", PageForms.Holding("itemId", itemId.ToString()), form =>
        {
            ((AngleSharp.Html.Dom.IHtmlInputElement)form.QuerySelector("[name='Delivery.Name']")!).Value = "김하늘";
            ((AngleSharp.Html.Dom.IHtmlTextAreaElement)form.QuerySelector("[name='Delivery.Address']")!).Value = "부산광역시 해운대구 센텀중앙로 79";
            ((AngleSharp.Html.Dom.IHtmlInputElement)form.QuerySelector("[name='Delivery.Phone']")!).Value = "010-1234-5678";
        });
        Assert.Equal(HttpStatusCode.Redirect, redeemed.StatusCode);

        var en = UiText.For("en");
        var brand = en.Speak(await factory.AdminAsync());
        var redemptionId = await factory.WithDbAsync(db => db.Redemptions.Where(r => r.MemberId == memberId).Select(r => r.Id).SingleAsync());
        var (forms, _, _) = await brand.FormsOnAsync("/rewards/manage");
        var pending = forms.Single(PageForms.Holding("redemptionId", redemptionId.ToString()));
        var fulfil = PageForms.SubmitButtons(pending).Single(b => PageForms.ButtonText(b) == en["Fulfil"]);
        Assert.Equal(HttpStatusCode.Redirect, (await brand.SubmitAsync("/rewards/manage", pending, fulfil)).StatusCode);

        var bell = WebUtility.HtmlDecode(await member.GetStringAsync("/notifications"));
        Assert.Contains($"캔버스 에코백 {tag}", bell);
        Assert.DoesNotContain($"Canvas tote {tag}", bell);
    }
}
