using System.Collections.Concurrent;
using System.Net;
using Community.Tests.Support;
using Community.Tests.Web.Operations;
using Microsoft.AspNetCore.SignalR.Client;

namespace Community.Tests.Web.ScaleOut;

/// <summary>
/// A node dies (SIGKILL, as the OOM killer or a power cut) while members are posting: the other node serves, a reader
/// whose live connection was on the dead node reconnects to the living one and hears new answers there, and every
/// answer that was acknowledged is stored exactly once. The writers signed in on A keep posting on B: that needs the
/// key ring in Redis (with a key ring per node B refuses them). Its own pair of nodes: this class kills one of them.
/// </summary>
[Collection(OperatorProcesses.Name)]
public class NodeLossTests(TwoNodes nodes) : IClassFixture<TwoNodes>
{
    private const int Writers = 3;
    private const int AnswersEach = 8;

    [TwoNodeFact]
    public async Task When_node_A_is_killed_mid_stream_node_B_serves_readers_reconnect_and_no_acknowledged_answer_is_lost()
    {
        var (asker, _) = await nodes.MemberAsync("Asker before the crash");
        var questionId = await asker.OnA.AskAsync("Does anything go missing when a node dies?");
        var writers = await Task.WhenAll(Enumerable.Range(1, Writers).Select(i => nodes.MemberAsync($"Writer {i}")));
        using var reader = nodes.Visitor();
        var onA = TwoNodes.Live(reader, nodes.AddressA);
        var lostNode = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        onA.Closed += _ =>
        {
            lostNode.TrySetResult();
            return Task.CompletedTask;
        };
        await onA.StartAsync();
        await onA.InvokeAsync<int>("JoinQuestion", questionId);

        var acknowledged = new ConcurrentBag<string>();
        var posting = writers.Select((writer, i) => PostAnswersAsync(writer.Person, questionId, i, acknowledged)).ToList();
        await Eventually.TrueAsync(() => Task.FromResult(acknowledged.Count >= Writers * 2 || posting.Any(p => p.IsFaulted)), TimeSpan.FromSeconds(60),
            () => $"{acknowledged.Count} answers before the crash");
        if (posting.FirstOrDefault(p => p.IsFaulted) is { } refused) await refused;
        nodes.A.Kill();
        await Task.WhenAll(posting);

        // The page's script reconnects (the proxy now sends it to B), re-joins and hears what is posted next.
        await lostNode.Task.WaitAsync(TimeSpan.FromSeconds(15));
        await onA.DisposeAsync();
        await using var onB = TwoNodes.Live(reader, nodes.AddressB);
        var heard = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        onB.On<int, int>("AnswerPosted", (_, answerId) => heard.TrySetResult(answerId));
        await onB.StartAsync();
        await onB.InvokeAsync<int>("JoinQuestion", questionId);
        var afterCrash = await asker.OnB.AnswerAsync(questionId, $"Posted on node B after node A died {Guid.NewGuid():N}");
        Assert.Equal(afterCrash, await heard.Task.WaitAsync(TimeSpan.FromSeconds(15)));

        Assert.Equal(Writers * AnswersEach, acknowledged.Count);
        foreach (var text in acknowledged)
            Assert.Equal(1L, await nodes.ScalarAsync<long>("SELECT count(*) FROM \"Answers\" WHERE \"BodyMarkdown\" = @p0", text));
    }

    /// <summary>
    /// One member posting answers one after another, alternating nodes as a round-robin proxy does. A post that cannot
    /// reach its node goes to the other (as HAProxy's redispatch does) with the same submission id, so an answer stored
    /// just before the node died is not stored twice. Only a redirect back counts as acknowledged.
    /// </summary>
    private static async Task PostAnswersAsync(TwoNodes.Person writer, int questionId, int index, ConcurrentBag<string> acknowledged)
    {
        for (var n = 0; n < AnswersEach; n++)
        {
            var text = $"Answer {n} from writer {index}, which must survive a node crash {Guid.NewGuid():N}";
            var submission = Guid.NewGuid().ToString();
            HttpResponseMessage? response = null;
            foreach (var node in (n + index) % 2 == 0 ? new[] { writer.OnA, writer.OnB } : [writer.OnB, writer.OnA])
            {
                try
                {
                    response = await node.PostFormAsync($"/questions/{questionId}/answers/new", ("Answer.Body", text), ("Answer.SubmissionId", submission));
                    break;
                }
                catch (HttpRequestException)
                {
                    // The node is gone; the next one gets the same submission.
                }
            }
            // Acknowledged: sent on to the new answer (a redirect to the sign-in page would be a refusal).
            Assert.Equal(HttpStatusCode.Redirect, response?.StatusCode);
            Assert.Contains("#answer-", response!.Headers.Location?.OriginalString);
            acknowledged.Add(text);
        }
    }
}
