using System.Net;
using Community.Core.Reputation;
using Community.Core.Spaces;
using Community.Tests.Support;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;

namespace Community.Tests.Web.Spaces;

/// <summary>A question in a private space must not show up anywhere for anyone outside it.</summary>
public class SpaceInvisibilityTests(CommunityFactory factory) : IClassFixture<CommunityFactory>
{
    private const string SecretTitle = "Zebrafish roadmap for the next purifier";
    private readonly Scenario _scenario = new(factory);

    private async Task<(HttpClient Insider, int InsiderId, int QuestionId, int AnswerId)> PrivateQuestionAsync(string title = SecretTitle)
    {
        var insider = await factory.RegisterAsync("Circle insider");
        var insiderId = await factory.WithDbAsync(db => db.Users.OrderByDescending(m => m.Id).Select(m => m.Id).FirstAsync());
        var spaceId = await factory.WithDbAsync(db => db.Spaces.Where(s => s.Slug == "advisory-circle").Select(s => s.Id).SingleAsync());
        await _scenario.RunAsync<bool, ManageSpaces>(async m =>
        {
            var name = await factory.WithDbAsync(db => db.Users.Where(u => u.Id == insiderId).Select(u => u.DisplayName).SingleAsync());
            await m.AddMemberAsync(spaceId, name, insiderId);
            return true;
        });
        var response = await insider.PostFormAsync("/questions/ask", ("Input.Title", title), ("Input.Body", "Private plans that only the circle may read, long enough."),
            ("Input.Tags", "zebrafish"), ("Input.SpaceId", spaceId.ToString()), ("Input.SubmissionId", Guid.NewGuid().ToString()));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var questionId = Members.IdFrom(response, "/questions/");
        var answerId = await insider.AnswerAsync(questionId, "An insider's answer inside the circle, long enough to count.");
        return (insider, insiderId, questionId, answerId);
    }

    [Fact]
    public async Task A_members_card_names_tags_from_private_questions_only_to_those_who_may_read_them()
    {
        var (insider, insiderId, _, _) = await PrivateQuestionAsync("Zebrafish filters for the circle only");
        var outsider = await factory.RegisterAsync("Card outsider");

        Assert.Contains("zebrafish", await insider.GetStringAsync($"/users/{insiderId}/card"));
        foreach (var client in new[] { outsider, factory.Browser() })
        {
            var card = await client.GetStringAsync($"/users/{insiderId}/card");
            Assert.Contains("Circle insider", card);
            Assert.DoesNotContain("zebrafish", card);
        }
    }

    [Fact]
    public async Task Outsiders_and_visitors_find_it_nowhere()
    {
        var (_, insiderId, questionId, answerId) = await PrivateQuestionAsync();
        var outsider = await factory.RegisterAsync("Outsider");
        foreach (var client in new[] { outsider, factory.Browser() })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/questions/{questionId}/x")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/questions/{questionId}?handler=Answer&answerId={answerId}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/spaces/advisory-circle")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/questions/{questionId}/revisions")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/tags/zebrafish")).StatusCode);
            foreach (var url in new[] { "/", "/questions", "/questions?sort=active", "/tags", $"/users/{insiderId}", "/search?q=zebrafish", "/questions/similar?title=zebrafish%20roadmap" })
                Assert.DoesNotContain("Zebrafish", await (await client.GetAsync(url)).Content.ReadAsStringAsync());
        }
    }

    [Fact]
    public async Task Outsiders_cannot_answer_comment_or_vote_on_it()
    {
        var (_, _, questionId, answerId) = await PrivateQuestionAsync("Zebrafish second private question");
        var outsider = await factory.RegisterAsync("Writing outsider");

        var answer = await outsider.PostFormAsync($"/questions/{questionId}/answers/new", ("Answer.Body", "Sneaking an answer into a private space here."));
        var comment = await outsider.PostFormAsync($"/questions/{questionId}/comments/new", ("Comment.Body", "sneaky comment"));
        var vote = await outsider.PostFormAsync($"/questions/{questionId}/votes/cast", ("Vote.Kind", "Answer"), ("Vote.PostId", answerId.ToString()), ("Vote.Direction", "up"));

        Assert.Equal(HttpStatusCode.NotFound, answer.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, comment.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, vote.StatusCode);
        Assert.Equal(1, await factory.WithDbAsync(db => db.Answers.IgnoreQueryFilters().CountAsync(a => a.QuestionId == questionId)));
        Assert.Equal(0, await factory.WithDbAsync(db => db.Comments.IgnoreQueryFilters().CountAsync(c => c.QuestionId == questionId)));
        Assert.Equal(0, await factory.WithDbAsync(db => db.Votes.CountAsync(v => v.PostId == answerId)));
    }

    [Fact]
    public async Task The_hub_refuses_outsiders_and_admits_insiders()
    {
        var (insider, _, questionId, _) = await PrivateQuestionAsync("Zebrafish question for the hub");
        await using var outsiderConnection = Connect(null);
        await using var insiderConnection = Connect(insider);
        await outsiderConnection.StartAsync();
        await insiderConnection.StartAsync();

        await Assert.ThrowsAsync<HubException>(() => outsiderConnection.InvokeAsync<int>("JoinQuestion", questionId));
        Assert.Equal(1, await insiderConnection.InvokeAsync<int>("JoinQuestion", questionId));
    }

    [Fact]
    public async Task Insiders_level_five_members_and_staff_see_it()
    {
        var (insider, _, questionId, _) = await PrivateQuestionAsync("Zebrafish question insiders read");
        var veteran = await factory.RegisterAsync("Veteran insider");
        var veteranId = await factory.MemberIdAsync("Veteran insider");
        await _scenario.RunAsync<bool, ReputationLedger>(async l => { await l.PostAsync(veteranId, ReputationReason.Adjustment, "test:veteran", new Balances(5000, 0)); return true; });
        var admin = await factory.AdminAsync();

        foreach (var (who, client) in new[] { ("insider", insider), ("veteran", veteran), ("admin", admin) })
        {
            Assert.True((await client.GetStringAsync("/spaces/advisory-circle")).Contains("Zebrafish question insiders read"), $"{who} cannot see the space's question");
            Assert.True((await client.GetStringAsync("/search?q=zebrafish")).Contains("<mark>Zebrafish</mark> question insiders read"), $"{who} cannot find it");
            Assert.Equal(HttpStatusCode.MovedPermanently, (await client.GetAsync($"/questions/{questionId}")).StatusCode);
        }
    }

    [Fact]
    public async Task A_member_cannot_post_into_a_space_that_is_not_open_to_them()
    {
        var outsider = await factory.RegisterAsync("Space gatecrasher");
        var spaceId = await factory.WithDbAsync(db => db.Spaces.Where(s => s.Slug == "beta-programme").Select(s => s.Id).SingleAsync());

        var response = await outsider.PostFormAsync("/questions/ask", ("Input.Title", "Gatecrashing the beta programme now"), ("Input.Body", "Trying to post where I was not invited at all."),
            ("Input.Tags", "beta"), ("Input.SpaceId", spaceId.ToString()), ("Input.SubmissionId", Guid.NewGuid().ToString()));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("You can&#x27;t post in that space.", await response.Content.ReadAsStringAsync());
        Assert.False(await factory.WithDbAsync(db => db.Questions.IgnoreQueryFilters().AnyAsync(q => q.Title == "Gatecrashing the beta programme now")));
    }

    private HubConnection Connect(HttpClient? signedIn) => factory.HubConnection(signedIn);
}
