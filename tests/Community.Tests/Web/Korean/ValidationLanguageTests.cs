using System.Net;
using Community.Tests.Support;

namespace Community.Tests.Web.Korean;

/// <summary>Every validation message reads whole in the member's language (not "The 평점 field is required.").</summary>
public class ValidationLanguageTests(CommunityFactory factory) : IClassFixture<CommunityFactory>
{
    [Theory]
    [InlineData("ko", "")]
    [InlineData("ko", "별 다섯 개")]
    [InlineData("en", "")]
    public async Task A_rating_left_empty_or_garbled_is_refused_in_the_members_language(string culture, string rating)
    {
        var ui = UiText.For(culture);
        var reviewer = ui.Speak(await factory.RegisterAsync("평점 확인자"));
        var slug = $"review-language-{Guid.NewGuid():N}"[..24];
        await factory.ProductAsync($"하늘 공기청정기 {slug}", "거실용", slug);

        var response = await reviewer.SubmitAsync($"/products/{slug}/review", ui["PublishReview"],
            ("Input.Rating", rating), ("Input.Title", "조용하고 필터 교체가 쉬워요"), ("Input.Body", "밤새 켜 두어도 소음이 거의 없고 필터 교체 알림이 정확해요."));

        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.DoesNotContain("field is required", page);
        Assert.DoesNotContain("is invalid", page);
        Assert.Contains(rating.Length == 0 ? ui["FieldRequired"] : ui["FieldInvalid"], page);
    }
}
