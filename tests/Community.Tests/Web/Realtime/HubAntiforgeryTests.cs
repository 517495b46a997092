using Community.Tests.Support;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;

namespace Community.Tests.Web.Realtime;

/// <summary>A hub connection writes only with the antiforgery token of a page its member was shown, like a form post.</summary>
public class HubAntiforgeryTests(CommunityFactory factory) : IClassFixture<CommunityFactory>
{
    [Fact]
    public async Task A_vote_without_the_pages_token_is_refused_and_changes_nothing()
    {
        var asker = await factory.RegisterAsync("Token asker");
        var voter = await factory.RegisterAsync("Token voter");
        var id = await asker.AskAsync("Can a hub vote be forged without the page?");
        await using var noToken = factory.HubConnection(voter);
        await using var forgedToken = factory.HubConnection(voter, pageToken: "CfDJ8-not-a-real-token");
        await using var someoneElsesToken = factory.HubConnection(voter, pageToken: await asker.TokenAsync("/account/login"));

        foreach (var connection in new[] { noToken, forgedToken, someoneElsesToken })
        {
            await connection.StartAsync();
            var refusal = await Assert.ThrowsAsync<HubException>(() => connection.InvokeAsync<object>("Vote", "question", id, "up"));
            Assert.Contains(UiText.For("en")["LiveWriteNeedsReload"], refusal.Message);
        }
        Assert.Equal(0, await ScoreAsync(id));
        Assert.Equal(0, await factory.WithDbAsync(db => db.Votes.CountAsync(v => v.PostId == id)));

        // Reading live still works without a token: the page joins its question and hears the count.
        Assert.Equal(1, await noToken.InvokeAsync<int>("JoinQuestion", id));

        await using var fromThePage = await factory.PageHubConnectionAsync(voter);
        await fromThePage.StartAsync();
        await fromThePage.InvokeAsync<object>("Vote", "question", id, "up");
        Assert.Equal(1, await ScoreAsync(id));
    }

    private Task<int> ScoreAsync(int questionId) =>
        factory.WithDbAsync(db => db.Questions.Where(q => q.Id == questionId).Select(q => q.Score).SingleAsync());
}
