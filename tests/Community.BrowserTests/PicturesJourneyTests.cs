using Microsoft.Playwright;
using SkiaSharp;
using static Microsoft.Playwright.Assertions;

namespace Community.BrowserTests;

/// <summary>
/// Pictures where people look, over the demo data: product photos on the catalogue and on a question about a product,
/// reward pictures on the rewards page, a level icon beside a leader's name — each picture really drawn by the browser
/// (loaded, not broken). Then the brand team gives a new reward a picture from the catalogue desk and a member sees it.
/// </summary>
public class PicturesJourneyTests(DemoForum forum) : IClassFixture<DemoForum>
{
    [Theory]
    [InlineData("en")]
    [InlineData("ko")]
    public async Task Visitors_see_product_and_reward_pictures_and_level_icons_and_the_brand_team_adds_a_picture(string language)
    {
        var ui = UiText.For(language);
        var visitor = await forum.NewVisitorAsync(ui, Shots.Phone);

        await visitor.GotoAsync("/products");
        await ExpectPicturesDrawnAsync(visitor, "main .card-picture", "/products");
        await Shots.AtBothWidthsAsync(visitor, $"pictures-products-{language}");
        await visitor.GotoAsync("/rewards");
        await ExpectPicturesDrawnAsync(visitor, "main img.card-picture", "/rewards");
        await Shots.AtBothWidthsAsync(visitor, $"pictures-rewards-{language}");

        // A question about a product leads to it through its photo and name.
        await visitor.GotoAsync("/questions?product=airpure-pro");
        await visitor.Locator("main .question-summary h3 a").First.ClickAsync();
        var product = visitor.Locator("main a.product-link");
        await Expect(product).ToHaveAttributeAsync("href", "/products/airpure-pro");
        await ExpectPicturesDrawnAsync(visitor, "main a.product-link img", "a question about the AirPure Pro");
        await Shots.AtBothWidthsAsync(visitor, $"pictures-question-{language}");

        // Leaders of all time stand on high rungs: their level is an icon with its name.
        await visitor.GotoAsync("/leaderboard?period=all");
        var marks = visitor.Locator("main .leaderboard .level-mark");
        await Expect(marks.First).ToBeVisibleAsync();
        await Expect(marks.First).ToHaveAttributeAsync("role", "img");
        Assert.Matches(language == "ko" ? @"^\d등급 · \S+$" : @"^Level \d · \S+$", await marks.First.GetAttributeAsync("aria-label"));
        await ExpectPicturesDrawnAsync(visitor, "main .leaderboard img.avatar", "leaderboard avatars", allowNone: true);
        await Shots.AtBothWidthsAsync(visitor, $"pictures-leaderboard-{language}");

        // The brand team adds a reward with a picture, through the page's own form.
        var brand = await forum.NewVisitorAsync(ui, Shots.Desktop);
        await forum.MakeBrandTeamAsync(await brand.RegisterAsync(ui, "보상 담당 윤하늘"));
        await brand.GotoAsync("/rewards/manage");
        var add = brand.GetByRole(AriaRole.Region, new() { Name = ui["AddReward"], Exact = true });
        var name = $"하늘 에코백 {Journeys.Tag()}";
        await add.GetByLabel(ui["RewardNameKorean"], new() { Exact = true }).FillAsync(name);
        await add.GetByLabel(ui["PointsCostLabel"], new() { Exact = true }).FillAsync("250");
        await add.GetByLabel(ui["RewardImage"], new() { Exact = true }).SetInputFilesAsync(new FilePayload { Name = "에코백.png", MimeType = "image/png", Buffer = Bag() });
        await add.GetByRole(AriaRole.Button, new() { Name = ui["AddReward"], Exact = true }).ClickAsync();
        await Expect(brand).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/rewards/manage$"));

        await visitor.GotoAsync("/rewards");
        var card = visitor.Locator("main article").Filter(new() { HasText = name });
        await Expect(card).ToHaveCountAsync(1);
        await ExpectPicturesDrawnAsync(visitor, $"main article[aria-labelledby='{await card.GetAttributeAsync("aria-labelledby")}'] img.card-picture", "the new reward");
        Assert.Empty(forum.PageProblems);
    }

    /// <summary>Every image the selector finds was fetched and decoded (a broken or missing picture has no natural width).</summary>
    private static async Task ExpectPicturesDrawnAsync(IPage page, string selector, string where, bool allowNone = false)
    {
        var pictures = page.Locator(selector);
        if (!allowNone) await Expect(pictures.First).ToBeVisibleAsync();
        var widths = await page.EvaluateAsync<int[]>("""
            async (selector) => Promise.all([...document.querySelectorAll(selector)].map(async img => {
              img.loading = 'eager';
              try { await img.decode(); } catch { return 0; }
              return img.naturalWidth;
            }))
            """, selector);
        Assert.True(allowNone || widths.Length > 0, $"{where}: no pictures");
        Assert.True(widths.All(w => w > 0), $"{where}: {widths.Count(w => w == 0)} of {widths.Length} pictures did not load");
    }

    private static byte[] Bag()
    {
        using var surface = SKSurface.Create(new SKImageInfo(320, 180));
        surface.Canvas.Clear(new SKColor(0xe3, 0xfa, 0xfc));
        using var paint = new SKPaint { Color = new SKColor(0x10, 0x98, 0xad), IsAntialias = true };
        surface.Canvas.DrawRect(110, 50, 100, 110, paint);
        using var image = surface.Snapshot();
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        return png.ToArray();
    }
}
