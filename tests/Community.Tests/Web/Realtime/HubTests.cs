using Community.Core.Data;
using Community.Tests.Support;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Community.Tests.Web.Realtime;

public class HubTests(CommunityFactory factory) : IClassFixture<CommunityFactory>
{
    private HubConnection Connect(HttpClient? signedIn = null) => factory.HubConnection(signedIn);

    [Fact]
    public async Task Viewers_see_new_answers_and_viewer_counts()
    {
        var asker = await factory.RegisterAsync("Hub asker");
        var answerer = await factory.RegisterAsync("Hub answerer");
        var id = await asker.AskAsync("Does the live page update itself?");
        await using var watcher = Connect();
        var answered = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        watcher.On<int, int>("AnswerPosted", (_, answerId) => answered.TrySetResult(answerId));
        await watcher.StartAsync();

        var viewers = await watcher.InvokeAsync<int>("JoinQuestion", id);
        var answerId = await answerer.AnswerAsync(id);

        Assert.Equal(1, viewers);
        Assert.Equal(answerId, await answered.Task.WaitAsync(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task Joining_a_deleted_or_missing_question_is_refused()
    {
        var asker = await factory.RegisterAsync("Hub deleter");
        var id = await asker.AskAsync("This question will be deleted soon");
        await asker.PostFormAsync($"/questions/{id}/edit?handler=Delete");
        await using var stranger = Connect();
        await stranger.StartAsync();

        await Assert.ThrowsAsync<HubException>(() => stranger.InvokeAsync<int>("JoinQuestion", id));
        await Assert.ThrowsAsync<HubException>(() => stranger.InvokeAsync<int>("JoinQuestion", 987654));
    }

    [Fact]
    public async Task Anonymous_connections_cannot_vote()
    {
        var asker = await factory.RegisterAsync("Hub vote target");
        var id = await asker.AskAsync("Can anonymous people vote through the hub?");
        await using var anonymous = Connect();
        await anonymous.StartAsync();

        await Assert.ThrowsAsync<HubException>(() => anonymous.InvokeAsync<object>("Vote", "question", id, "up"));

        Assert.Equal(0, await factory.WithDbAsync(db => db.Votes.CountAsync(v => v.PostId == id)));
    }

    [Fact]
    public async Task Hub_votes_follow_the_same_rules_as_the_page()
    {
        var asker = await factory.RegisterAsync("Hub self voter");
        var voter = await factory.RegisterAsync("Hub voter");
        var id = await asker.AskAsync("Are hub votes checked on the server?");
        await using var own = await factory.PageHubConnectionAsync(asker);
        await using var other = await factory.PageHubConnectionAsync(voter);
        await own.StartAsync();
        await other.StartAsync();

        var refusal = await Assert.ThrowsAsync<HubException>(() => own.InvokeAsync<object>("Vote", "question", id, "up"));
        Assert.Contains("You can't vote on your own post.", refusal.Message);

        await other.InvokeAsync<object>("Vote", "question", id, "up");
        Assert.Equal(1, await factory.WithDbAsync(db => db.Questions.Where(q => q.Id == id).Select(q => q.Score).SingleAsync()));
    }
}
