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
                // Beside each post: the score, and for the brand team and admins its weighted form ("Weighted 3").
                if (screen == "question") await ExpectNoWordBrokenAsync(page, "main .vote-box", where);
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

    [Theory]
    [InlineData("en")]
    [InlineData("ko")]
    public async Task Dark_mode_follows_the_device_and_the_toggle_is_remembered_without_a_flash(string language)
    {
        var ui = UiText.For(language);
        var question = await QuestionAsync();
        var html = (IPage page) => page.Locator("html");

        // A visitor whose device is dark gets dark pages, drawn dark from the first paint, every text readable.
        var visitor = await forum.NewVisitorAsync(ui, Shots.Phone);
        await visitor.EmulateMediaAsync(new() { ColorScheme = ColorScheme.Dark });
        await RecordThemeAtFirstPaintAsync(visitor);
        var toggle = visitor.GetByRole(AriaRole.Button, new() { Name = ui["ThemeToggle"], Exact = true });
        foreach (var path in new[] { "/", "/questions", question })
        {
            await visitor.GotoAsync(path);
            await Expect(html(visitor)).ToHaveAttributeAsync("data-bs-theme", "dark");
            Assert.Equal("dark", await ThemeAtFirstPaintAsync(visitor));
            await ExpectReadableTextAsync(visitor, $"visitor {language} dark {path}");
        }
        await Expect(toggle).ToHaveAttributeAsync("aria-pressed", "true");
        await Shots.ShootAsync(visitor, $"dark-{language}-question-phone");

        // With no choice made, the page follows the device as it changes.
        await visitor.EmulateMediaAsync(new() { ColorScheme = ColorScheme.Light });
        await Expect(html(visitor)).ToHaveAttributeAsync("data-bs-theme", "light");
        await Expect(toggle).ToHaveAttributeAsync("aria-pressed", "false");

        // The toggle overrides the device, and the choice survives a reload (a cookie, for a visitor).
        await toggle.ClickAsync();
        await Expect(html(visitor)).ToHaveAttributeAsync("data-bs-theme", "dark");
        await visitor.ReloadAsync();
        await Expect(html(visitor)).ToHaveAttributeAsync("data-bs-theme", "dark");
        Assert.Equal("dark", await ThemeAtFirstPaintAsync(visitor));
        await Expect(toggle).ToHaveAttributeAsync("aria-pressed", "true");

        // A member's choice is kept on their account: it holds in a browser that never saw the toggle pressed.
        var member = await forum.NewVisitorAsync(ui, Shots.Desktop);
        await RecordThemeAtFirstPaintAsync(member);
        await member.RegisterAsync(ui, "밤에 읽는 사람 정하늘");
        await member.GotoAsync("/questions");
        await Expect(html(member)).ToHaveAttributeAsync("data-bs-theme", "light");
        var memberToggle = member.GetByRole(AriaRole.Button, new() { Name = ui["ThemeToggle"], Exact = true });
        await memberToggle.ClickAsync();
        await Expect(html(member)).ToHaveAttributeAsync("data-bs-theme", "dark");
        await Expect(memberToggle).ToHaveAttributeAsync("data-saved", "dark");
        await member.Context.ClearCookiesAsync(new() { Name = "community.theme" });
        await member.GotoAsync(question);
        await Expect(html(member)).ToHaveAttributeAsync("data-bs-theme", "dark");
        Assert.Equal("dark", await ThemeAtFirstPaintAsync(member));
        await ExpectReadableTextAsync(member, $"member {language} dark question");
        await member.Locator("#account-menu").ClickAsync();
        await ExpectReadableTextAsync(member, $"member {language} dark account menu");
        await Shots.ShootAsync(member, $"dark-{language}-question-desktop", fullPage: false);

        // Back to the device's setting from the appearance page (the way that works without script, too).
        await member.GetByRole(AriaRole.Link, new() { Name = ui["Appearance"], Exact = true }).ClickAsync();
        await member.GetByLabel(ui["ThemeSystem"], new() { Exact = true }).CheckAsync();
        await member.GetByRole(AriaRole.Button, new() { Name = ui["SavePreferences"], Exact = true }).ClickAsync();
        await Expect(member.GetByRole(AriaRole.Status).Filter(new() { HasText = ui["ThemeSaved"] })).ToBeVisibleAsync();
        await Expect(html(member)).ToHaveAttributeAsync("data-bs-theme", "light");
        await member.EmulateMediaAsync(new() { ColorScheme = ColorScheme.Dark });
        await Expect(html(member)).ToHaveAttributeAsync("data-bs-theme", "dark");
        Assert.Empty(forum.PageProblems);
    }

    /// <summary>Notes the theme the document has at the moment its body starts: what the first paint can show.</summary>
    private static async Task RecordThemeAtFirstPaintAsync(IPage page) => await page.Context.AddInitScriptAsync("""
        new MutationObserver((_, observer) => {
          if (!document.body) return;
          window.__themeAtBody = document.documentElement.getAttribute('data-bs-theme');
          observer.disconnect();
        }).observe(document, { childList: true, subtree: true });
        """);

    private static Task<string?> ThemeAtFirstPaintAsync(IPage page) => page.EvaluateAsync<string?>("() => window.__themeAtBody");

    /// <summary>Every visible text on the page meets WCAG AA contrast (4.5:1, 3:1 for large text) against what is behind it.</summary>
    private static async Task ExpectReadableTextAsync(IPage page, string where)
    {
        var failures = await page.EvaluateAsync<string[]>(Script.Contrast);
        Assert.True(failures.Length == 0, $"{where}: text below AA contrast —\n{string.Join("\n", failures.Take(15))}");
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

    /// <summary>No word of the text in <paramref name="scope"/> is split over two lines (a narrow column breaking "Weigh|ted").</summary>
    private static async Task ExpectNoWordBrokenAsync(IPage page, string scope, string where)
    {
        var broken = await BrokenWords.InAsync(page, scope);
        Assert.True(broken.Length == 0, $"{where}: words broken over two lines in {scope}: {string.Join(", ", broken)}");
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

        /// <summary>
        /// Texts whose contrast against their background is below WCAG AA: the element's colour (with its opacity) laid
        /// over the backgrounds of it and its ancestors composited from the page down. Texts over an image or gradient,
        /// hidden for screen readers only, decorative (aria-hidden) or disabled are left out.
        /// </summary>
        public const string Contrast = """
            () => {
              const parse = (c) => { const m = c.match(/rgba?\(([^)]+)\)/); if (!m) return null;
                const p = m[1].split(/[\s,\/]+/).filter(Boolean).map(Number); return { r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1 }; };
              const over = (top, bottom) => ({ r: top.r * top.a + bottom.r * (1 - top.a), g: top.g * top.a + bottom.g * (1 - top.a), b: top.b * top.a + bottom.b * (1 - top.a), a: 1 });
              const lum = (c) => { const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; }; return 0.2126 * f(c.r) + 0.7152 * f(c.g) + 0.0722 * f(c.b); };
              const failures = [];
              for (const el of document.body.querySelectorAll('*')) {
                if (![...el.childNodes].some((n) => n.nodeType === 3 && n.data.trim())) continue;
                if (!el.checkVisibility({ visibilityProperty: true }) || el.getClientRects().length === 0) continue;
                const box = el.getBoundingClientRect();
                if (box.width <= 1 || box.height <= 1 || el.closest('[aria-hidden=true], .visually-hidden, :disabled, option, script, style, noscript')) continue;
                const chain = []; for (let e = el; e; e = e.parentElement) chain.unshift(e);
                let bg = { r: 255, g: 255, b: 255, a: 1 }, opacity = 1, pictured = false;
                for (const e of chain) {
                  const style = getComputedStyle(e);
                  if (style.backgroundImage !== 'none') pictured = true;
                  const c = parse(style.backgroundColor); if (c && c.a > 0) bg = over(c, bg);
                  opacity *= Number(style.opacity);
                }
                if (pictured) continue;
                const style = getComputedStyle(el);
                const fg = parse(style.color); if (!fg) continue;
                const shown = over({ ...fg, a: fg.a * opacity }, bg);
                const [hi, lo] = [lum(shown), lum(bg)].sort((a, b) => b - a);
                const ratio = (hi + 0.05) / (lo + 0.05);
                const size = parseFloat(style.fontSize), bold = Number(style.fontWeight) >= 700;
                const needed = size >= 24 || (size >= 18.66 && bold) ? 3 : 4.5;
                if (ratio < needed - 0.005) failures.push(`${ratio.toFixed(2)}:1 (needs ${needed}) “${el.textContent.trim().slice(0, 40)}” ${el.tagName.toLowerCase()}.${[...el.classList].join('.')} ${style.color} on rgb(${Math.round(bg.r)}, ${Math.round(bg.g)}, ${Math.round(bg.b)})`);
              }
              return failures;
            }
            """;
    }
}
