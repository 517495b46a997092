using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Community.BrowserTests;

/// <summary>A forum with the demo data, as a newcomer starts it from the README.</summary>
public sealed class DemoForum : LiveForum
{
    protected override bool SeedDemo => true;
}

/// <summary>
/// Every page an admin can reach, in English on a desktop and in Korean on a phone, over the demo data: no page
/// breaks the Content-Security-Policy (no inline style or script) and no script throws.
/// </summary>
public class PageHealthTests(DemoForum forum) : IClassFixture<DemoForum>
{
    private static readonly string[] Pages =
    [
        "/", "/questions", "/questions?sort=Votes", "/questions/ask", "/tags", "/leaderboard", "/badges", "/privileges", "/search?q=필터",
        "/ideas", "/ideas/new", "/ideas/queue", "/ideas/delivered", "/ideas/stats", "/products", "/products/manage", "/rewards", "/rewards/manage",
        "/spaces", "/spaces/manage", "/notifications", "/moderation/flags", "/moderation/review", "/moderation/edits", "/moderation/vote-fraud",
        "/moderation/audit", "/admin/members", "/admin/reputation", "/account/two-factor", "/account/preferences", "/messages",
        "/brand", "/brand/advocates", "/brand/advocates?sort=rising", "/brand/lifecycle?days=90", "/brand/at-risk", "/brand/health", "/brand/health?days=90",
    ];

    [Theory]
    [InlineData("en", 1366, 900)]
    [InlineData("ko", 390, 844)]
    public async Task Every_page_an_admin_reaches_keeps_the_content_security_policy_and_runs_its_scripts(string language, int width, int height)
    {
        var ui = UiText.For(language);
        // The brand pages list what the roll-up wrote; the start-up run may not have come yet on a busy machine.
        await forum.RollUpAsync();
        var admin = await forum.NewVisitorAsync(ui);
        await admin.LogInAsAdminAsync(ui);
        await admin.SetViewportSizeAsync(width, height);

        // The pages behind the lists: a question, an idea, a product, a tag, a space, a profile and its activity.
        var found = new List<string>();
        foreach (var (list, selector) in new[]
        {
            ("/questions", "a[href^='/questions/']:not([href*='ask'])"), ("/ideas", "a[href^='/ideas/']:not([href$='new']):not([href$='queue']):not([href$='delivered']):not([href$='stats'])"),
            ("/products", "a[href^='/products/']:not([href$='manage'])"), ("/tags", "a[href^='/tags/']"), ("/spaces", "a[href^='/spaces/']:not([href$='manage'])"),
            ("/brand/advocates", "a[href^='/brand/members/']"), ("/leaderboard", "a[href^='/users/']"),
        })
        {
            await admin.GotoAsync(list);
            var href = await admin.Locator($"main {selector}").First.GetAttributeAsync("href");
            Assert.False(string.IsNullOrEmpty(href), $"no link on {list}");
            found.Add(href!);
        }
        found.Add(found[^1] + "/answers");
        found.Add(found[0].Split('#')[0].Split('/').Take(3).Aggregate((a, b) => a + "/" + b) + "/revisions");

        foreach (var path in Pages.Concat(found))
        {
            var response = await admin.GotoAsync(path);
            Assert.True(response!.Ok, $"{path} answered {response.Status}");
            await Expect(admin.Locator("main")).ToBeVisibleAsync();
        }

        Assert.Empty(forum.PageProblems);
    }
}
