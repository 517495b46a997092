using Community.Tests.Support;
using Community.Web.Realtime;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Community.Tests.Web.Realtime;

/// <summary>"N people viewing" counts the people on the page now, whichever transport their browser fell back to.</summary>
public class PresenceTests(CommunityFactory factory) : IClassFixture<CommunityFactory>
{
    /// <remarks>
    /// A dropped long-polling client is only noticed when the server gives up on it (ConnectionOptions.DisconnectTimeout,
    /// 15 s by default), long after the request that last served it ended; that is the path that used to throw.
    /// </remarks>
    [Fact]
    public async Task Viewers_who_leave_over_long_polling_stop_being_counted_whether_they_close_the_page_or_lose_the_network()
    {
        var asker = await factory.RegisterAsync("Presence asker");
        var id = await asker.AskAsync("Does the viewer count go down again when people leave?");
        var othersJoined = false;
        var backToOne = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var stayer = factory.HubConnection();
        stayer.On<int, int>("ViewerCountChanged", (question, count) =>
        {
            if (question == id && count == 1 && Volatile.Read(ref othersJoined)) backToOne.TrySetResult();
        });
        await stayer.StartAsync();
        Assert.Equal(1, await stayer.InvokeAsync<int>("JoinQuestion", id));

        // An anonymous visitor who closes the page (the client says goodbye), and a signed-in member (whose
        // connection is also tracked for suspensions) whose network drops.
        await using var closesThePage = factory.HubConnection();
        NetworkCable? cable = null;
        await using var losesTheNetwork = factory.HubConnection(asker, configure: options =>
            options.HttpMessageHandlerFactory = network => cable = new NetworkCable(network));
        foreach (var visitor in new[] { closesThePage, losesTheNetwork })
        {
            await visitor.StartAsync();
            await visitor.InvokeAsync<int>("JoinQuestion", id);
        }
        Volatile.Write(ref othersJoined, true);
        await closesThePage.StopAsync();
        cable!.Unplug();

        await backToOne.Task.WaitAsync(TimeSpan.FromSeconds(45));
        Assert.Equal(1, factory.Services.GetRequiredService<PresenceTracker>().Count(id));
        await using var newcomer = factory.HubConnection();
        await newcomer.StartAsync();
        Assert.Equal(2, await newcomer.InvokeAsync<int>("JoinQuestion", id));
    }

    /// <remarks>Before: every join sent the new count to everyone already there — 25 messages to the first viewer here,
    /// and 12.5 million for 5,000 people opening one popular question.</remarks>
    [Fact]
    public async Task A_crowd_arriving_at_once_is_announced_to_those_already_there_about_once_a_second_with_the_right_total()
    {
        var asker = await factory.RegisterAsync("인기 질문 작성자");
        var id = await asker.AskAsync("많은 사람이 한꺼번에 보는 질문은 어떻게 표시되나요?");
        var counts = new List<int>();
        var everyone = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var first = factory.HubConnection();
        first.On<int, int>("ViewerCountChanged", (question, count) =>
        {
            if (question != id) return;
            lock (counts) counts.Add(count);
            if (count == 26) everyone.TrySetResult();
        });
        await first.StartAsync();
        await first.InvokeAsync<int>("JoinQuestion", id);

        var started = System.Diagnostics.Stopwatch.StartNew();
        var crowd = Enumerable.Range(0, 25).Select(_ => factory.HubConnection()).ToList();
        try
        {
            await Task.WhenAll(crowd.Select(async visitor =>
            {
                await visitor.StartAsync();
                await visitor.InvokeAsync<int>("JoinQuestion", id);
            }));
            await everyone.Task.WaitAsync(TimeSpan.FromSeconds(30));
            var seconds = started.Elapsed.TotalSeconds;

            int[] heard;
            lock (counts) heard = [.. counts];
            Assert.Equal(26, heard[^1]);
            // At most one message per started second (plus the first one at once), however the joins were spread.
            Assert.True(heard.Length <= Math.Ceiling(seconds) + 1, $"{heard.Length} count messages in {seconds:0.0} s: {string.Join(", ", heard)}");
        }
        finally
        {
            foreach (var visitor in crowd) await visitor.DisposeAsync();
        }
    }
}
