using System.Net;
using Community.Tests.Support;
using Community.Tests.Web.Operations;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace Community.Tests.Web.ScaleOut;

/// <summary>
/// Redis dies under two nodes (SIGKILL) and comes back. Meanwhile both nodes go on serving: visitors' pages come from
/// the database instead of the shared cache, members read threads and post answers, and what a member posts is stored
/// and shown on the other node at once. Once Redis is back, live messages cross between the nodes again. Its own Redis,
/// so no other class sees the outage.
/// </summary>
[Collection(OperatorProcesses.Name)]
public class RedisOutageTests(TwoNodesOnTheirOwnRedis nodes) : IClassFixture<TwoNodesOnTheirOwnRedis>
{
    [TwoNodeFact]
    public async Task While_Redis_is_away_both_nodes_serve_and_take_answers_and_once_it_is_back_live_messages_cross_again()
    {
        var (asker, _) = await nodes.MemberAsync("Outage asker");
        var (reader, _) = await nodes.MemberAsync("Outage reader");
        var questionId = await asker.OnA.AskAsync("Does the forum keep going while Redis is away?");
        using var visitor = nodes.Visitor();
        visitor.OnA.DefaultRequestHeaders.Host = visitor.OnB.DefaultRequestHeaders.Host = "community.example";
        var page = (await visitor.OnB.GetAsync($"/questions/{questionId}")).Headers.Location?.OriginalString ?? $"/questions/{questionId}";
        Assert.Equal(HttpStatusCode.OK, (await visitor.OnB.GetAsync(page)).StatusCode);   // now in the shared cache
        Assert.Contains("Does the forum keep going", await reader.OnB.GetStringAsync(page));

        await nodes.KillRedisAsync();

        // A visitor's page: rendered from the database on either node.
        var during = await visitor.OnA.GetAsync(page);
        Assert.Equal(HttpStatusCode.OK, during.StatusCode);
        Assert.Contains("Does the forum keep going", await during.Content.ReadAsStringAsync());
        // A member's answer on A is taken, stored, and on B's pages at once (B cannot serve a stale shared copy).
        var text = $"Posted on node A while Redis was away {Guid.NewGuid():N}";
        var answerId = await asker.OnA.AnswerAsync(questionId, text);
        Assert.Equal(1, await nodes.ScalarAsync<long>("SELECT COUNT(*) FROM \"Answers\" WHERE \"Id\" = @p0", answerId));
        Assert.Contains(text, await visitor.OnB.GetStringAsync(page));
        Assert.Contains(text, await reader.OnB.GetStringAsync(page));

        await nodes.StartRedisAsync();

        // The nodes reconnect by themselves (within seconds). Until then a page's live connection may be refused (its
        // script tries again, as here); from then on an answer on A reaches a page on B live.
        var heard = System.Threading.Channels.Channel.CreateUnbounded<int>();
        HubConnection? live = null;
        var attempt = 0;
        try
        {
            await Eventually.TrueAsync(async () =>
            {
                attempt++;
                if (live?.State != HubConnectionState.Connected)
                {
                    if (live is not null) await live.DisposeAsync();
                    live = TwoNodes.Live(reader, nodes.AddressB);
                    live.On<int, int>("AnswerPosted", (_, id) => heard.Writer.TryWrite(id));
                    try
                    {
                        await live.StartAsync();
                        await live.InvokeAsync<int>("JoinQuestion", questionId);
                    }
                    catch (Exception refused) when (refused is HttpRequestException or InvalidOperationException or HubException)
                    {
                        return false;
                    }
                }
                var id = await asker.OnA.AnswerAsync(questionId, $"Posted on node A after Redis came back, try {attempt}");
                using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                try
                {
                    while (await heard.Reader.ReadAsync(wait.Token) != id) { }
                    return true;
                }
                catch (OperationCanceledException)
                {
                    return false;   // not heard within 2 s: the nodes were not back yet; another answer tries again
                }
            }, TimeSpan.FromSeconds(45), () => $"after {attempt} tries, no answer on A reached the page on B live");
        }
        finally
        {
            if (live is not null) await live.DisposeAsync();
        }
    }
}
