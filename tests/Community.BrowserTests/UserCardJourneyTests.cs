using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Community.BrowserTests;

/// <summary>
/// A reader points at an asker's name and sees who they are — picture, level, reputation, where they help — without
/// leaving the question; the keyboard gets the same card on focus, and Escape puts it away.
/// </summary>
public class UserCardJourneyTests(LiveForum forum) : IClassFixture<LiveForum>
{
    [Theory]
    [InlineData("en")]
    [InlineData("ko")]
    public async Task Pointing_at_or_tabbing_to_a_name_shows_the_members_card_and_Escape_dismisses_it(string language)
    {
        var ui = UiText.For(language);
        var asker = await forum.NewVisitorAsync(ui, Shots.Desktop);
        var name = await asker.RegisterAsync(ui, "카드 주인 최유나");
        var title = $"세탁기 건조 기능이 약해졌어요 {Journeys.Tag()}";
        var url = await asker.AskAsync(ui, title, "건조 시간이 두 배로 늘었는데 필터 청소 말고 할 수 있는 게 있을까요?", $"세탁기 건조{Journeys.Tag()}");

        var reader = await forum.NewVisitorAsync(ui, Shots.Desktop);
        // The page's timers run on a clock the test can move forward (time still flows), so "the card stays" is checked
        // past the card's own hide delay without waiting for it.
        await reader.Clock.InstallAsync();
        await reader.GotoAsync(url);
        // Settled first, as a reader's page is by the time they point: the live line and the Korean font pieces can move
        // the name from under a pointer that arrived in the first milliseconds (then the card rightly does not open).
        await reader.WaitUntilLiveAsync();
        await reader.EvaluateAsync("() => document.fonts.ready.then(() => true)");
        // The asker is still on the page, so the count of readers arrives within a second of joining (it is coalesced):
        // the page's last live change. The en run once pointed before it and never saw the card (CI, 2026-12-02); the
        // cause was not proven, but a reader points at a page that has stopped changing.
        await Expect(reader.GetByText(ui.Plural("ViewersNow", 2))).ToBeVisibleAsync();
        var author = reader.Locator(".author-card").GetByRole(AriaRole.Link, new() { Name = name, Exact = true });
        var card = reader.GetByRole(AriaRole.Tooltip);

        await author.HoverAsync();
        await Expect(card).ToBeVisibleAsync();
        await Expect(card).ToContainTextAsync(name);
        await Expect(card).ToContainTextAsync(ui["Reputation"]);
        await Expect(card).ToContainTextAsync(ui["LevelShort", 1, forum.LevelName(1, language)]);
        await Expect(author).ToHaveAttributeAsync("aria-describedby", "user-card");
        await Shots.ShootAsync(reader, $"user-card-{language}", fullPage: false);
        await reader.Keyboard.PressAsync("Escape");
        await Expect(card).ToBeHiddenAsync();

        // Pointer leaves the name, then the keyboard reaches it: the card opened by focus stays — the pointer's pending
        // hide must not close it a moment later (the en run saw exactly that once in CI, 2026-12-02).
        await reader.Mouse.MoveAsync(0, 0);
        await author.FocusAsync();
        await Expect(card).ToBeVisibleAsync();
        await reader.Clock.RunForAsync(2_000);
        await Expect(card).ToBeVisibleAsync();
        await Expect(card).ToContainTextAsync(name);
        await reader.Keyboard.PressAsync("Tab");
        await Expect(card).ToBeHiddenAsync();
        Assert.Empty(forum.PageProblems);
    }
}
