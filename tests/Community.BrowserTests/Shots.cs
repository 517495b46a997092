using Microsoft.Playwright;

namespace Community.BrowserTests;

/// <summary>Screens saved for a person to look at, and the check every journey makes at both widths: nothing scrolls sideways.</summary>
public static class Shots
{
    /// <summary>Outside the repository.</summary>
    public const string Folder = "/tmp/journey-shots";

    public static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };
    public static readonly ViewportSize Desktop = new() { Width = 1366, Height = 900 };
    private static readonly (string Name, ViewportSize Size)[] Widths = [("phone", Phone), ("desktop", Desktop)];

    /// <summary>At a phone and a desktop width: the page must not scroll sideways; saves a full-page screenshot of each.</summary>
    public static async Task AtBothWidthsAsync(IPage page, string screen)
    {
        var original = page.ViewportSize!;
        foreach (var (width, size) in Widths)
        {
            await page.SetViewportSizeAsync(size.Width, size.Height);
            var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
            var (scrollWidth, innerWidth) = (widths[0], widths[1]);
            await ShootAsync(page, $"{screen}-{width}");
            Assert.True(scrollWidth <= innerWidth,
                $"{new Uri(page.Url).AbsolutePath} ({screen}, {width} {size.Width}px) scrolls sideways: scrollWidth {scrollWidth} > innerWidth {innerWidth}");
        }
        await page.SetViewportSizeAsync(original.Width, original.Height);
    }

    /// <param name="fullPage">False for an open menu: a full-page capture resizes the page for a moment, which can move
    /// (or close) what is open, so the next click would land beside it.</param>
    public static Task<byte[]> ShootAsync(IPage page, string screen, bool fullPage = true)
    {
        Directory.CreateDirectory(Folder);
        return page.ScreenshotAsync(new() { Path = Path.Combine(Folder, $"{screen}.png"), FullPage = fullPage });
    }
}
