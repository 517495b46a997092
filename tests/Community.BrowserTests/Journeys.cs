using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Community.BrowserTests;

/// <summary>
/// Steps every journey shares. Each takes the <see cref="UiText"/> of the browser's language, so the same steps
/// run with an English and a Korean interface; what members write is Korean in both.
/// </summary>
public static class Journeys
{
    private static int _members;

    /// <summary>The browser locale (and so Accept-Language) for a UI language: "en" → "en-US", "ko" → "ko-KR".</summary>
    public static string Locale(string language) => language == "ko" ? "ko-KR" : "en-US";

    /// <summary>A new browser (own cookie jar) that asks for the interface in <paramref name="ui"/>'s language.</summary>
    public static Task<IPage> NewVisitorAsync(this LiveForum forum, UiText ui, ViewportSize? viewport = null) =>
        forum.NewVisitorAsync(Locale(ui.Culture), viewport);

    /// <summary>A short suffix that keeps titles and names unique when a theory's runs share one forum.</summary>
    public static string Tag() => Guid.NewGuid().ToString("N")[..6];

    /// <summary>Registers through the form; returns the display name used (unique per run).</summary>
    public static async Task<string> RegisterAsync(this IPage page, UiText ui, string name)
    {
        var displayName = $"{name} {Interlocked.Increment(ref _members)}";
        await page.GotoAsync("/account/register");
        await page.GetByLabel(ui["Email"]).FillAsync($"{Guid.NewGuid():N}@browser.example");
        await page.GetByLabel(ui["DisplayName"]).FillAsync(displayName);
        await page.GetByLabel(ui["Password"]).FillAsync("correct horse battery");
        await page.GetByRole(AriaRole.Button, new() { Name = ui["Register"] }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = ui["LogOut"] })).ToBeVisibleAsync();
        return displayName;
    }

    public static async Task<string> AskAsync(this IPage page, UiText ui, string title, string body, string tags)
    {
        await page.GotoAsync("/questions/ask");
        await page.GetByLabel(ui["Title"]).FillAsync(title);
        await page.GetByLabel(ui["Body"]).FillAsync(body);
        await page.GetByLabel(ui["Tags"]).FillAsync(tags);
        await page.GetByRole(AriaRole.Button, new() { Name = ui["PostYourQuestion"] }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = title })).ToBeVisibleAsync();
        return page.Url;
    }

    public static async Task LogInAsAdminAsync(this IPage page, UiText ui)
    {
        await page.GotoAsync("/account/login");
        await page.GetByLabel(ui["Email"]).FillAsync(LiveForum.AdminEmail);
        await page.GetByLabel(ui["Password"]).FillAsync(LiveForum.AdminPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = ui["LogIn"] }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = ui["LogOut"] })).ToBeVisibleAsync();
    }

    /// <summary>Waits until the page's SignalR connection has joined its live groups.</summary>
    public static Task WaitUntilLiveAsync(this IPage page) =>
        Expect(page.Locator("[data-live-ready=true]")).ToHaveCountAsync(1);

    /// <summary>Marks the current document; if the page reloads, the mark is gone.</summary>
    public static Task MarkDocumentAsync(this IPage page) => page.EvaluateAsync("() => window.__notReloaded = true");

    public static async Task<bool> WasNotReloadedAsync(this IPage page) => await page.EvaluateAsync<bool>("() => window.__notReloaded === true");

    /// <summary>
    /// Opens the phone menu and waits for its slide to finish: a link clicked while the menu is still sliding open
    /// once went nowhere in a clean-clone run.
    /// </summary>
    public static async Task OpenPhoneMenuAsync(this IPage page, UiText ui)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = ui["ToggleNavigation"] }).ClickAsync();
        await Expect(page.Locator("#nav.collapse.show")).ToBeVisibleAsync();
    }

    public static Regex Exactly(string text) => new($"^\\s*{Regex.Escape(text)}\\s*$");
}
