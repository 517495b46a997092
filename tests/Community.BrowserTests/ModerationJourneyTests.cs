using Microsoft.AspNetCore.Hosting;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Community.BrowserTests;

/// <summary>The forum as configured in production for new members (first posts held); one trusted flag hides spam so one flagger suffices.</summary>
public sealed class ModeratedForum : LiveForum
{
    protected override bool HoldFirstPosts => true;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Moderation:AutoHideFlags", "1");
    }
}

public class ModerationJourneyTests(ModeratedForum forum) : IClassFixture<ModeratedForum>
{
    [Fact]
    public async Task A_first_post_waits_a_moderator_approves_it_live_a_flag_hides_spam_a_revision_is_restored_and_the_audit_shows_it_all()
    {
        var moderator = await forum.NewVisitorAsync();
        await moderator.LogInAsAdminAsync();
        await moderator.GotoAsync("/questions");
        await Expect(moderator.Locator("[data-queues-live=true]")).ToHaveCountAsync(1);

        // A new member's first question waits; the moderator's review badge counts it without a reload.
        var newcomer = await forum.NewVisitorAsync();
        await newcomer.RegisterAsync("Newcomer");
        var questionUrl = await newcomer.AskAsync("How long should the purifier run each day?", "I just bought one and wonder whether to run it all day or only at night.", "filter");
        await Expect(newcomer.GetByText("Your post is waiting for review by a moderator.")).ToBeVisibleAsync();
        await newcomer.WaitUntilLiveAsync();
        await Expect(moderator.Locator("[data-queue-count=review]")).ToHaveTextAsync("1");

        await moderator.GetByRole(AriaRole.Link, new() { Name = "Review" }).ClickAsync();
        var waiting = moderator.GetByRole(AriaRole.Article).Filter(new() { HasText = "How long should the purifier run each day?" });
        await waiting.GetByRole(AriaRole.Button, new() { Name = "Approve" }).ClickAsync();
        await Expect(moderator.GetByRole(AriaRole.Article).Filter(new() { HasText = "How long should the purifier run each day?" })).ToHaveCountAsync(0);
        await Expect(newcomer.Locator("[data-inbox-count]")).ToHaveTextAsync("1");
        var visitor = await forum.NewVisitorAsync();
        await visitor.GotoAsync(questionUrl);
        await Expect(visitor.GetByRole(AriaRole.Heading, new() { Name = "How long should the purifier run each day?" })).ToBeVisibleAsync();

        // A trusted member's spam flag hides a spam post at once.
        var spammer = await forum.NewVisitorAsync();
        var spammerName = await spammer.RegisterAsync("Watch seller");
        await forum.GrantAsync(spammerName, 300, 0);
        var spamUrl = await spammer.AskAsync("Cheap luxury watches, best prices today", "Visit my shop for cheap luxury watches, best prices guaranteed today only.", "filter");
        var flagger = await forum.NewVisitorAsync();
        var flaggerName = await flagger.RegisterAsync("Trusted regular");
        await forum.GrantAsync(flaggerName, 300, 0);
        await flagger.GotoAsync(spamUrl);
        await flagger.GetByText("Flag", new() { Exact = true }).First.ClickAsync();
        await flagger.GetByLabel("Spam", new() { Exact = true }).First.CheckAsync();
        await flagger.GetByRole(AriaRole.Button, new() { Name = "Send flag" }).First.ClickAsync();
        await Expect(flagger.GetByText("Thanks — a moderator will look at your flag.")).ToBeVisibleAsync();
        await visitor.GotoAsync("/questions?sort=newest");
        await Expect(visitor.GetByText("Cheap luxury watches, best prices today")).ToHaveCountAsync(0);
        await moderator.GotoAsync("/moderation/flags");
        var flagged = moderator.GetByRole(AriaRole.Article, new() { Name = "Flagged: Cheap luxury watches, best prices today" });
        await flagged.GetByRole(AriaRole.Button, new() { Name = "Helpful — delete post" }).ClickAsync();
        await Expect(moderator.GetByText("No open flags.")).ToBeVisibleAsync();

        // The newcomer's question is vandalised; the moderator restores the first revision.
        var questionPath = "/questions/" + new Uri(questionUrl).AbsolutePath.Split('/')[2];
        await newcomer.GotoAsync(questionPath + "/edit");
        await newcomer.GetByLabel("Body").FillAsync("Nothing to see here any more, this text replaced the question.");
        await newcomer.GetByRole(AriaRole.Button, new() { Name = "Save edits" }).ClickAsync();
        await Expect(newcomer.GetByText("Nothing to see here any more, this text replaced the question.")).ToBeVisibleAsync();
        await moderator.GotoAsync(questionPath + "/revisions");
        moderator.Dialog += (_, dialog) => dialog.AcceptAsync();
        await moderator.GetByRole(AriaRole.Button, new() { Name = "Roll back to revision 1" }).ClickAsync();
        await Expect(moderator.GetByText("I just bought one and wonder whether to run it all day or only at night.")).ToBeVisibleAsync();

        await moderator.GotoAsync("/moderation/audit");
        foreach (var action in new[] { "question.approve", "flags.helpful", "question.delete", "question.rollback" })
            await Expect(moderator.GetByRole(AriaRole.Cell, new() { Name = action, Exact = true }).First).ToBeVisibleAsync();
    }
}
