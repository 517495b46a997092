using System.Net;
using Community.Core.Content;
using Community.Core.Moderation;
using Community.Core.Reputation;
using Community.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Community.Tests.Web.Moderation;

public class SuggestedEditTests(CommunityFactory factory) : IClassFixture<CommunityFactory>
{
    private const string Improved = "How do I reset the filter timer? I pressed the button for three seconds but the light stays red.";

    [Fact]
    public async Task A_members_suggested_edit_waits_is_approved_and_credits_its_proposer()
    {
        var author = await factory.RegisterAsync("Edit target author");
        var helper = await factory.RegisterAsync("Edit helper");
        var helperId = await factory.MemberIdAsync("Edit helper");
        var id = await author.AskAsync("Filter timer will not reset after replacing");

        var suggested = await helper.PostFormAsync($"/questions/{id}/suggest", ("Title", "Filter timer will not reset after replacing"), ("Body", Improved), ("Tags", "filter"), ("Summary", "Added what I tried"));
        Assert.Equal(HttpStatusCode.Redirect, suggested.StatusCode);
        Assert.DoesNotContain("light stays red", await factory.Browser().QuestionPageAsync(id));
        var again = await helper.PostFormAsync($"/questions/{id}/suggest", ("Title", "Filter timer will not reset after replacing"), ("Body", Improved + " Again."), ("Tags", "filter"));
        Assert.Contains("You already have an edit waiting on this post.", WebUtility.HtmlDecode(await again.Content.ReadAsStringAsync()));

        var admin = await factory.AdminAsync();
        var queue = WebUtility.HtmlDecode(await admin.GetStringAsync("/moderation/edits"));
        Assert.Contains("Added what I tried", queue);
        Assert.Contains("light stays red", queue);
        var suggestionId = await factory.WithDbAsync(db => db.SuggestedEdits.Where(s => s.PostId == id && s.ProposerId == helperId).Select(s => s.Id).SingleAsync());
        await admin.PostFormAsync("/moderation/edits", ("suggestionId", suggestionId.ToString()), ("approve", "true"));

        Assert.Contains("light stays red", await factory.Browser().QuestionPageAsync(id));
        var last = await factory.WithDbAsync(db => db.PostRevisions.Where(r => r.PostKind == PostKind.Question && r.PostId == id).OrderByDescending(r => r.Number).FirstAsync());
        Assert.Equal(helperId, last.EditorId);
        Assert.Equal(2, await factory.WithDbAsync(db => db.ReputationEntries.Where(e => e.MemberId == helperId && e.Reason == ReputationReason.EditApproved).SumAsync(e => e.Points)));
        Assert.Contains("edit.approve", await admin.GetStringAsync("/moderation/audit"));
        var sideBySide = WebUtility.HtmlDecode(await factory.Browser().GetStringAsync($"/questions/{id}/revisions?view=side"));
        Assert.Contains("aria-label=\"Side by side\"", sideBySide);
        Assert.Contains("light stays red", sideBySide);
    }

    [Fact]
    public async Task Privileged_editors_apply_at_once_and_others_cannot_review()
    {
        var scenario = new Scenario(factory);
        var author = await scenario.MemberAsync("Privileged target");
        var editor = await scenario.MemberAsync("Seasoned editor", reputation: 2500);
        var questionId = await scenario.AskAsync(author);

        var applied = await scenario.RunAsync<bool, SuggestEdits>(s => s.ProposeAsync(PostKind.Question, questionId,
            new EditProposal("A question for the ledger tests, clarified", "A body long enough for the ledger tests to pass, now clearer.", "ledger", null), editor));

        Assert.True(applied);
        Assert.Equal("A question for the ledger tests, clarified", await factory.WithDbAsync(db => db.Questions.Where(q => q.Id == questionId).Select(q => q.Title).SingleAsync()));
        var member = await factory.RegisterAsync("Unprivileged reviewer");
        Assert.Contains("/account/access-denied", (await member.GetAsync("/moderation/edits")).Headers.Location!.ToString());
        var own = await factory.RegisterAsync("Own post suggester");
        var ownQuestion = await own.AskAsync("A question whose author tries to suggest");
        var refused = await own.PostFormAsync($"/questions/{ownQuestion}/suggest", ("Title", "A question whose author tries to suggest"), ("Body", Improved), ("Tags", "wifi"));
        Assert.Contains("This is your post: edit it directly.", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()));
    }
}
