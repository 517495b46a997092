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
}
