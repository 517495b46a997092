using System.Net;
using Community.Core.Content;
using Community.Core.Voting;
using Community.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Community.Tests.Web.Moderation;

public class PostModerationTests(CommunityFactory factory) : IClassFixture<CommunityFactory>
{
    [Fact]
    public async Task A_question_closed_as_duplicate_links_the_original_and_takes_no_answers_until_reopened()
    {
        var asker = await factory.RegisterAsync("Duplicate asker");
        var answerer = await factory.RegisterAsync("Late answerer");
        var original = await asker.AskAsync("How do I reset the filter timer on the AirPure?");
        var copy = await asker.AskAsync("Filter timer reset on AirPure, how?");
        var moderator = await factory.AdminAsync();

        var closed = await moderator.ModerateAsync("Close", ("questionId", copy.ToString()), ("reason", "duplicate"), ("duplicateOf", original.ToString()));

        Assert.Equal(HttpStatusCode.Redirect, closed.StatusCode);
        var page = await answerer.QuestionPageAsync(copy);
        Assert.Contains("Duplicate of another question.", page);
        Assert.Contains($"href=\"/questions/{original}\">How do I reset the filter timer on the AirPure?</a>", page);
        var refused = await answerer.PostFormAsync($"/questions/{copy}/answers/new", ("Answer.Body", "An answer that arrives after the question was closed."), ("Answer.SubmissionId", Guid.NewGuid().ToString()));
        Assert.Contains("This question is closed and takes no new answers.", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()));

        await moderator.ModerateAsync("Reopen", ("questionId", copy.ToString()));
        await answerer.AnswerAsync(copy);
        Assert.Contains("question.close", await moderator.GetStringAsync("/moderation/audit"));
    }

    [Fact]
    public async Task A_locked_question_refuses_comments_votes_and_edits_and_members_cannot_lock()
    {
        var asker = await factory.RegisterAsync("Locked asker");
        var voter = await factory.RegisterAsync("Locked voter");
        var id = await asker.AskAsync("A heated thread that needs a cool-down");

        var forged = await voter.ModerateAsync("Lock", ("questionId", id.ToString()), ("locked", "true"));
        Assert.Contains("/account/access-denied", forged.Headers.Location!.ToString());
        await (await factory.AdminAsync()).ModerateAsync("Lock", ("questionId", id.ToString()), ("locked", "true"));

        var vote = await voter.PostFormAsync($"/questions/{id}/votes/cast", ("Vote.Kind", "Question"), ("Vote.PostId", id.ToString()), ("Vote.Direction", "up"));
        var comment = await voter.PostFormAsync($"/questions/{id}/comments/new", ("Comment.Body", "Trying to comment on a locked question."));
        var edit = await asker.PostFormAsync($"/questions/{id}/edit", ("Input.Title", "A heated thread, edited while locked"), ("Input.Body", "This body is long enough to be a valid question body."), ("Input.Tags", "wifi"));

        Assert.Contains("This question is locked.", WebUtility.HtmlDecode(await vote.Content.ReadAsStringAsync()));
        Assert.Contains("This question is locked.", WebUtility.HtmlDecode(await comment.Content.ReadAsStringAsync()));
        Assert.Contains("This question is locked.", WebUtility.HtmlDecode(await edit.Content.ReadAsStringAsync()));
        Assert.Equal(0, await factory.WithDbAsync(db => db.Questions.Where(q => q.Id == id).Select(q => q.Score).SingleAsync()));
        Assert.Contains("This question is locked", await voter.QuestionPageAsync(id));
    }

    [Fact]
    public async Task A_moderator_deletes_and_undeletes_an_answer_and_the_authors_reputation_returns_exactly()
    {
        var scenario = new Scenario(factory);
        var asker = await scenario.MemberAsync("Undelete asker");
        var author = await scenario.MemberAsync("Undelete author");
        var voter = await scenario.MemberAsync("Undelete voter", reputation: 200);
        var questionId = await scenario.AskAsync(asker);
        var answerId = await scenario.AnswerAsync(questionId, author);
        await scenario.VoteAsync(PostKind.Answer, answerId, VoteDirection.Up, voter);
        await scenario.AcceptAsync(answerId, asker);
        var before = await scenario.BalancesAsync(author);
        var askerBefore = await scenario.BalancesAsync(asker);
        var moderator = await factory.AdminAsync();

        await moderator.ModerateAsync("Delete", ("kind", "answer"), ("postId", answerId.ToString()));
        Assert.Equal((1, 0), await scenario.BalancesAsync(author));
        Assert.DoesNotContain("An answer long enough for the ledger tests", await factory.Browser().QuestionPageAsync(questionId));
        Assert.Contains("deleted by a moderator", await moderator.QuestionPageAsync(questionId));

        await moderator.ModerateAsync("Undelete", ("kind", "answer"), ("postId", answerId.ToString()));
        Assert.Equal(before, await scenario.BalancesAsync(author));
        Assert.Equal(askerBefore, await scenario.BalancesAsync(asker));
        Assert.Contains("An answer long enough for the ledger tests", await factory.Browser().QuestionPageAsync(questionId));
        var audit = await moderator.GetStringAsync("/moderation/audit");
        Assert.Contains("answer.delete", audit);
        Assert.Contains("answer.undelete", audit);
    }

    [Fact]
    public async Task Brand_staff_mark_an_official_answer_and_members_cannot()
    {
        var asker = await factory.RegisterAsync("Firmware asker");
        var answerer = await factory.RegisterAsync("Firmware answerer");
        var id = await asker.AskAsync("Is the firmware update safe to install?");
        var answerId = await answerer.AnswerAsync(id);

        var forged = await asker.ModerateAsync("Official", ("answerId", answerId.ToString()), ("official", "true"));
        Assert.Contains("/account/access-denied", forged.Headers.Location!.ToString());
        await (await factory.AdminAsync()).ModerateAsync("Official", ("answerId", answerId.ToString()), ("official", "true"));

        Assert.Contains("Official answer", await factory.Browser().QuestionPageAsync(id));
        Assert.True(await factory.WithDbAsync(db => db.Answers.Where(a => a.Id == answerId).Select(a => a.IsOfficial).SingleAsync()));
    }

    [Fact]
    public async Task A_pinned_question_leads_the_list()
    {
        var asker = await factory.RegisterAsync("Pinned asker");
        var id = await asker.AskAsync("Read this first: community guidelines for the forum");
        await (await factory.AdminAsync()).ModerateAsync("Pin", ("questionId", id.ToString()), ("pinned", "true"));

        var list = WebUtility.HtmlDecode(await factory.Browser().GetStringAsync("/questions"));
        var pinned = list[list.IndexOf("<h2 class=\"visually-hidden\" id=\"pinned-heading\">Pinned questions</h2>", StringComparison.Ordinal)..];
        Assert.Contains("Read this first: community guidelines for the forum", pinned[..pinned.IndexOf("</section>", StringComparison.Ordinal)]);
    }
}

public class MergeAndMoveTests(CommunityFactory factory) : IClassFixture<CommunityFactory>
{
    [Fact]
    public async Task Merging_moves_answers_and_their_comments_and_closes_the_source_as_a_duplicate()
    {
        var asker = await factory.RegisterAsync("Merge asker");
        var answerer = await factory.RegisterAsync("Merge answerer");
        var target = await asker.AskAsync("Which vacuum bags fit the RoboClean S2?");
        var source = await asker.AskAsync("RoboClean S2 bags: which ones fit?");
        var answerId = await answerer.AnswerAsync(source, "The S2 takes the type-B bags sold in packs of five, I use them.");
        await asker.PostFormAsync($"/questions/{source}/comments/new", ("Comment.AnswerId", answerId.ToString()), ("Comment.Body", "Thanks, that worked for me."));

        var merged = await (await factory.AdminAsync()).ModerateAsync("Merge", ("questionId", source.ToString()), ("targetId", target.ToString()));

        Assert.Equal(HttpStatusCode.Redirect, merged.StatusCode);
        var targetPage = await factory.Browser().QuestionPageAsync(target);
        Assert.Contains("type-B bags", targetPage);
        Assert.Contains("Thanks, that worked for me.", targetPage);
        Assert.Equal(1, await factory.WithDbAsync(db => db.Questions.Where(q => q.Id == target).Select(q => q.AnswerCount).SingleAsync()));
        var sourceQuestion = await factory.WithDbAsync(db => db.Questions.SingleAsync(q => q.Id == source));
        Assert.Equal(("duplicate", target, 0), (sourceQuestion.CloseReason, sourceQuestion.DuplicateOfId, sourceQuestion.AnswerCount));
    }

    [Fact]
    public async Task Moving_changes_product_and_tags_and_keeps_tag_counts_right()
    {
        var asker = await factory.RegisterAsync("Move asker");
        var id = await asker.AskAsync("Asked under the wrong product and tag", tags: "wrongtag");
        var product = await factory.WithDbAsync(async db =>
        {
            var p = new Community.Core.Products.Product { Name = "Mover", Slug = $"mover-{Guid.NewGuid():N}"[..14] };
            db.Products.Add(p);
            await db.SaveChangesAsync();
            return p.Id;
        });

        await (await factory.AdminAsync()).ModerateAsync("Move", ("questionId", id.ToString()), ("productId", product.ToString()), ("tags", "righttag"));

        var moved = await factory.WithDbAsync(db => db.Questions.Where(q => q.Id == id).Select(q => new { q.ProductId, Tags = q.Tags.Select(t => t.Name).ToList() }).SingleAsync());
        Assert.Equal(product, moved.ProductId);
        Assert.Equal(["righttag"], moved.Tags);
        Assert.Equal(0, await factory.WithDbAsync(db => db.Tags.Where(t => t.Name == "wrongtag").Select(t => t.QuestionCount).SingleAsync()));
        Assert.Contains("question.move", await (await factory.AdminAsync()).GetStringAsync("/moderation/audit"));
    }
}
