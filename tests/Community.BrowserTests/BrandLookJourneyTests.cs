using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SkiaSharp;
using static Microsoft.Playwright.Assertions;

namespace Community.BrowserTests;

/// <summary>
/// The brand team makes the community theirs from /brand/look — name, welcome title, a pale brand yellow and a logo —
/// and a visitor on a phone sees it: their name and logo in the header, buttons in a darker gold that white text reads
/// on, in light and dark. The look is the whole forum's, so this journey has its own forum.
/// </summary>
public class BrandLookJourneyTests(LiveForum forum) : IClassFixture<LiveForum>
{
    [Theory]
    [InlineData("en")]
    [InlineData("ko")]
    public async Task The_brand_team_gives_the_community_its_name_colours_and_logo_and_a_visitor_on_a_phone_sees_them(string language)
    {
        var ui = UiText.For(language);
        var tag = Journeys.Tag();
        var (english, korean, welcome) = ($"Starlight {tag}", $"별빛 마을 {tag}", $"별빛 마을에 오신 걸 환영해요 {tag}");

        var brand = await forum.NewVisitorAsync(ui, Shots.Desktop);
        var brandName = await brand.RegisterAsync(ui, "브랜드팀 한별");
        await forum.MakeBrandTeamAsync(brandName);
        await brand.GotoAsync("/brand");
        await brand.GetByRole(AriaRole.Link, new() { Name = ui["BrandLook"], Exact = true }).ClickAsync();
        await Expect(brand.GetByRole(AriaRole.Heading, new() { Name = ui["BrandLook"], Level = 1 })).ToBeVisibleAsync();

        await brand.GetByLabel(ui["BrandNameEn"], new() { Exact = true }).FillAsync(english);
        await brand.GetByLabel(ui["BrandNameKo"], new() { Exact = true }).FillAsync(korean);
        await brand.GetByLabel(ui["BrandHeroTitleKo"], new() { Exact = true }).FillAsync(welcome);
        await brand.GetByLabel(ui["BrandHeroTitleEn"], new() { Exact = true }).FillAsync(welcome);
        await brand.GetByLabel(ui["BrandPrimaryColor"], new() { Exact = true }).FillAsync("#ffe066");
        await brand.GetByLabel(ui["BrandAccentColor"], new() { Exact = true }).FillAsync("#f08c00");

        // A preview first: the page says the yellow is too light for white button text and what buttons use instead.
        await brand.GetByRole(AriaRole.Button, new() { Name = ui["PreviewBrandColours"], Exact = true }).ClickAsync();
        await Expect(brand.GetByText(ui["BrandPreviewNotSaved"])).ToBeVisibleAsync();
        var adjusted = brand.Locator(".brand-adjusted");
        await Expect(adjusted).ToContainTextAsync("#ffe066");
        await Expect(adjusted).ToContainTextAsync("#857435");
        await Shots.AtBothWidthsAsync(brand, $"brand-look-preview-{language}");

        await brand.GetByLabel(ui["BrandLogo"], new() { Exact = true }).SetInputFilesAsync(new FilePayload { Name = "별빛로고.png", MimeType = "image/png", Buffer = Logo() });
        await brand.GetByRole(AriaRole.Button, new() { Name = ui["SaveBrandLook"], Exact = true }).ClickAsync();
        await Expect(brand.GetByRole(AriaRole.Status).Filter(new() { HasText = ui["BrandLookSaved"] })).ToBeVisibleAsync();
        var shownName = language == "ko" ? korean : english;
        await Expect(brand.Locator(".navbar-brand")).ToHaveAttributeAsync("aria-label", shownName);
        await Expect(brand.Locator(".navbar-brand img.brand-logo")).ToBeVisibleAsync();
        await Expect(brand.GetByRole(AriaRole.Img, new() { Name = ui["BrandCurrentLogo"] })).ToBeVisibleAsync();
        await Shots.AtBothWidthsAsync(brand, $"brand-look-{language}");

        var visitor = await forum.NewVisitorAsync(ui, Shots.Phone);
        await visitor.GotoAsync("/");
        await Expect(visitor).ToHaveTitleAsync(new Regex(Regex.Escape(shownName) + "$"));
        await Expect(visitor.GetByRole(AriaRole.Heading, new() { Name = welcome, Level = 1 })).ToBeVisibleAsync();
        await Expect(visitor.Locator(".navbar-brand img.brand-logo")).ToBeVisibleAsync();
        Assert.True(await visitor.Locator(".navbar-brand img.brand-logo").EvaluateAsync<bool>("img => img.complete && img.naturalWidth > 0"), "the logo loads");
        // A wide logo and a long name still leave the menu button on the header's one row.
        var logoBox = await visitor.Locator(".navbar-brand").BoundingBoxAsync();
        var menuBox = await visitor.GetByRole(AriaRole.Button, new() { Name = ui["ToggleNavigation"], Exact = true }).BoundingBoxAsync();
        Assert.True(menuBox!.Y < logoBox!.Y + logoBox.Height, $"menu button at y={menuBox.Y}, below the brand ({logoBox.Y}+{logoBox.Height})");
        var search = visitor.Locator(".hero").GetByRole(AriaRole.Button, new() { Name = ui["Search"], Exact = true });
        await Expect(search).ToHaveCSSAsync("background-color", "rgb(133, 116, 53)");
        await Expect(search).ToHaveCSSAsync("color", "rgb(255, 255, 255)");
        await Shots.AtBothWidthsAsync(visitor, $"brand-home-light-{language}");

        // Dark: the same button, links lightened until they read on the dark surface.
        await visitor.GetByRole(AriaRole.Button, new() { Name = ui["ThemeToggle"], Exact = true }).ClickAsync();
        await Expect(visitor.Locator("html")).ToHaveAttributeAsync("data-bs-theme", "dark");
        await Expect(search).ToHaveCSSAsync("background-color", "rgb(133, 116, 53)");
        var link = await visitor.EvaluateAsync<string>("() => getComputedStyle(document.documentElement).getPropertyValue('--bs-link-color').trim()");
        Assert.Equal("#ffeeab", link);
        await Shots.AtBothWidthsAsync(visitor, $"brand-home-dark-{language}");
        Assert.Empty(forum.PageProblems);
    }

    /// <summary>A wide logo as a brand would upload it: a star on a dark band.</summary>
    private static byte[] Logo()
    {
        using var surface = SKSurface.Create(new SKImageInfo(240, 64));
        surface.Canvas.Clear(new SKColor(0x0b, 0x1f, 0x3a));
        using var paint = new SKPaint { Color = new SKColor(0xff, 0xe0, 0x66), IsAntialias = true };
        surface.Canvas.DrawCircle(32, 32, 20, paint);
        surface.Canvas.DrawRect(64, 24, 150, 16, paint);
        using var image = surface.Snapshot();
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        return png.ToArray();
    }
}
