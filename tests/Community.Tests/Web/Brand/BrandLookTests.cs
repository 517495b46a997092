using System.Net;
using System.Text.RegularExpressions;
using Community.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;

namespace Community.Tests.Web.Brand;

/// <summary>
/// The brand team makes the community theirs on /brand/look. The look is one for the whole forum, so every test here
/// runs its own forum: none sees another's name or colours.
/// </summary>
public partial class BrandLookTests
{
    private sealed class Forum(params (string Key, string Value)[] settings) : CommunityFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            foreach (var (key, value) in settings) builder.UseSetting(key, value);
        }
    }

    [GeneratedRegex("""<link rel="stylesheet" href="(/brand\.css\?v=[0-9a-f]+)" />""")]
    private static partial Regex BrandStylesheetLink();

    private static async Task<string> BrandCssAsync(HttpClient client, string page)
    {
        var href = BrandStylesheetLink().Match(await client.GetStringAsync(page)).Groups[1].Value;
        Assert.NotEmpty(href);
        return await client.GetStringAsync(href);
    }

    private static string HeaderName(string html) =>
        WebUtility.HtmlDecode(Regex.Match(html, """<span class="brand-name">([^<]*)</span>""").Groups[1].Value);

    [Fact]
    public async Task The_brand_team_renames_and_recolours_the_community_and_visitors_see_it_on_their_next_page_in_both_languages()
    {
        await using var forum = new Forum();
        var (brandTeam, _) = await forum.BrandTeamAsync("브랜드팀 윤서연");
        var english = UiText.For("en").Speak(forum.Browser());
        var korean = UiText.For("ko").Speak(forum.Browser());
        Assert.Equal("Haneul Community", HeaderName(await english.GetStringAsync("/")));   // cached for visitors from here on
        Assert.Equal("하늘 커뮤니티", HeaderName(await korean.GetStringAsync("/questions")));

        var saved = await brandTeam.SubmitAsync("/brand/look", UiText.For("en")["SaveBrandLook"],
            ("Input.NameEn", "Starlight Village"), ("Input.NameKo", "별빛 마을"), ("Input.HeroTitleKo", "별빛 마을에 오신 것을 환영합니다"),
            ("Input.PrimaryColor", "#ffe066"), ("Input.AccentColor", "#f08c00"));

        var (status, html, url) = await brandTeam.FollowAsync(saved);
        Assert.True(status == HttpStatusCode.OK && url == "/brand/look", PageForms.MessagesOn(html));
        Assert.Contains(UiText.For("en")["BrandLookSaved"], html);
        // The pale yellow would put white button text at 1.3:1: the page says what buttons use instead.
        Assert.Contains("White text on #ffe066 would be hard to read, so buttons use #857435 instead", html);
        var englishHome = await english.GetStringAsync("/");
        Assert.Equal("Starlight Village", HeaderName(englishHome));
        Assert.Contains("<title>Home · Starlight Village</title>", englishHome);
        var koreanHome = await korean.GetStringAsync("/");
        Assert.Equal("별빛 마을", HeaderName(koreanHome));
        Assert.Contains("별빛 마을에 오신 것을 환영합니다", koreanHome);
        Assert.Equal("별빛 마을", HeaderName(await korean.GetStringAsync("/questions")));
        var css = await BrandCssAsync(english, "/");
        Assert.Contains("--community-primary: #857435;", css);
        Assert.DoesNotContain("#ffe066", css);

        var audit = await forum.WithDbAsync(db => db.AuditEntries.SingleAsync(e => e.Action == "brand.look"));
        Assert.Contains("#3b5bdb", audit.Before);
        Assert.Contains("#ffe066", audit.After);
        Assert.Contains("별빛 마을", audit.After);
    }

    [Fact]
    public async Task A_colour_that_is_not_a_colour_is_refused_beside_its_field_and_nothing_is_saved()
    {
        await using var forum = new Forum();
        var admin = await forum.AdminAsync();
        var cssBefore = await BrandCssAsync(forum.Browser(), "/");

        var refused = await admin.SubmitAsync("/brand/look", UiText.For("en")["SaveBrandLook"],
            ("Input.NameEn", "Should not stick"), ("Input.PrimaryColor", "red; } body { display: none"));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Contains("\"red; } body { display: none\" is not a colour for the primary colour. Use the form #rrggbb", html);
        Assert.Matches("""<input[^>]*aria-invalid="true"[^>]*name="Input.PrimaryColor"|<input[^>]*name="Input.PrimaryColor"[^>]*aria-invalid="true""", html);
        Assert.Equal("Haneul Community", HeaderName(await forum.Browser().GetStringAsync("/")));
        Assert.Equal(cssBefore, await BrandCssAsync(forum.Browser(), "/"));
        Assert.Equal(0, await forum.WithDbAsync(db => db.BrandLooks.CountAsync()));
    }

    [Fact]
    public async Task Preview_shows_what_colours_would_give_and_saves_nothing()
    {
        await using var forum = new Forum();
        var (brandTeam, _) = await forum.BrandTeamAsync("브랜드팀 미리보기");
        UiText.For("ko").Speak(brandTeam);

        var preview = await brandTeam.SubmitAsync("/brand/look", UiText.For("ko")["PreviewBrandColours"], ("Input.PrimaryColor", "#ffffff"));

        var html = WebUtility.HtmlDecode(await preview.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Contains(UiText.For("ko")["BrandPreviewNotSaved"], html);
        Assert.Contains("#ffffff 위의 흰 글자는 읽기 어려워", html);
        Assert.DoesNotContain("--community-primary: #ffffff", await BrandCssAsync(forum.Browser(), "/"));
        Assert.Equal(0, await forum.WithDbAsync(db => db.BrandLooks.CountAsync()));
    }

    [Fact]
    public async Task A_logo_uploaded_on_the_brand_page_replaces_the_mark_in_every_header_until_it_is_removed()
    {
        await using var forum = new Forum();
        var admin = await forum.AdminAsync();

        var saved = await admin.SubmitFileAsync("/brand/look", UiText.For("en")["SaveBrandLook"], "Input.Logo", "logo.png", TestImages.Png(240, 64));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var logo = await forum.WithDbAsync(db => db.BrandLooks.Select(l => l.LogoId).SingleAsync());
        Assert.NotNull(logo);
        var visitor = forum.Browser();
        Assert.Contains($"<img class=\"brand-logo\" src=\"/uploads/{logo}\"", await visitor.GetStringAsync("/questions"));
        var image = await visitor.GetAsync($"/uploads/{logo}");
        Assert.Equal(HttpStatusCode.OK, image.StatusCode);
        Assert.Equal("image/webp", image.Content.Headers.ContentType!.MediaType);

        var removed = await admin.SubmitWhereAsync("/brand/look", f => f.QuerySelector("input[name='Input.RemoveLogo']") is not null,
            form => form.Tick("Input.RemoveLogo"));

        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        var page = await visitor.GetStringAsync("/questions");
        Assert.DoesNotContain("brand-logo", page);
        Assert.Contains("class=\"brand-mark\"", page);
    }

    [Fact]
    public async Task The_Brand_section_of_the_settings_names_and_colours_the_community_before_anyone_saves()
    {
        await using var forum = new Forum(("Brand:Name:Ko", "바다 커뮤니티"), ("Brand:Name:En", "Sea Community"), ("Brand:PrimaryColor", "#0b7285"),
            ("Brand:HeroLead:En", "Sailors helping sailors."));

        var korean = UiText.For("ko").Speak(forum.Browser());
        var english = UiText.For("en").Speak(forum.Browser());

        Assert.Equal("바다 커뮤니티", HeaderName(await korean.GetStringAsync("/")));
        var englishHome = await english.GetStringAsync("/");
        Assert.Equal("Sea Community", HeaderName(englishHome));
        Assert.Contains("Sailors helping sailors.", englishHome);
        Assert.Contains("--community-primary: #0b7285;", await BrandCssAsync(english, "/"));
    }

    [Fact]
    public async Task A_name_written_as_markup_is_shown_as_text_everywhere_it_appears()
    {
        await using var forum = new Forum();
        var admin = await forum.AdminAsync();
        const string hostile = "<img src=x onerror=alert(1)>\"";

        await admin.SubmitAsync("/brand/look", UiText.For("en")["SaveBrandLook"], ("Input.NameEn", hostile));

        var page = await forum.Browser().GetStringAsync("/");
        Assert.DoesNotContain("<img src=x", page);
        Assert.Equal(hostile, HeaderName(page));
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", page);
    }
}
