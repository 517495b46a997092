using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Community.BrowserTests;

/// <summary>
/// The header and page frame at every common width, in English and Korean, for each kind of reader: nothing scrolls
/// sideways, nothing in the header falls off the screen, the header is one row on desktops, and no menu label breaks
/// across lines. One forum and one browser page per reader, resized through the widths; screens go to <see cref="Shots.Folder"/>.
/// </summary>
public class LayoutJourneyTests(LiveForum forum) : IClassFixture<LiveForum>
{
    private static readonly int[] Widths = [360, 768, 1024, 1280, 1440, 1920];

    /// <summary>Where the header shows its links instead of the menu button (Bootstrap's lg breakpoint).</summary>
    private const int Desktop = 1024;

    public enum Reader { Visitor, Member, Moderator, Admin }

    [Theory]
    [InlineData(Reader.Visitor, "en")]
    [InlineData(Reader.Visitor, "ko")]
    [InlineData(Reader.Member, "en")]
    [InlineData(Reader.Member, "ko")]
    [InlineData(Reader.Moderator, "en")]
    [InlineData(Reader.Moderator, "ko")]
    [InlineData(Reader.Admin, "en")]
    [InlineData(Reader.Admin, "ko")]
    public async Task The_header_fits_every_width_without_sideways_scroll_or_broken_labels(Reader reader, string language)
    {
        var ui = UiText.For(language);
        var page = await forum.NewVisitorAsync(ui, new() { Width = 1280, Height = 800 });
        await SignInAsync(page, ui, reader);
        var toggler = page.GetByRole(AriaRole.Button, new() { Name = ui["ToggleNavigation"], Exact = true });

        // Each page is loaded once and resized through the widths, as a window being dragged narrower and wider.
        foreach (var (path, screen) in new[] { ("/questions", "questions"), (await QuestionAsync(), "question") })
        {
            await page.GotoAsync(path);
            foreach (var width in Widths)
            {
                await page.SetViewportSizeAsync(width, 800);
                var where = $"{reader} {language} {width}px {screen}";
                var name = $"layout-{language}-{reader.ToString().ToLowerInvariant()}-{screen}-{width}";
                if (screen == "questions" || width is 360 or 1280) await Shots.ShootAsync(page, name, fullPage: false);
                await ExpectNoSidewaysScrollAsync(page, where);
                if (width >= Desktop)
                {
                    await Expect(toggler).ToBeHiddenAsync();
                    await ExpectOneRowAsync(page, where);
                }
                else
                {
                    await Expect(toggler).ToBeVisibleAsync();
                }
                await ExpectInsideAndUnbrokenAsync(page, "header", where);
                if (screen != "questions") continue;
                if (width < Desktop)
                {
                    await page.OpenPhoneMenuAsync(ui);
                    await ExpectNoSidewaysScrollAsync(page, where + " (menu open)");
                    await ExpectInsideAndUnbrokenAsync(page, "header", where + " (menu open)");
                    if (width == Widths[0]) await Shots.ShootAsync(page, name.Replace("-questions-", "-menu-", StringComparison.Ordinal), fullPage: false);
                }
                // Drop-downs open under their toggles; where they can leave the screen is the narrow end.
                if (width <= Desktop) await OpenEachMenuAsync(page, where);
                if (width < Desktop)
                {
                    await toggler.ClickAsync();
                    await Expect(page.Locator("#nav.collapse:not(.show):not(.collapsing)")).ToHaveCountAsync(1);
                }
            }
        }
        Assert.Empty(forum.PageProblems);
    }

    /// <summary>Signs the reader in, with the staff role the admin's page would give a moderator.</summary>
    private async Task SignInAsync(IPage page, UiText ui, Reader reader)
    {
        if (reader == Reader.Admin) await page.LogInAsAdminAsync(ui);
        else if (reader != Reader.Visitor)
        {
            var name = await page.RegisterAsync(ui, reader == Reader.Moderator ? "하늘정원 운영지기 김서연" : "하늘정원 지킴이 박지훈");
            if (reader == Reader.Moderator) await MakeModeratorAsync(name);
        }
    }

    private static readonly SemaphoreSlim Asking = new(1, 1);
    private static readonly Dictionary<string, string> Questions = [];

    /// <summary>One question with a long Korean title and tags by a member with a Korean name, asked through the real use
    /// case once per forum (every reader reads the same one).</summary>
    private async Task<string> QuestionAsync()
    {
        await Asking.WaitAsync();
        try
        {
            if (Questions.TryGetValue(forum.BaseUrl, out var known)) return known;
            await using var scope = forum.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<Community.Core.Data.CommunityDbContext>();
            const string name = "공기청정기 처음 쓰는 사람";
            var author = new Community.Core.Members.Member
            {
                UserName = $"{Guid.NewGuid():N}@browser.example", Email = $"{Guid.NewGuid():N}@browser.example", DisplayName = name,
                DisplayNameSkeleton = Community.Core.Members.DisplayNamePolicy.Skeleton(name), SecurityStamp = Guid.NewGuid().ToString(), JoinedAt = DateTime.UtcNow,
            };
            db.Users.Add(author);
            await db.SaveChangesAsync();
            var question = await scope.ServiceProvider.GetRequiredService<Community.Core.Questions.AskQuestion>().ExecuteAsync(new(
                $"거실 공기청정기 필터 교체 알림이 계속 켜져 있는데 어떻게 초기화하나요 {Journeys.Tag()}",
                "필터를 새것으로 바꿨는데도 앱과 본체에서 교체 알림이 사라지지 않아요. 초기화 버튼을 몇 초 눌러야 하나요?",
                "공기청정기 필터교체", null, Guid.NewGuid()), author.Id);
            return Questions[forum.BaseUrl] = $"/questions/{question.Id}/{question.Slug}";
        }
        finally { Asking.Release(); }
    }

    private async Task MakeModeratorAsync(string displayName)
    {
        await using var scope = forum.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Community.Core.Data.CommunityDbContext>();
        var member = await db.Users.Where(m => m.DisplayName == displayName).Select(m => m.Id).SingleAsync();
        var admin = await db.Users.Where(m => m.Email == LiveForum.AdminEmail).Select(m => m.Id).SingleAsync();
        await scope.ServiceProvider.GetRequiredService<Community.Core.Members.ChangeStaffRoles>().ExecuteAsync(member, new(true, false, false), admin);
        forum.Services.GetRequiredService<Community.Web.Accounts.RoleChanges>().Changed(member);
    }

    private static async Task ExpectNoSidewaysScrollAsync(IPage page, string where)
    {
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        Assert.True(widths[0] <= widths[1], $"{where}: the page scrolls sideways (scrollWidth {widths[0]} > innerWidth {widths[1]})");
    }

    /// <summary>Every visible control of the header sits on one line: their vertical middles lie within the smallest one's height.</summary>
    private static async Task ExpectOneRowAsync(IPage page, string where)
    {
        var boxes = await page.EvaluateAsync<Box[]>(Script.Controls, "header");
        Assert.NotEmpty(boxes);
        var middles = boxes.Select(b => b.Top + b.Height / 2).ToArray();
        var tolerance = boxes.Min(b => b.Height) / 2;
        var spread = middles.Max() - middles.Min();
        Assert.True(spread <= tolerance,
            $"{where}: the header is not one row — {string.Join(", ", boxes.Select(b => $"“{b.Label}” at y={b.Top:0}"))}");
    }

    /// <summary>Every visible control in <paramref name="scope"/> lies within the window, and its label is on one line.</summary>
    private static async Task ExpectInsideAndUnbrokenAsync(IPage page, string scope, string where)
    {
        var boxes = await page.EvaluateAsync<Box[]>(Script.Controls, scope);
        var width = await page.EvaluateAsync<double>("() => document.documentElement.clientWidth");
        foreach (var box in boxes)
        {
            Assert.True(box.Left >= -0.5 && box.Left + box.Width <= width + 0.5,
                $"{where}: “{box.Label}” is off screen (x {box.Left:0}–{box.Left + box.Width:0}, window {width:0})");
            Assert.True(box.Lines <= 1, $"{where}: “{box.Label}” breaks over {box.Lines} lines");
        }
    }

    /// <summary>Opens each drop-down of the header in turn: its items stay on screen and on one line each.</summary>
    private static async Task OpenEachMenuAsync(IPage page, string where)
    {
        var toggles = page.Locator("header [data-bs-toggle=dropdown]");
        for (var i = 0; i < await toggles.CountAsync(); i++)
        {
            var toggle = toggles.Nth(i);
            if (!await toggle.IsVisibleAsync()) continue;
            var label = (await toggle.InnerTextAsync()).Trim();
            await toggle.ClickAsync();
            await Expect(toggle).ToHaveAttributeAsync("aria-expanded", "true");
            await ExpectInsideAndUnbrokenAsync(page, "header .dropdown-menu.show", $"{where}, menu “{label}”");
            await ExpectNoSidewaysScrollAsync(page, $"{where}, menu “{label}”");
            await page.Keyboard.PressAsync("Escape");
            await Expect(toggle).ToHaveAttributeAsync("aria-expanded", "false");
        }
    }

    public sealed class Box
    {
        public string Label { get; set; } = "";
        public double Left { get; set; }
        public double Top { get; set; }
        public double Width { get; set; }
        public double Height { get; set; }
        public int Lines { get; set; }
    }

    private static class Script
    {
        /// <summary>
        /// Visible links, buttons and fields inside the selector, with their box and how many lines their visible text takes
        /// (the text's line boxes grouped by top; text clipped to a 1px box for screen readers does not count).
        /// </summary>
        public const string Controls = """
            (selector) => [...document.querySelectorAll(selector)].flatMap(root => [...root.querySelectorAll('a, button, input, .navbar-brand')])
              .filter(el => el.checkVisibility() && el.getClientRects().length > 0 && !el.closest('.visually-hidden, .visually-hidden-focusable'))
              .filter(el => !el.closest('.dropdown-menu') || el.closest('.dropdown-menu.show'))
              .map(el => {
                const box = el.getBoundingClientRect();
                const rects = [];
                const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
                for (let text = walker.nextNode(); text; text = walker.nextNode()) {
                  const parent = text.parentElement.getBoundingClientRect();
                  if (!text.data.trim() || parent.width <= 1 || parent.height <= 1) continue; // empty, or hidden for screen readers only
                  const range = document.createRange();
                  range.selectNodeContents(text);
                  rects.push(...[...range.getClientRects()].filter(r => r.width > 0 && r.height > 0));
                }
                rects.sort((a, b) => a.top - b.top);
                let lines = 0, lineBottom = -Infinity;
                for (const r of rects) { if (r.top >= lineBottom - 2) { lines++; lineBottom = r.bottom; } else lineBottom = Math.max(lineBottom, r.bottom); }
                const label = (el.getAttribute('aria-label') || el.textContent || el.placeholder || '').trim().replace(/\s+/g, ' ');
                return { label, left: box.left, top: box.top, width: box.width, height: box.height, lines };
              })
            """;
    }
}
