using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Community.BrowserTests;

public static class Journeys
{
    private static int _members;

    /// <summary>Registers through the form; returns the display name used (unique per run).</summary>
    public static async Task<string> RegisterAsync(this IPage page, string name)
    {
        var displayName = $"{name} {Interlocked.Increment(ref _members)}";
        await page.GotoAsync("/account/register");
        await page.GetByLabel("Email").FillAsync($"{Guid.NewGuid():N}@browser.example");
        await page.GetByLabel("Display name").FillAsync(displayName);
        await page.GetByLabel("Password").FillAsync("correct horse battery");
        await page.GetByRole(AriaRole.Button, new() { Name = "Register" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Log out" })).ToBeVisibleAsync();
        return displayName;
    }

    public static async Task<string> AskAsync(this IPage page, string title, string body, string tags)
    {
        await page.GotoAsync("/questions/ask");
        await page.GetByLabel("Title").FillAsync(title);
        await page.GetByLabel("Body").FillAsync(body);
        await page.GetByLabel("Tags").FillAsync(tags);
        await page.GetByRole(AriaRole.Button, new() { Name = "Post your question" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = title })).ToBeVisibleAsync();
        return page.Url;
    }

    public static async Task LogInAsAdminAsync(this IPage page)
    {
        await page.GotoAsync("/account/login");
        await page.GetByLabel("Email").FillAsync(LiveForum.AdminEmail);
        await page.GetByLabel("Password").FillAsync(LiveForum.AdminPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log in" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Log out" })).ToBeVisibleAsync();
    }

    /// <summary>Waits until the page's SignalR connection has joined its live groups.</summary>
    public static Task WaitUntilLiveAsync(this IPage page) =>
        Expect(page.Locator("[data-live-ready=true]")).ToHaveCountAsync(1);

    /// <summary>Marks the current document; if the page reloads, the mark is gone.</summary>
    public static Task MarkDocumentAsync(this IPage page) => page.EvaluateAsync("() => window.__notReloaded = true");

    public static async Task<bool> WasNotReloadedAsync(this IPage page) => await page.EvaluateAsync<bool>("() => window.__notReloaded === true");

    public static Regex Exactly(string text) => new($"^\\s*{Regex.Escape(text)}\\s*$");
}
