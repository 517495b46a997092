using System.Buffers.Binary;
using System.Net;
using AngleSharp.Html.Parser;
using Community.Tests.Support;

namespace Community.Tests.Web.Pages;

/// <summary>A shared link previews well: every public page says what it is (description, canonical address, Open Graph title and picture).</summary>
public class ShareMetaTests(CommunityFactory factory) : IClassFixture<CommunityFactory>
{
    [Theory]
    [InlineData("en", "en_US")]
    [InlineData("ko", "ko_KR")]
    public async Task A_question_page_describes_itself_for_link_previews_and_search(string culture, string locale)
    {
        var ui = UiText.For(culture);
        var asker = ui.Speak(await factory.RegisterAsync($"공유하는 회원{culture}"));
        var title = $"로봇청소기가 문턱을 못 넘어요 {culture}";
        var body = "거실과 방 사이 문턱이 2cm 정도인데 **로봇청소기**가 계속 걸려요. " + string.Concat(Enumerable.Repeat("바퀴를 청소해 봐도 똑같습니다. ", 12));
        var asked = await asker.SubmitAsync("/questions/ask", ui["PostYourQuestion"], ("Input.Title", title), ("Input.Body", body), ("Input.Tags", "로봇청소기 문턱"));
        var path = asked.Headers.Location!.OriginalString;

        var html = await ui.Speak(factory.Browser()).GetStringAsync(path);
        var page = new HtmlParser().ParseDocument(html);
        string Meta(string selector) => page.QuerySelector(selector)?.GetAttribute("content") ?? throw new InvalidOperationException($"no {selector} on {path}");

        var description = Meta("meta[name=description]");
        Assert.StartsWith("거실과 방 사이 문턱이 2cm 정도인데 로봇청소기가 계속 걸려요.", description);
        Assert.True(description.Length <= 161, description);
        Assert.EndsWith("…", description);
        var canonical = page.QuerySelector("link[rel=canonical]")!.GetAttribute("href")!;
        Assert.Equal(new Uri(canonical).AbsolutePath, new Uri(factory.BaseAddress, path).AbsolutePath);
        Assert.Equal(canonical, Meta("meta[property='og:url']"));
        Assert.Equal(title, Meta("meta[property='og:title']"));
        Assert.Equal(description, Meta("meta[property='og:description']"));
        Assert.Equal("article", Meta("meta[property='og:type']"));
        Assert.Equal(locale, Meta("meta[property='og:locale']"));

        var picture = await factory.Browser().GetAsync(new Uri(Meta("meta[property='og:image']")).AbsolutePath);
        Assert.Equal("image/png", picture.Content.Headers.ContentType?.MediaType);
        var png = await picture.Content.ReadAsByteArrayAsync();
        Assert.Equal((1200, 630), (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20))));
    }

    [Fact]
    public async Task The_home_page_has_the_communitys_own_description()
    {
        var page = new HtmlParser().ParseDocument(await UiText.For("ko").Speak(factory.Browser()).GetStringAsync("/"));

        Assert.Equal(UiText.For("ko")["FooterLine"], page.QuerySelector("meta[name=description]")!.GetAttribute("content"));
        Assert.Equal("website", page.QuerySelector("meta[property='og:type']")!.GetAttribute("content"));
    }
}
