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
    [Theory]
    [InlineData("en")]
    [InlineData("ko")]
    public async Task A_first_post_waits_a_moderator_approves_it_live_a_flag_hides_spam_a_revision_is_restored_and_the_audit_shows_it_all(string language)
    {
        var ui = UiText.For(language);
        var title = $"공기청정기는 하루에 몇 시간 켜 두는 게 좋을까요? {Journeys.Tag()}";
        const string body = "얼마 전에 처음 샀는데 하루 종일 켜 둘지, 밤에만 켤지 고민이에요.";
        var spamTitle = $"명품 시계 오늘만 최저가 특가로 판매합니다 {Journeys.Tag()}";
        const string vandalised = "이제 볼 것 없어요. 원래 질문은 지워지고 이 글로 바뀌었어요.";

        var moderator = await forum.NewVisitorAsync(ui);
        await moderator.LogInAsAdminAsync(ui);
        await moderator.GotoAsync("/questions");
        await Expect(moderator.Locator("[data-queues-live=true]")).ToHaveCountAsync(1);

        // A new member's first question waits; the moderator's review badge counts it without a reload.
        var newcomer = await forum.NewVisitorAsync(ui);
        await newcomer.RegisterAsync(ui, "새로 온 이웃");
        var questionUrl = await newcomer.AskAsync(ui, title, body, "공기청정기");
        await Expect(newcomer.GetByText(ui["WaitingForReview"])).ToBeVisibleAsync();
        await newcomer.WaitUntilLiveAsync();
        await Expect(moderator.Locator("[data-queue-count=review]")).ToHaveTextAsync("1");

        await moderator.GetByRole(AriaRole.Link, new() { Name = ui["ReviewNav"] }).ClickAsync();
        var waiting = moderator.GetByRole(AriaRole.Article).Filter(new() { HasText = title });
        await waiting.GetByRole(AriaRole.Button, new() { Name = ui["ApprovePost"] }).ClickAsync();
        await Expect(moderator.GetByRole(AriaRole.Article).Filter(new() { HasText = title })).ToHaveCountAsync(0);
        // Approved, the question counts as asked: the author is told, and earns the first-question badge now (not while it waited).
        await Expect(newcomer.Locator("[data-inbox-count]")).ToHaveTextAsync("2");
        // The author's "waiting for review" notice clears on their open page, without a reload.
        await Expect(newcomer.GetByText(ui["WaitingForReview"])).ToHaveCountAsync(0);
        var visitor = await forum.NewVisitorAsync(ui);
        await visitor.GotoAsync(questionUrl);
        await Expect(visitor.GetByRole(AriaRole.Heading, new() { Name = title })).ToBeVisibleAsync();

        // A trusted member's spam flag hides a spam post at once.
        var spammer = await forum.NewVisitorAsync(ui);
        var spammerName = await spammer.RegisterAsync(ui, "시계 파는 사람");
        await forum.GrantAsync(spammerName, 300, 0);
        var spamUrl = await spammer.AskAsync(ui, spamTitle, "저희 쇼핑몰에서 명품 시계를 오늘만 최저가로 드려요. 지금 바로 방문하세요!", "공기청정기");
        var flagger = await forum.NewVisitorAsync(ui);
        var flaggerName = await flagger.RegisterAsync(ui, "믿음직한 단골");
        await forum.GrantAsync(flaggerName, 300, 0);
        await flagger.GotoAsync(spamUrl);
        await flagger.GetByText(ui["Flag"], new() { Exact = true }).First.ClickAsync();
        await flagger.GetByLabel(ui["FlagReason_spam"], new() { Exact = true }).First.CheckAsync();
        await flagger.GetByRole(AriaRole.Button, new() { Name = ui["SendFlag"] }).First.ClickAsync();
        await Expect(flagger.GetByText(ui["FlagThanks"])).ToBeVisibleAsync();
        await visitor.GotoAsync("/questions?sort=newest");
        await Expect(visitor.GetByText(spamTitle)).ToHaveCountAsync(0);
        await moderator.GotoAsync("/moderation/flags");
        var flagged = moderator.GetByRole(AriaRole.Article, new() { Name = ui["FlaggedItem", spamTitle] });
        await flagged.GetByRole(AriaRole.Button, new() { Name = ui["FlagDecision_DeletePost"] }).ClickAsync();
        await Expect(moderator.GetByText(ui["NoOpenFlags"])).ToBeVisibleAsync();

        // The newcomer's question is vandalised; the moderator restores the first revision.
        var questionPath = "/questions/" + QuestionId(questionUrl);
        await newcomer.GotoAsync(questionPath + "/edit");
        await newcomer.GetByLabel(ui["Body"]).FillAsync(vandalised);
        await newcomer.GetByRole(AriaRole.Button, new() { Name = ui["SaveEdits"] }).ClickAsync();
        await Expect(newcomer.GetByText(vandalised)).ToBeVisibleAsync();
        await moderator.GotoAsync(questionPath + "/revisions");
        moderator.Dialog += (_, dialog) => dialog.AcceptAsync();
        await moderator.GetByRole(AriaRole.Button, new() { Name = ui["RollBackTo", 1] }).ClickAsync();
        await Expect(moderator.GetByText(body)).ToBeVisibleAsync();

        // Audit actions and subjects are stable codes, the same in every language; each row names this run's posts.
        await moderator.GotoAsync("/moderation/audit");
        var questionSubject = "question:" + QuestionId(questionUrl);
        var spamSubject = "question:" + QuestionId(spamUrl);
        foreach (var (action, subject) in new[] { ("question.approve", questionSubject), ("flags.helpful", spamSubject), ("question.delete", spamSubject), ("question.rollback", questionSubject) })
            await Expect(moderator.GetByRole(AriaRole.Row)
                .Filter(new() { Has = moderator.GetByRole(AriaRole.Cell, new() { Name = action, Exact = true }) })
                .Filter(new() { Has = moderator.GetByRole(AriaRole.Cell, new() { Name = subject, Exact = true }) })).ToHaveCountAsync(1);
    }

    private static string QuestionId(string questionUrl) => new Uri(questionUrl).AbsolutePath.Split('/')[2];
}
