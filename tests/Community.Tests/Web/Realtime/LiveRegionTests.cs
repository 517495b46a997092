using Community.Core.Products;
using Community.Tests.Support;
using Community.Tests.Web.Ideas;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace Community.Tests.Web.Realtime;

/// <summary>Idea and product pages hear "Changed" for their group whenever what they show changes.</summary>
public class LiveRegionTests(CommunityFactory factory) : IClassFixture<CommunityFactory>
{
    private HubConnection Connect() => factory.HubConnection();

    private static TaskCompletionSource<string> Listen(HubConnection connection, string group)
    {
        var changed = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        connection.On<string>("Changed", g => { if (g == group) changed.TrySetResult(g); });
        return changed;
    }

    [Fact]
    public async Task An_open_idea_page_hears_votes_and_status_changes()
    {
        var author = await factory.RegisterAsync("Live idea author");
        var voter = await factory.RegisterAsync("Live idea voter");
        var id = await author.SubmitIdeaAsync("Live updates for idea pages");
        await using var watcher = Connect();
        var voted = Listen(watcher, $"idea:{id}");
        await watcher.StartAsync();
        await watcher.InvokeAsync("JoinIdea", id);

        await voter.VoteIdeaAsync(id);
        Assert.Equal($"idea:{id}", await voted.Task.WaitAsync(TimeSpan.FromSeconds(10)));

        await using var second = Connect();
        var planned = Listen(second, $"idea:{id}");
        await second.StartAsync();
        await second.InvokeAsync("JoinIdea", id);
        await (await factory.AdminAsync()).ChangeStatusAsync(id, "Planned", "Planned.");
        await planned.Task.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task An_open_product_page_hears_new_reviews_and_joining_unknown_things_is_refused()
    {
        var product = await factory.WithDbAsync(async db =>
        {
            var p = new Product { Name = "LiveCam", Slug = $"livecam-{Guid.NewGuid():N}"[..16], Description = "A camera." };
            db.Products.Add(p);
            await db.SaveChangesAsync();
            return p;
        });
        var reviewer = await factory.RegisterAsync("Live reviewer");
        await using var watcher = Connect();
        var reviewed = Listen(watcher, $"product:{product.Id}");
        await watcher.StartAsync();
        await watcher.InvokeAsync("JoinProduct", product.Id);

        await reviewer.PostFormAsync($"/products/{product.Slug}/review",
            ("Input.Rating", "4"), ("Input.Title", "Sharp at night"), ("Input.Body", "Night vision is clear enough to read a licence plate."));

        await reviewed.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await Assert.ThrowsAsync<HubException>(() => watcher.InvokeAsync("JoinProduct", 987654));
        await Assert.ThrowsAsync<HubException>(() => watcher.InvokeAsync("JoinIdea", 987654));
    }
}
