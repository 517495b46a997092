using System.Net;
using Community.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Community.Tests.Web.Moderation;

/// <summary>A factory with the first-post queue on, as in production.</summary>
public sealed class HoldingFactory : CommunityFactory
{
    protected override bool HoldFirstPosts => true;
}

public class FirstPostQueueTests(HoldingFactory factory) : IClassFixture<HoldingFactory>
{
    [Fact]
    public async Task A_new_members_first_question_waits_for_review_and_later_ones_publish_at_once()
    {
        var newcomer = await factory.RegisterAsync("Queued newcomer");
        var id = await newcomer.AskAsync("My very first question on this forum");

        Assert.Contains("Your post is waiting for review by a moderator.", await newcomer.QuestionPageAsync(id));
        Assert.Equal(HttpStatusCode.NotFound, (await factory.Browser().GetAsync($"/questions/{id}")).StatusCode);
        Assert.DoesNotContain("My very first question on this forum", await factory.Browser().GetStringAsync("/questions?sort=newest"));
        var moderator = await factory.AdminAsync();
        Assert.Contains("My very first question on this forum", await moderator.GetStringAsync("/moderation/review"));
        Assert.Contains("\"review\":", await moderator.GetStringAsync("/moderation/counts"));

        Assert.Equal(HttpStatusCode.Redirect, (await moderator.ModerateAsync("Approve", ("kind", "question"), ("postId", id.ToString()))).StatusCode);

        Assert.Contains("My very first question on this forum", await factory.Browser().QuestionPageAsync(id));
        var second = await newcomer.AskAsync("A second question that needs no review");
        Assert.Contains("A second question that needs no review", await factory.Browser().QuestionPageAsync(second));
    }

    [Fact]
    public async Task A_held_answer_stays_off_the_count_and_the_askers_bell_until_approved()
    {
        var moderator = await factory.AdminAsync();
        var asker = await factory.RegisterAsync("Approved asker");
        var questionId = await asker.AskAsync("Which filter fits the older AirPure?");
        await moderator.ModerateAsync("Approve", ("kind", "question"), ("postId", questionId.ToString()));
        var newcomer = await factory.RegisterAsync("Answering newcomer");
        var answerId = await newcomer.AnswerAsync(questionId, "The H13 filter fits every AirPure made since 2021, I checked.");

        Assert.Contains("Your post is waiting for review", await newcomer.QuestionPageAsync(questionId));
        Assert.DoesNotContain("The H13 filter fits", await asker.QuestionPageAsync(questionId));
        Assert.Equal(0, await factory.WithDbAsync(db => db.Questions.Where(q => q.Id == questionId).Select(q => q.AnswerCount).SingleAsync()));
        const string newAnswer = "New answer to “Which filter fits the older AirPure?”.";
        Assert.DoesNotContain(newAnswer, WebUtility.HtmlDecode(await asker.GetStringAsync("/notifications")));

        await moderator.ModerateAsync("Approve", ("kind", "answer"), ("postId", answerId.ToString()));

        Assert.Contains("The H13 filter fits", await asker.QuestionPageAsync(questionId));
        Assert.Equal(1, await factory.WithDbAsync(db => db.Questions.Where(q => q.Id == questionId).Select(q => q.AnswerCount).SingleAsync()));
        Assert.Contains(newAnswer, WebUtility.HtmlDecode(await asker.GetStringAsync("/notifications")));
        Assert.Contains("was approved and is now public", WebUtility.HtmlDecode(await newcomer.GetStringAsync("/notifications")));
    }

    [Fact]
    public async Task A_rejected_first_post_stays_hidden_and_staff_never_wait()
    {
        var moderator = await factory.AdminAsync();
        var spammer = await factory.RegisterAsync("Rejected newcomer");
        var id = await spammer.AskAsync("Cheap watches, visit my shop today!!");

        await moderator.ModerateAsync("Reject", ("kind", "question"), ("postId", id.ToString()));

        Assert.Equal(HttpStatusCode.NotFound, (await factory.Browser().GetAsync($"/questions/{id}")).StatusCode);
        Assert.Contains("deleted by a moderator", await moderator.QuestionPageAsync(id));
        var staffQuestion = await moderator.AskAsync("A staff announcement that publishes at once");
        Assert.Contains("A staff announcement that publishes at once", await factory.Browser().QuestionPageAsync(staffQuestion));
    }

    [Fact]
    public async Task Deleting_a_spammer_also_takes_their_waiting_posts_out_of_the_first_post_queue()
    {
        var moderator = await factory.AdminAsync();
        var spammer = await factory.RegisterAsync("스팸 계정");
        var spammerId = await factory.MemberIdAsync("스팸 계정");
        var id = await spammer.AskAsync($"최저가 이어폰 지금 구매하세요 {Guid.NewGuid().ToString("N")[..4]}");
        Assert.Contains($"/questions/{id}", await moderator.GetStringAsync("/moderation/review"));

        var deleted = await moderator.SubmitAsync($"/users/{spammerId}", UiText.For("en")["DeleteSpammer"]);

        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.DoesNotContain($"/questions/{id}", await moderator.GetStringAsync("/moderation/review"));
        Assert.Equal("spammer", await factory.WithDbAsync(db => db.Questions.IgnoreQueryFilters().Where(q => q.Id == id).Select(q => q.HiddenReason).SingleAsync()));
    }

    [Fact]
    public async Task A_moderator_sees_a_held_post_as_waiting_for_their_review_with_approve_and_reject_but_no_undelete()
    {
        var ui = UiText.For("en");
        var moderator = await factory.AdminAsync();
        var newcomer = await factory.RegisterAsync("Held newcomer");
        var id = await newcomer.AskAsync($"Is the ANC Pro waterproof enough for running in rain {Guid.NewGuid().ToString("N")[..4]}?");

        var (forms, html, _) = await moderator.FormsOnAsync($"/questions/{id}/x");
        var buttons = forms.SelectMany(PageForms.SubmitButtons).Select(PageForms.ButtonText).ToList();

        Assert.Contains(ui["HeldPostModeratorNotice"], WebUtility.HtmlDecode(html));
        Assert.DoesNotContain(ui["WaitingForReview"], WebUtility.HtmlDecode(html));
        Assert.Contains(ui["ApprovePost"], buttons);
        Assert.Contains(ui["RejectPost"], buttons);
        Assert.DoesNotContain(ui["UndeletePost"], buttons);
        Assert.Contains(ui["WaitingForReview"], await newcomer.QuestionPageAsync(id));
    }
}

/// <summary>First posts publish at once but are listed for a moderator ("review" mode).</summary>
public sealed class ReviewingFactory : CommunityFactory
{
    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Moderation:FirstPosts", "review");
    }
}

public class PublishedFirstPostTests(ReviewingFactory factory) : IClassFixture<ReviewingFactory>
{
    [Fact]
    public async Task A_first_post_publishes_at_once_and_waits_in_the_queue_until_a_moderator_has_looked()
    {
        var newcomer = await factory.RegisterAsync("Reviewed newcomer");
        var id = await newcomer.AskAsync("A first question that publishes straight away");

        Assert.Contains("A first question that publishes straight away", await factory.Browser().QuestionPageAsync(id));
        var moderator = await factory.AdminAsync();
        var queue = WebUtility.HtmlDecode(await moderator.GetStringAsync("/moderation/review"));
        Assert.Contains("A first question that publishes straight away", queue[queue.IndexOf("published-first-posts", StringComparison.Ordinal)..]);

        await moderator.ModerateAsync("Reviewed", ("kind", "question"), ("postId", id.ToString()));

        Assert.DoesNotContain("A first question that publishes straight away", WebUtility.HtmlDecode(await moderator.GetStringAsync("/moderation/review")));
        Assert.Contains("question.reviewed", await moderator.GetStringAsync("/moderation/audit"));
        var second = await newcomer.AskAsync("A second question needs no look");
        Assert.False(await factory.WithDbAsync(db => db.Questions.Where(q => q.Id == second).Select(q => q.NeedsReview).SingleAsync()));
    }
}
