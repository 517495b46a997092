using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Community.BrowserTests;

/// <summary>
/// axe-core (WCAG 2.2 A/AA rules and best practices) over the key pages of each kind of reader — 40 pages over the demo
/// data, each once in one of English/Korean × light/dark taken in turn — and over the states a reader makes (a refused
/// form). A critical, serious or moderate violation fails the test (minor ones are counted), listed with the elements it was found on. One forum and one
/// browser page per reader; the language changes through the language switch, the theme through the device's setting
/// (which the pages follow while no choice is saved); on each page no button label breaks inside a word, at a desktop and
/// a phone width. Then what axe cannot see: focus after a refused submit, the focus
/// ring on every control, pressed state of the vote toggles, and live news read out without taking focus.
/// </summary>
public class AccessibilityTests(DemoForum forum, ITestOutputHelper output) : IClassFixture<DemoForum>
{
    public enum Reader { Visitor, Member, Moderator, BrandTeam }

    /// <summary>The demo's staff accounts (Demo:StaffPassword in appsettings.Development.json).</summary>
    private const string DemoBrandTeam = "demo1@haneul.example", DemoModerator = "demo2@haneul.example", DemoPassword = "demo staff passphrase";

    private static readonly (string Language, bool Dark)[] Combinations = [("en", false), ("ko", true), ("en", true), ("ko", false)];

    private static readonly string[] Tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

    [Theory]
    [InlineData(Reader.Visitor)]
    [InlineData(Reader.Member)]
    [InlineData(Reader.Moderator)]
    [InlineData(Reader.BrandTeam)]
    public async Task Key_pages_have_no_critical_serious_or_moderate_axe_violations_in_either_language_or_theme(Reader reader)
    {
        var en = UiText.For("en");
        var page = await forum.NewVisitorAsync(en, Shots.Desktop);
        if (reader == Reader.BrandTeam) await forum.RollUpAsync();
        await SignInAsync(page, en, reader);
        var paths = await PagesAsync(page, reader);

        // Each page once, in the four combinations taken in turn: each language and each theme over half of every reader's pages.
        var problems = new List<string>();
        var counts = new Dictionary<string, int>();
        for (var i = 0; i < paths.Count; i++)
        {
            var (language, dark) = Combinations[i % Combinations.Length];
            await page.EmulateMediaAsync(new() { ColorScheme = dark ? ColorScheme.Dark : ColorScheme.Light });
            var response = await page.GotoAsync($"/culture?c={language}&returnUrl={Uri.EscapeDataString(paths[i])}");
            Assert.True(response!.Ok, $"{paths[i]} answered {response.Status}");
            await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", language);
            await Expect(page.Locator("html")).ToHaveAttributeAsync("data-bs-theme", dark ? "dark" : "light");
            var where = $"{reader} {language} {(dark ? "dark" : "light")} {paths[i]}";
            problems.AddRange(await ViolationsAsync(page, where, counts));
            problems.AddRange(await ButtonsBrokenAsync(page, where));
        }

        output.WriteLine($"{reader}: {paths.Count} pages, failing elements by impact and rule — " +
            string.Join(", ", counts.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key} {c.Value}")));
        Assert.True(problems.Count == 0, $"axe found critical, serious or moderate violations:\n{string.Join("\n", problems)}");
        Assert.Empty(forum.PageProblems);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("ko")]
    public async Task A_refused_form_takes_focus_to_an_error_summary_that_links_to_each_field(string language)
    {
        var ui = UiText.For(language);
        var member = await forum.NewVisitorAsync(ui, Shots.Desktop);
        await member.RegisterAsync(ui, "양식 오류 확인 회원 최민준");
        await member.SetViewportSizeAsync(Shots.Phone.Width, Shots.Phone.Height);
        await member.GotoAsync("/questions/ask");
        var title = member.GetByLabel(ui["Title"], new() { Exact = true });
        var body = member.GetByLabel(ui["Body"], new() { Exact = true });
        await title.FillAsync("거실 공기청정기 필터 교체 알림이 안 꺼져요");
        await member.GetByRole(AriaRole.Button, new() { Name = ui["PostYourQuestion"] }).ClickAsync();

        // Focus is on the summary, which names the body and the tags, each a link to its field.
        var summary = member.Locator("[data-error-summary]");
        await Expect(summary).ToBeFocusedAsync();
        await Expect(summary).ToContainTextAsync(ui["ErrorSummaryTitle"]);
        var bodyLink = summary.GetByRole(AriaRole.Link, new() { Name = ui["Body"], Exact = true });
        await Expect(bodyLink).ToBeVisibleAsync();
        await Expect(summary.GetByRole(AriaRole.Link, new() { Name = ui["Tags"], Exact = true })).ToBeVisibleAsync();
        await Expect(member.GetByText(ui["BodyLength"])).ToHaveCountAsync(1);
        await Shots.ShootAsync(member, $"a11y-error-summary-{language}-phone", fullPage: false);

        // The refused fields say so, and are described by their help text and then by what is wrong; the good one is not.
        await Expect(body).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(body).ToHaveAccessibleDescriptionAsync(new System.Text.RegularExpressions.Regex(System.Text.RegularExpressions.Regex.Escape(ui["BodyLength"])));
        await Expect(title).Not.ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(title).ToHaveValueAsync("거실 공기청정기 필터 교체 알림이 안 꺼져요");

        // From the summary, the keyboard reaches the first link with a visible ring, and following it lands in the field.
        await member.Keyboard.PressAsync("Tab");
        await Expect(summary.GetByRole(AriaRole.Link).First).ToBeFocusedAsync();
        await ExpectFocusRingAsync(member, "the error summary's first link");
        await bodyLink.ClickAsync();
        await Expect(body).ToBeFocusedAsync();
        await ExpectFocusRingAsync(member, "the body field after following its error");

        var counts = new Dictionary<string, int>();
        var problems = await ViolationsAsync(member, $"refused ask form {language}", counts);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.Empty(forum.PageProblems);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("ko")]
    public async Task Keyboard_focus_shows_on_every_control_vote_toggles_say_pressed_and_live_news_is_read_without_taking_focus(string language)
    {
        var ui = UiText.For(language);
        var member = await forum.NewVisitorAsync(ui, Shots.Desktop);
        var name = await member.RegisterAsync(ui, "키보드로 읽는 회원 한지우");
        await forum.GrantAsync(name, 50, 0);
        await member.GotoAsync("/questions?sort=Votes");
        await member.Locator("main a[href^='/questions/']:not([href*='ask'])").First.ClickAsync();
        await member.WaitUntilLiveAsync();

        // Tab through the whole page from the top: every control that takes focus draws a ring a person can see.
        var stops = new HashSet<string>();
        for (var i = 0; i < 150; i++)
        {
            await member.Keyboard.PressAsync("Tab");
            if (i > 0 && await member.EvaluateAsync<bool>("() => document.activeElement === document.body || !document.hasFocus()")) break;
            stops.Add(await ExpectFocusRingAsync(member, $"tab stop {i + 1}"));
        }
        Assert.True(stops.Count > 20, $"only {stops.Count} different controls took focus: {string.Join(", ", stops)}");

        // The question's upvote is a toggle button: pressed after Space, not pressed after Space again; focus stays on it.
        var upvote = member.Locator("[data-vote-box^='question-'] button[data-direction=up]");
        await Expect(upvote).ToHaveAccessibleNameAsync(ui["Upvote"]);
        await Expect(upvote).ToHaveAttributeAsync("aria-pressed", "false");
        await upvote.FocusAsync();
        await ExpectFocusRingAsync(member, "the upvote button");
        await Shots.ShootAsync(member, $"a11y-vote-focus-{language}-desktop", fullPage: false);
        var score = member.Locator("[data-score-for^='question-']");
        var before = int.Parse(await score.InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture);
        await member.Keyboard.PressAsync("Space");
        await Expect(upvote).ToHaveAttributeAsync("aria-pressed", "true");
        await Expect(score).ToHaveTextAsync((before + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Expect(upvote).ToBeFocusedAsync();

        // Someone else answers meanwhile: the answer appears and is announced politely, and focus stays on the vote.
        var questionId = int.Parse(new Uri(member.Url).AbsolutePath.Split('/')[2], System.Globalization.CultureInfo.InvariantCulture);
        // Its own words each run: the other language's run answers the same top question.
        var advice = $"필터는 6개월마다 바꾸시고, 앱에서 필터 수명을 초기화하세요 ({language}).";
        await AnswerAsAnotherMemberAsync(questionId, advice);
        await Expect(member.Locator("#answers").GetByText(advice)).ToBeVisibleAsync();
        var announcer = member.Locator("#live-announcer");
        await Expect(announcer).ToHaveAttributeAsync("aria-live", "polite");
        await Expect(announcer).ToHaveTextAsync(ui["AnswerArrived"]);
        await Expect(upvote).ToBeFocusedAsync();

        await member.Keyboard.PressAsync("Space");
        await Expect(upvote).ToHaveAttributeAsync("aria-pressed", "false");
        await Expect(score).ToHaveTextAsync(before.ToString(System.Globalization.CultureInfo.InvariantCulture));

        // The idea page's vote and follow are toggle buttons too.
        await member.GotoAsync("/ideas");
        await member.Locator("main a[href^='/ideas/']:not([href$='new']):not([href$='delivered']):not([href$='stats']):not([href$='queue'])").First.ClickAsync();
        var follow = member.GetByRole(AriaRole.Button, new() { Name = ui["Follow"], Exact = true });
        await Expect(follow).ToHaveAttributeAsync("aria-pressed", "false");
        await follow.ClickAsync();
        await Expect(follow).ToHaveAttributeAsync("aria-pressed", "true");
        Assert.Empty(forum.PageProblems);
    }

    /// <summary>The focused element draws a solid ring of at least 2px whose colour stands 3:1 against the page behind it.
    /// Returns a short label of the element.</summary>
    private static async Task<string> ExpectFocusRingAsync(IPage page, string where)
    {
        var ring = await page.EvaluateAsync<string[]>("""
            () => {
              const el = document.activeElement;
              if (!el || el === document.body) return ['', 'none', '0', '', ''];
              const style = getComputedStyle(el);
              let bg = 'rgb(255, 255, 255)';
              for (let e = el.parentElement; e; e = e.parentElement) {
                const c = getComputedStyle(e).backgroundColor;
                if (c && c !== 'rgba(0, 0, 0, 0)' && c !== 'transparent') { bg = c; break; }
              }
              const label = `${el.tagName.toLowerCase()} “${(el.getAttribute('aria-label') || el.textContent || el.name || '').trim().slice(0, 30)}”`;
              return [label, style.outlineStyle, style.outlineWidth, style.outlineColor, bg];
            }
            """);
        var (label, style, width, colour, background) = (ring[0], ring[1], ring[2], ring[3], ring[4]);
        Assert.True(label.Length > 0, $"{where}: nothing has focus");
        Assert.True(style is "solid" or "auto" && double.Parse(width.Replace("px", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture) >= 2,
            $"{where}: {label} has focus but no visible ring (outline {style} {width})");
        var contrast = Contrast(colour, background);
        Assert.True(contrast >= 3, $"{where}: {label}'s focus ring {colour} is {contrast:0.00}:1 against {background}");
        return label;
    }

    /// <summary>WCAG contrast of two computed CSS colours ("rgb(r, g, b)"), by the same arithmetic the brand palette is derived with.</summary>
    private static double Contrast(string a, string b)
    {
        static Community.Core.Branding.Rgb Parse(string rgb)
        {
            var parts = rgb[(rgb.IndexOf('(', StringComparison.Ordinal) + 1)..rgb.IndexOf(')', StringComparison.Ordinal)].Split(',')
                .Take(3).Select(p => (byte)Math.Round(double.Parse(p.Trim(), System.Globalization.CultureInfo.InvariantCulture))).ToArray();
            return new Community.Core.Branding.Rgb(parts[0], parts[1], parts[2]);
        }
        return Community.Core.Branding.Rgb.Contrast(Parse(a), Parse(b));
    }

    /// <summary>A new member answers through the real use case, as another browser would.</summary>
    private async Task AnswerAsAnotherMemberAsync(int questionId, string body)
    {
        await using var scope = forum.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Community.Core.Data.CommunityDbContext>();
        var name = $"답변하는 이웃 {Journeys.Tag()}";
        var author = BrandTeamSetup.NewMember(name);
        db.Users.Add(author);
        await db.SaveChangesAsync();
        await scope.ServiceProvider.GetRequiredService<Community.Core.Questions.PostAnswer>().ExecuteAsync(questionId, body, Guid.NewGuid(), author.Id);
    }

    /// <summary>Runs axe on the page as it stands; returns the critical, serious and moderate violations, one line per rule and page.</summary>
    private static async Task<List<string>> ViolationsAsync(IPage page, string where, Dictionary<string, int> counts)
    {
        var result = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. Tags] } });
        var found = new List<string>();
        foreach (var violation in result.Violations)
        {
            var impact = violation.Impact ?? "unknown";
            counts[$"{impact} {violation.Id}"] = counts.GetValueOrDefault($"{impact} {violation.Id}") + violation.Nodes.Length;
            if (impact is "minor") continue;
            var nodes = violation.Nodes.Take(4).Select(n => $"    {n.Target} — {n.Html[..Math.Min(n.Html.Length, 160)]}\n      {Why(n)}");
            found.Add($"{where}: {impact} {violation.Id} ({violation.Nodes.Length}) {violation.Help}\n{string.Join("\n", nodes)}");
        }
        return found;
    }

    /// <summary>No button label on the page breaks inside a word, at the desktop width and at a phone's.</summary>
    private static async Task<List<string>> ButtonsBrokenAsync(IPage page, string where)
    {
        var found = new List<string>();
        foreach (var (width, size) in new[] { ("desktop", Shots.Desktop), ("phone", Shots.Phone) })
        {
            await page.SetViewportSizeAsync(size.Width, size.Height);
            var broken = await BrokenWords.InAsync(page, "main .btn, main button");
            if (broken.Length > 0) found.Add($"{where} ({width}): button labels broken inside a word — {string.Join(", ", broken)}");
        }
        await page.SetViewportSizeAsync(Shots.Desktop.Width, Shots.Desktop.Height);
        return found;
    }

    private static string Why(AxeResultNode node) =>
        string.Join(" ", new[] { node.Any, node.All, node.None }.Where(checks => checks is not null).SelectMany(checks => checks).Select(check => check.Message).Take(2));

    private static async Task SignInAsync(IPage page, UiText ui, Reader reader)
    {
        switch (reader)
        {
            case Reader.Member:
                await page.RegisterAsync(ui, "접근성 점검 회원 이서윤");
                break;
            case Reader.Moderator or Reader.BrandTeam:
                await page.GotoAsync("/account/login");
                await page.GetByLabel(ui["Email"]).FillAsync(reader == Reader.Moderator ? DemoModerator : DemoBrandTeam);
                await page.GetByLabel(ui["Password"]).FillAsync(DemoPassword);
                await page.GetByRole(AriaRole.Button, new() { Name = ui["LogIn"] }).ClickAsync();
                await Expect(page.GetByRole(AriaRole.Button, new() { Name = ui["LogOut"] })).ToBeVisibleAsync();
                break;
        }
    }

    /// <summary>The pages each reader comes to most: lists, a post of each kind, the forms, and their role's own pages.</summary>
    private static async Task<List<string>> PagesAsync(IPage page, Reader reader)
    {
        await page.GotoAsync("/questions?sort=Votes");
        var question = (await page.Locator("main a[href^='/questions/']:not([href*='ask'])").First.GetAttributeAsync("href"))!.Split('#')[0];
        return reader switch
        {
            Reader.Visitor => ["/", "/questions", question, "/tags", "/ideas", await FirstAsync(page, "/ideas", "a[href^='/ideas/']:not([href$='new']):not([href$='delivered']):not([href$='stats']):not([href$='queue'])"),
                "/products", await FirstAsync(page, "/products", "a[href^='/products/']:not([href$='manage'])"), "/leaderboard", "/badges",
                "/search?q=필터", "/account/login", "/account/register", await FirstAsync(page, "/leaderboard", "a[href^='/users/']")],
            Reader.Member => [question, "/questions/ask", "/ideas/new", "/rewards", "/spaces", "/notifications", "/messages",
                "/account/preferences", "/account/theme", "/account/two-factor"],
            Reader.Moderator => [question, "/moderation/flags", "/moderation/review", "/moderation/edits", "/moderation/vote-fraud", "/moderation/audit"],
            _ => ["/brand", "/brand/advocates", "/brand/at-risk", "/brand/health", "/brand/lifecycle?days=90", "/brand/look", "/ideas/queue", "/ideas/stats",
                "/products/manage", "/rewards/manage", await FirstAsync(page, "/brand/advocates", "a[href^='/brand/members/']")],
        };
    }

    private static async Task<string> FirstAsync(IPage page, string list, string selector)
    {
        await page.GotoAsync(list);
        var href = await page.Locator($"main {selector}").First.GetAttributeAsync("href");
        Assert.False(string.IsNullOrEmpty(href), $"no link on {list}");
        return href!.Split('#')[0];
    }
}
