using System.Net;
using Community.Core.Content;
using Community.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Community.Tests.Web.Questions;

/// <summary>Every write is checked on the server, per resource — whatever the page shows or hides.</summary>
public class WriteAuthorizationTests(CommunityFactory factory) : IClassFixture<CommunityFactory>
{
    [Fact]
    public async Task Anonymous_writes_are_sent_to_log_in_and_change_nothing()
    {
        var asker = await factory.RegisterAsync("Anon target");
        var id = await asker.AskAsync("What does the blinking orange light mean?");
        var anonymous = factory.Browser();

        var answer = await anonymous.PostFormAsync($"/questions/{id}/answers/new",
            ("Answer.Body", "An anonymous answer that is long enough to be posted."));
        var ask = await anonymous.GetAsync("/questions/ask");

        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        Assert.Equal("/account/login", answer.Headers.Location!.AbsolutePath);
        Assert.Equal("/account/login", ask.Headers.Location!.AbsolutePath);
        Assert.Equal(0, await factory.WithDbAsync(db => db.Answers.CountAsync(a => a.QuestionId == id)));
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused()
    {
        var member = await factory.RegisterAsync("Forged");
        var before = await factory.WithDbAsync(db => db.Questions.CountAsync());

        var response = await member.PostFormWithoutTokenAsync("/questions/ask",
            ("Input.Title", "A forged question title here"), ("Input.Body", "A forged body that is long enough to be saved."), ("Input.Tags", "csrf"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, await factory.WithDbAsync(db => db.Questions.CountAsync()));
    }

    [Fact]
    public async Task A_member_cannot_edit_or_delete_someone_elses_question()
    {
        var owner = await factory.RegisterAsync("Owner");
        var intruder = await factory.RegisterAsync("Intruder");
        var id = await owner.AskAsync("Owner's original question title");

        var editPage = await intruder.GetAsync($"/questions/{id}/edit");
        var edit = await intruder.PostFormAsync($"/questions/{id}/edit",
            ("Input.Title", "Hijacked title for the question"), ("Input.Body", "Hijacked body that is long enough to pass."), ("Input.Tags", "hijack"));
        var delete = await intruder.PostFormAsync($"/questions/{id}/edit?handler=Delete");

        Assert.Equal(HttpStatusCode.Redirect, editPage.StatusCode);
        Assert.Contains("/account/access-denied", editPage.Headers.Location!.ToString());
        Assert.Contains("/account/access-denied", edit.Headers.Location!.ToString());
        Assert.Contains("/account/access-denied", delete.Headers.Location!.ToString());
        var question = await factory.WithDbAsync(db => db.Questions.SingleAsync(q => q.Id == id));
        Assert.Equal("Owner's original question title", question.Title);
        Assert.False(question.IsDeleted);
    }

    [Fact]
    public async Task A_member_cannot_edit_or_delete_someone_elses_answer()
    {
        var asker = await factory.RegisterAsync("Answer owner asker");
        var answerer = await factory.RegisterAsync("Answer owner");
        var intruder = await factory.RegisterAsync("Answer intruder");
        var id = await asker.AskAsync("Which filter fits the 2023 model?");
        var answerId = await answerer.AnswerAsync(id, "The H13 filter fits every model made since 2021.");

        var edit = await intruder.PostFormAsync($"/answers/{answerId}/edit", ("Input.Body", "Hijacked answer body that is long enough."));
        var delete = await intruder.PostFormAsync($"/answers/{answerId}/edit?handler=Delete");

        Assert.Contains("/account/access-denied", edit.Headers.Location!.ToString());
        Assert.Contains("/account/access-denied", delete.Headers.Location!.ToString());
        var answer = await factory.WithDbAsync(db => db.Answers.SingleAsync(a => a.Id == answerId));
        Assert.Equal("The H13 filter fits every model made since 2021.", answer.BodyMarkdown);
        Assert.False(answer.IsDeleted);
    }

    [Fact]
    public async Task Only_the_asker_can_accept_an_answer()
    {
        var asker = await factory.RegisterAsync("Accept asker");
        var answerer = await factory.RegisterAsync("Accept answerer");
        var id = await asker.AskAsync("Can I run the purifier all night?");
        var answerId = await answerer.AnswerAsync(id);

        var refused = await answerer.PostFormAsync($"/questions/{id}/answers/accept", ("answerId", answerId.ToString()));
        Assert.Contains("/account/access-denied", refused.Headers.Location!.ToString());
        Assert.Null(await factory.WithDbAsync(db => db.Questions.Where(q => q.Id == id).Select(q => q.AcceptedAnswerId).SingleAsync()));

        var accepted = await asker.PostFormAsync($"/questions/{id}/answers/accept", ("answerId", answerId.ToString()));
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Equal(answerId, await factory.WithDbAsync(db => db.Questions.Where(q => q.Id == id).Select(q => q.AcceptedAnswerId).SingleAsync()));
    }

    [Fact]
    public async Task Nobody_can_vote_on_their_own_post()
    {
        var asker = await factory.RegisterAsync("Self voter");
        var id = await asker.AskAsync("Is it fine to vote for myself?");

        var response = await asker.PostFormAsync($"/questions/{id}/votes/cast",
            ("Vote.Kind", nameof(PostKind.Question)), ("Vote.PostId", id.ToString()), ("Vote.Direction", "up"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("You can&#x27;t vote on your own post.", await response.Content.ReadAsStringAsync());
        Assert.Equal(0, await factory.WithDbAsync(db => db.Questions.Where(q => q.Id == id).Select(q => q.Score).SingleAsync()));
        Assert.Equal(0, await factory.WithDbAsync(db => db.Votes.CountAsync(v => v.PostId == id && v.PostKind == PostKind.Question)));
    }

    [Fact]
    public async Task A_vote_can_be_cast_repeated_changed_and_retracted_and_the_score_follows()
    {
        var asker = await factory.RegisterAsync("Vote asker");
        var voter = await factory.RegisterAsync("Voter");
        var id = await asker.AskAsync("Does the vacuum map several floors?");
        async Task<int> Vote(string direction)
        {
            await voter.PostFormAsync($"/questions/{id}/votes/cast",
                ("Vote.Kind", nameof(PostKind.Question)), ("Vote.PostId", id.ToString()), ("Vote.Direction", direction));
            return await factory.WithDbAsync(db => db.Questions.Where(q => q.Id == id).Select(q => q.Score).SingleAsync());
        }

        Assert.Equal(1, await Vote("up"));
        Assert.Equal(1, await Vote("up"));
        Assert.Equal(-1, await Vote("down"));
        Assert.Equal(0, await Vote("none"));
        Assert.Equal(0, await factory.WithDbAsync(db => db.Votes.CountAsync(v => v.PostId == id && v.PostKind == PostKind.Question)));
    }
}
