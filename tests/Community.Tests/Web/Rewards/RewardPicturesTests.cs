using System.Net;
using System.Text;
using Community.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Community.Tests.Web.Rewards;

/// <summary>The brand team gives a reward a picture from the catalogue desk; members see it on the reward's card.</summary>
public class RewardPicturesTests(CommunityFactory factory) : IClassFixture<CommunityFactory>
{
    [Theory]
    [InlineData("en")]
    [InlineData("ko")]
    public async Task A_reward_added_with_a_picture_shows_it_to_everyone_and_editing_without_a_file_keeps_it(string language)
    {
        var ui = UiText.For(language);
        var staff = ui.Speak(await factory.AdminAsync());
        var name = $"하늘 에코백 {Guid.NewGuid():N}"[..16];

        var added = await staff.SubmitFileAsync("/rewards/manage", ui["AddReward"], "Item.Image", "에코백 사진.png", TestImages.Png(640, 360),
            ("Item.NameKo", name), ("Item.PointsCost", "250"), ("Item.Stock", "12"));

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var item = await factory.WithDbAsync(db => db.RewardItems.SingleAsync(i => i.NameKo == name));
        Assert.NotNull(item.ImageId);
        var visitor = UiText.For("ko").Speak(factory.Browser());
        var catalogue = await visitor.GetStringAsync("/rewards");
        var card = catalogue[catalogue.LastIndexOf("<article", catalogue.IndexOf(name, StringComparison.Ordinal), StringComparison.Ordinal)..];
        Assert.StartsWith($"<article class=\"col-md-6 col-lg-4\" aria-labelledby=\"reward-{item.Id}\">", card);
        Assert.Contains($"<img src=\"/uploads/{item.ImageId}\" class=\"card-img-top card-picture\"", card[..card.IndexOf(name, StringComparison.Ordinal)]);
        var picture = await visitor.GetAsync($"/uploads/{item.ImageId}");
        Assert.Equal(HttpStatusCode.OK, picture.StatusCode);
        Assert.Equal("WEBP", Encoding.ASCII.GetString(await picture.Content.ReadAsByteArrayAsync(), 8, 4));

        // A new price from the item's own edit form, with no file chosen: the picture stays.
        var edited = await staff.SubmitWhereAsync("/rewards/manage", PageForms.Holding("itemId", item.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .And(PageForms.Posting("handler=Edit")), ("Edit.PointsCost", "275"));
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        var after = await factory.WithDbAsync(db => db.RewardItems.SingleAsync(i => i.Id == item.Id));
        Assert.Equal((275, item.ImageId), (after.PointsCost, after.ImageId));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("ko")]
    public async Task A_refused_reward_or_picture_says_why_and_stores_neither_the_item_nor_the_image(string language)
    {
        var ui = UiText.For(language);
        var staff = ui.Speak(await factory.AdminAsync());
        var name = $"가짜 사진 쿠폰 {Guid.NewGuid():N}"[..16];
        var picturesBefore = await factory.WithDbAsync(db => db.Uploads.CountAsync(u => u.Purpose == "reward"));

        var svg = await staff.SubmitFileAsync("/rewards/manage", ui["AddReward"], "Item.Image", "coupon.svg", TestImages.SvgWithScript,
            ("Item.NameKo", name), ("Item.PointsCost", "100"), ("Item.Stock", "5"));
        var nameless = await staff.SubmitFileAsync("/rewards/manage", ui["AddReward"], "Item.Image", "좋은 사진.png", TestImages.Png(),
            ("Item.PointsCost", "100"), ("Item.Stock", "5"));

        Assert.Equal(HttpStatusCode.BadRequest, svg.StatusCode);
        Assert.Contains(ui["UploadNotAnImage"], WebUtility.HtmlDecode(await svg.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.BadRequest, nameless.StatusCode);
        Assert.Contains(ui["RewardNameLength"], WebUtility.HtmlDecode(await nameless.Content.ReadAsStringAsync()));
        Assert.False(await factory.WithDbAsync(db => db.RewardItems.AnyAsync(i => i.NameKo == name)));
        Assert.Equal(picturesBefore, await factory.WithDbAsync(db => db.Uploads.CountAsync(u => u.Purpose == "reward")));
    }

    [Fact]
    public async Task A_member_cannot_add_a_reward_or_its_picture()
    {
        var member = await factory.RegisterAsync("보상 몰래 추가");
        var token = await member.TokenAsync("/account/login");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent("공짜 선물"), "Item.NameKo" },
            { new StringContent("1"), "Item.PointsCost" },
            { new ByteArrayContent(TestImages.Png()), "Item.Image", "gift.png" },
        };

        var response = await member.PostAsync("/rewards/manage?handler=Add", form);

        Assert.Contains("/account/access-denied", response.Headers.Location!.ToString());
        Assert.False(await factory.WithDbAsync(db => db.RewardItems.AnyAsync(i => i.NameKo == "공짜 선물")));
    }
}
