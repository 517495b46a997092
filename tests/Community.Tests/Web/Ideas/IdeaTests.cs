using System.Net;
using Community.Core.Ideas;
using Community.Core.Reputation;
using Community.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Community.Tests.Web.Ideas;

public class IdeaTests(CommunityFactory factory) : IClassFixture<CommunityFactory>
{
    private Task<Idea> IdeaAsync(int id) => factory.WithDbAsync(db => db.Ideas.AsNoTracking().SingleAsync(i => i.Id == id));

    [Fact]
    public async Task A_submitted_idea_shows_its_status_carries_the_authors_vote_and_pays_points_once()
    {
        var author = await factory.RegisterAsync("Idea author");
        var id = await author.SubmitIdeaAsync("Switch off the LED in night mode");

        var page = await author.PageAsync($"/ideas/{id}");
        Assert.Contains("Switch off the LED in night mode", page);
        Assert.Contains("role=\"status\" aria-label=\"Status\">New</span>", page);
        Assert.Contains("data-vote-count>1</div>", page);
        Assert.Contains("aria-pressed=\"true\" title=\"Remove vote\"><i class=\"bi bi-check-lg\" aria-hidden=\"true\"></i> Vote</button>", page);
        var authorId = (await IdeaAsync(id)).AuthorId;
        Assert.Equal(2, await factory.WithDbAsync(db => db.ReputationEntries.Where(e => e.MemberId == authorId && e.Reason == ReputationReason.IdeaSubmitted).SumAsync(e => e.Points)));
        Assert.Contains("Switch off the LED in night mode", await factory.Browser().PageAsync("/ideas?sort=newest"));
    }

    [Theory]
    [InlineData("Too short", IdeaForms.Description, "Titles are 10–150 characters.")]
    [InlineData("A perfectly reasonable idea title", "too short", "Descriptions are 30–10,000 characters.")]
    public async Task Bad_ideas_get_a_clear_message_and_save_nothing(string title, string description, string message)
    {
        var member = await factory.RegisterAsync("Careless proposer");
        var response = await member.PostFormAsync("/ideas/new", ("Input.Title", title), ("Input.Description", description), ("Input.SubmissionId", Guid.NewGuid().ToString()));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        Assert.False(await factory.WithDbAsync(db => db.Ideas.AnyAsync(i => i.Title == title)));
    }

    [Fact]
    public async Task One_vote_per_member_repeats_change_nothing_and_a_vote_can_be_removed()
    {
        var author = await factory.RegisterAsync("Vote target author");
        var voter = await factory.RegisterAsync("Idea voter");
        var id = await author.SubmitIdeaAsync("Schedule quiet mode by room");

        await voter.VoteIdeaAsync(id);
        await voter.VoteIdeaAsync(id);
        Assert.Equal(2, (await IdeaAsync(id)).VoteCount);
        Assert.Contains("aria-pressed=\"true\" title=\"Remove vote\"><i class=\"bi bi-check-lg\" aria-hidden=\"true\"></i> Vote</button>", await voter.PageAsync($"/ideas/{id}"));

        await voter.VoteIdeaAsync(id, vote: false);
        await voter.VoteIdeaAsync(id, vote: false);
        Assert.Equal(1, (await IdeaAsync(id)).VoteCount);
        Assert.Contains("aria-pressed=\"false\"><i class=\"bi bi-hand-thumbs-up\" aria-hidden=\"true\"></i> Vote</button>", await voter.PageAsync($"/ideas/{id}"));
    }

    [Fact]
    public async Task Members_cannot_change_status_and_see_no_status_controls()
    {
        var author = await factory.RegisterAsync("Status hopeful");
        var id = await author.SubmitIdeaAsync("Please plan my own idea right now");

        var response = await author.ChangeStatusAsync(id, "Planned", "I plan it myself.");

        Assert.Contains("/account/access-denied", response.Headers.Location!.ToString());
        Assert.Equal(IdeaStatus.New, (await IdeaAsync(id)).Status);
        Assert.DoesNotContain("Update status", await author.PageAsync($"/ideas/{id}"));
        Assert.Contains("Update status", await (await factory.AdminAsync()).PageAsync($"/ideas/{id}"));
    }

    [Fact]
    public async Task Planning_tells_voters_and_followers_but_not_strangers_and_rewards_the_author_once()
    {
        var author = await factory.RegisterAsync("Planned author");
        var voter = await factory.RegisterAsync("Planned voter");
        var follower = await factory.RegisterAsync("Planned follower");
        var stranger = await factory.RegisterAsync("Planned stranger");
        var admin = await factory.AdminAsync();
        var id = await author.SubmitIdeaAsync("Multi-floor maps for the robot vacuum");
        await voter.VoteIdeaAsync(id);
        await follower.PostFormAsync($"/ideas/{id}?handler=Follow", ("follow", "true"));

        Assert.Equal(HttpStatusCode.Redirect, (await admin.ChangeStatusAsync(id, "Planned", "On the **2027** roadmap.")).StatusCode);
        await admin.ChangeStatusAsync(id, "InProgress", "Building it.");
        await admin.ChangeStatusAsync(id, "Planned", "Slipped back to planned, sorry.");

        var page = await stranger.PageAsync($"/ideas/{id}");
        Assert.Contains("aria-label=\"Status\">Planned</span>", page);
        Assert.Contains("On the <strong>2027</strong> roadmap.", page);
        const string notice = "An idea you back, “Multi-floor maps for the robot vacuum”, is planned.";
        Assert.Contains(notice, await voter.PageAsync("/notifications"));
        Assert.Contains(notice, await follower.PageAsync("/notifications"));
        Assert.Contains(notice, await author.PageAsync("/notifications"));
        Assert.DoesNotContain("Multi-floor maps", await stranger.PageAsync("/notifications"));
        var authorId = (await IdeaAsync(id)).AuthorId;
        Assert.Equal(25, await factory.WithDbAsync(db => db.ReputationEntries.Where(e => e.MemberId == authorId && e.Reason == ReputationReason.IdeaPlanned).SumAsync(e => e.Points)));
    }

    [Fact]
    public async Task Illegal_moves_and_missing_messages_are_refused_with_a_reason()
    {
        var author = await factory.RegisterAsync("Refused author");
        var admin = await factory.AdminAsync();
        var id = await author.SubmitIdeaAsync("Deliver this one without planning");

        var skip = await admin.ChangeStatusAsync(id, "Delivered", "Done!");
        var silent = await admin.ChangeStatusAsync(id, "UnderReview", "  ");
        var noReason = await admin.ChangeStatusAsync(id, "NotPlanned", "");
        var badLink = await admin.ChangeStatusAsync(id, "Planned", "Planned.", releaseNote: "javascript:alert(1)");

        Assert.Equal(HttpStatusCode.Conflict, skip.StatusCode);
        Assert.Contains("An idea cannot move from New to Delivered.", WebUtility.HtmlDecode(await skip.Content.ReadAsStringAsync()));
        Assert.Contains("Every status change needs a public message.", WebUtility.HtmlDecode(await silent.Content.ReadAsStringAsync()));
        Assert.Contains("Not planned needs a reason.", WebUtility.HtmlDecode(await noReason.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.Redirect, badLink.StatusCode); // a release note only matters for Delivered, and is ignored otherwise
        Assert.Equal(IdeaStatus.Planned, (await IdeaAsync(id)).Status);
        Assert.Equal(1, await factory.WithDbAsync(db => db.IdeaStatusChanges.CountAsync(c => c.IdeaId == id)));
    }

    [Fact]
    public async Task A_duplicate_merges_votes_without_double_counting_and_moves_its_followers()
    {
        var first = await factory.RegisterAsync("Original proposer");
        var second = await factory.RegisterAsync("Duplicate proposer");
        var both = await factory.RegisterAsync("Votes for both");
        var onlyDuplicate = await factory.RegisterAsync("Votes duplicate only");
        var admin = await factory.AdminAsync();
        var target = await first.SubmitIdeaAsync("Filter subscription with delivery");
        var duplicate = await second.SubmitIdeaAsync("Send me filters automatically");
        await both.VoteIdeaAsync(target);
        await both.VoteIdeaAsync(duplicate);
        await onlyDuplicate.VoteIdeaAsync(duplicate);

        var merged = await admin.ChangeStatusAsync(duplicate, "Duplicate", "Same as the subscription idea — votes moved.", duplicateOf: target);

        Assert.Equal(HttpStatusCode.Redirect, merged.StatusCode);
        var (targetIdea, duplicateIdea) = (await IdeaAsync(target), await IdeaAsync(duplicate));
        Assert.Equal(4, targetIdea.VoteCount); // first, both, second, onlyDuplicate — "both" counted once
        Assert.Equal(4, await factory.WithDbAsync(db => db.IdeaVotes.CountAsync(v => v.IdeaId == target)));
        Assert.Equal(0, duplicateIdea.VoteCount);
        Assert.Equal(target, duplicateIdea.DuplicateOfId);
        var secondId = duplicateIdea.AuthorId;
        Assert.True(await factory.WithDbAsync(db => db.IdeaFollowers.AnyAsync(f => f.IdeaId == target && f.MemberId == secondId)));
        Assert.Contains("Send me filters automatically", await first.PageAsync($"/ideas/{target}"));
        Assert.Contains($"href=\"/ideas/{target}\">Filter subscription with delivery</a>", await first.PageAsync($"/ideas/{duplicate}"));
        Assert.Equal(0, await factory.WithDbAsync(db => db.ReputationEntries.Where(e => e.Source == SubmitIdea.Source(duplicate)).SumAsync(e => e.Points)));
        Assert.Equal(HttpStatusCode.Conflict, (await onlyDuplicate.VoteIdeaAsync(duplicate)).StatusCode);
    }

    [Fact]
    public async Task Merging_into_itself_or_a_missing_idea_is_refused()
    {
        var author = await factory.RegisterAsync("Self merger");
        var admin = await factory.AdminAsync();
        var id = await author.SubmitIdeaAsync("An idea that cannot merge into itself");

        var self = await admin.ChangeStatusAsync(id, "Duplicate", "Merging.", duplicateOf: id);
        var missing = await admin.ChangeStatusAsync(id, "Duplicate", "Merging.", duplicateOf: 987654);

        Assert.Contains("Give the number of an existing, open idea", WebUtility.HtmlDecode(await self.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Equal(IdeaStatus.New, (await IdeaAsync(id)).Status);
    }

    [Fact]
    public async Task Delivered_ideas_reach_the_changelog_crediting_author_and_voters_with_the_release_note()
    {
        var author = await factory.RegisterAsync("Changelog author");
        var voter = await factory.RegisterAsync("Changelog voter");
        var admin = await factory.AdminAsync();
        var id = await author.SubmitIdeaAsync("Dark mode that follows the phone");
        await voter.VoteIdeaAsync(id);
        await admin.ChangeStatusAsync(id, "Planned", "Planned for 5.3.");
        await admin.ChangeStatusAsync(id, "InProgress", "Designing it.");
        await admin.ChangeStatusAsync(id, "Delivered", "Shipped in **app 5.3**.", releaseNote: "https://example.com/notes/5.3");

        var changelog = await factory.Browser().PageAsync("/ideas/delivered");
        var entry = changelog[changelog.IndexOf("Dark mode that follows the phone", StringComparison.Ordinal)..];
        Assert.Contains("Shipped in <strong>app 5.3</strong>.", entry);
        Assert.Contains("Changelog author", entry);
        Assert.Contains("Changelog voter", entry);
        Assert.Contains("href=\"https://example.com/notes/5.3\"", entry);
        var authorId = (await IdeaAsync(id)).AuthorId;
        Assert.Equal(50, await factory.WithDbAsync(db => db.ReputationEntries.Where(e => e.MemberId == authorId && e.Reason == ReputationReason.IdeaDelivered).SumAsync(e => e.Points)));
    }

    [Fact]
    public async Task Crossing_the_threshold_starts_the_response_clock_and_a_brand_comment_answers_it()
    {
        var scenario = new Scenario(factory);
        var author = await scenario.MemberAsync("Threshold author");
        var idea = await scenario.RunAsync<Idea, SubmitIdea>(submit => submit.ExecuteAsync(new IdeaInput("Recycle old filters by mail", IdeaForms.Description, null, Guid.NewGuid()), author));
        for (var i = 0; i < 9; i++)
        {
            var voter = await scenario.MemberAsync($"Threshold voter {i}");
            await scenario.RunAsync<IdeaVoteResult, VoteIdea>(vote => vote.ExecuteAsync(idea.Id, true, voter));
        }
        Assert.NotNull((await IdeaAsync(idea.Id)).ResponseDueAt);
        var admin = await factory.AdminAsync();
        await factory.WithDbAsync(db => db.Ideas.Where(i => i.Id == idea.Id).ExecuteUpdateAsync(s => s.SetProperty(i => i.ResponseDueAt, DateTime.UtcNow.AddDays(-1))));
        var queue = await admin.PageAsync("/ideas/queue");
        Assert.Contains("Recycle old filters by mail", queue[queue.IndexOf("overdue-heading", StringComparison.Ordinal)..queue.IndexOf("id=\"due-heading\"", StringComparison.Ordinal)]);

        await admin.PostFormAsync($"/ideas/{idea.Id}?handler=Comment", ("comment", "We are looking into recycling partners."));

        var answered = await IdeaAsync(idea.Id);
        Assert.Null(answered.ResponseDueAt);
        Assert.NotNull(answered.FirstBrandResponseAt);
        Assert.DoesNotContain("Recycle old filters by mail", await admin.PageAsync("/ideas/queue"));
        Assert.Contains("Brand team", await factory.Browser().PageAsync($"/ideas/{idea.Id}"));
    }

    [Fact]
    public async Task The_queue_is_for_the_brand_team_only_and_the_statistics_are_public()
    {
        var member = await factory.RegisterAsync("Queue peeker");
        var queue = await member.GetAsync("/ideas/queue");
        Assert.NotEqual(HttpStatusCode.OK, queue.StatusCode);
        var stats = await factory.Browser().PageAsync("/ideas/stats");
        Assert.Contains("Median time to first response", stats);
        Assert.Contains("Ideas answered", stats);
    }

    [Fact]
    public async Task A_moderator_converts_a_question_into_an_idea_keeping_author_followers_and_a_link()
    {
        var asker = await factory.RegisterAsync("Converted asker");
        var answerer = await factory.RegisterAsync("Converted answerer");
        var questionId = await asker.AskAsync("Could the purifier learn my sleep schedule?");
        await answerer.AnswerAsync(questionId);

        Assert.Contains("/account/access-denied", (await answerer.PostFormAsync($"/questions/{questionId}/ideas/convert")).Headers.Location!.ToString());
        var converted = await (await factory.AdminAsync()).PostFormAsync($"/questions/{questionId}/ideas/convert");

        Assert.Equal(HttpStatusCode.Redirect, converted.StatusCode);
        var ideaId = Members.IdFrom(converted, "/ideas/");
        var idea = await IdeaAsync(ideaId);
        var askerId = await factory.WithDbAsync(db => db.Questions.Where(q => q.Id == questionId).Select(q => q.AuthorId).SingleAsync());
        Assert.Equal(askerId, idea.AuthorId);
        Assert.Equal(questionId, idea.FromQuestionId);
        Assert.Equal(2, await factory.WithDbAsync(db => db.IdeaFollowers.CountAsync(f => f.IdeaId == ideaId)));
        var questionUrl = (await factory.Browser().GetAsync($"/questions/{questionId}")).Headers.Location!.OriginalString;
        Assert.Contains($"href=\"/ideas/{ideaId}\"", await factory.Browser().PageAsync(questionUrl));
        Assert.Contains("“Could the purifier learn my sleep schedule?” became an idea", await asker.PageAsync("/notifications"));
    }

    [Fact]
    public async Task Search_finds_ideas_and_similar_titles_are_suggested_while_typing()
    {
        var author = await factory.RegisterAsync("Searchable proposer");
        var id = await author.SubmitIdeaAsync("Zeolite cartridge for odours");

        var results = await factory.Browser().PageAsync("/search?q=zeolite");
        Assert.Contains("Matching ideas", results);
        Assert.Contains($"href=\"/ideas/{id}\"", results);
        Assert.Contains($"href=\"/ideas/{id}\"", await factory.Browser().PageAsync("/ideas/similar?title=better%20zeolite%20filters"));
        // Query syntax is plain text: "OR" does not widen the search, so the idea (which lacks "near(x") is not found.
        Assert.DoesNotContain($"href=\"/ideas/{id}\"", await factory.Browser().PageAsync("/search?q=\"zeolite OR NEAR(x\""));
    }

    [Fact]
    public async Task The_author_edits_an_open_idea_keeping_revisions_and_nobody_else_can()
    {
        var author = await factory.RegisterAsync("Idea editor");
        var other = await factory.RegisterAsync("Idea meddler");
        var id = await author.SubmitIdeaAsync("Quiter fan for the night mode");

        var edited = await author.PostFormAsync($"/ideas/{id}/edit", ("Title", "Quieter fan for the night mode"), ("Description", IdeaForms.Description + " Below 20 dB would be ideal."));
        var forged = await other.PostFormAsync($"/ideas/{id}/edit", ("Title", "Hijacked idea title here"), ("Description", IdeaForms.Description));

        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        Assert.Contains("/account/access-denied", forged.Headers.Location!.ToString());
        Assert.Contains("Quieter fan for the night mode", await factory.Browser().PageAsync($"/ideas/{id}"));
        Assert.Equal(2, await factory.WithDbAsync(db => db.PostRevisions.CountAsync(r => r.PostKind == Community.Core.Content.PostKind.Idea && r.PostId == id)));
    }
}
