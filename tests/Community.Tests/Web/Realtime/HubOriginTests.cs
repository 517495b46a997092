using System.Net;
using Community.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.Http.Connections.Client;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;

namespace Community.Tests.Web.Realtime;

/// <summary>The forum with one partner site allowed to open the hub besides its own pages.</summary>
public sealed class PartnerOriginForum : CommunityFactory
{
    public const string PartnerOrigin = "https://partner.example";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Realtime:AllowedOrigins:0", PartnerOrigin);
    }
}

/// <summary>
/// A page on another origin (another port or subdomain of the same machine) must not open the hub with the visitor's
/// cookies: browsers send those cookies with a WebSocket from anywhere, so the Origin header is the only tell.
/// </summary>
public class HubOriginTests(PartnerOriginForum factory) : IClassFixture<PartnerOriginForum>
{
    private string SiteOrigin => factory.BaseAddress.GetLeftPart(UriPartial.Authority);

    private string OriginOf(string kind) => kind switch
    {
        "another port" => $"http://{factory.BaseAddress.Host}:{factory.BaseAddress.Port + 1}",
        "another host" => $"http://evil.{factory.BaseAddress.Host}.nip.io:{factory.BaseAddress.Port}",
        "https" => $"https://{factory.BaseAddress.Authority}",
        "opaque" => "null",
        "the site" => SiteOrigin,
        "the partner" => PartnerOriginForum.PartnerOrigin,
        "the public address" => "http://localhost:5000",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    private static Action<HttpConnectionOptions> Over(HttpTransportType transport, string origin) => options =>
    {
        options.Transports = transport;
        // A browser opens a WebSocket without negotiating first only if told to; skipping shows the upgrade itself is checked.
        options.SkipNegotiation = transport == HttpTransportType.WebSockets;
        options.Headers["Origin"] = origin;
    };

    [Theory]
    [InlineData("another port")]
    [InlineData("another host")]
    [InlineData("https")]
    [InlineData("opaque")]
    public async Task A_page_on_another_origin_cannot_open_the_hub_with_the_visitors_cookies(string kind)
    {
        var asker = await factory.RegisterAsync("Origin asker");
        var visitor = await factory.RegisterAsync("Origin visitor");
        var id = await asker.AskAsync("Can another site vote in my name?");
        var origin = OriginOf(kind);

        using var negotiate = new HttpRequestMessage(HttpMethod.Post, "/hubs/community/negotiate?negotiateVersion=1");
        negotiate.Headers.Add("Origin", origin);
        Assert.Equal(HttpStatusCode.Forbidden, (await visitor.SendAsync(negotiate)).StatusCode);

        foreach (var transport in new[] { HttpTransportType.WebSockets, HttpTransportType.LongPolling, HttpTransportType.ServerSentEvents })
        {
            await using var connection = factory.HubConnection(visitor, await visitor.TokenAsync("/account/login"), Over(transport, origin));
            await Assert.ThrowsAnyAsync<Exception>(() => connection.StartAsync());
            Assert.Equal(HubConnectionState.Disconnected, connection.State);
        }
        Assert.Equal(0, await factory.WithDbAsync(db => db.Votes.CountAsync(v => v.PostId == id)));
    }

    [Theory]
    [InlineData("the site")]
    [InlineData("the partner")]
    [InlineData("the public address")]
    public async Task The_sites_own_pages_and_configured_origins_connect_and_vote(string kind)
    {
        var asker = await factory.RegisterAsync("Origin asker");
        var voter = await factory.RegisterAsync("Origin voter");
        var id = await asker.AskAsync("Does the live page still work from the site itself?");

        await using var connection = factory.HubConnection(voter, await voter.TokenAsync("/account/login"), Over(HttpTransportType.WebSockets, OriginOf(kind)));
        await connection.StartAsync();
        Assert.Equal(1, await connection.InvokeAsync<int>("JoinQuestion", id));
        await connection.InvokeAsync<object>("Vote", "question", id, "up");

        Assert.Equal(1, await factory.WithDbAsync(db => db.Questions.Where(q => q.Id == id).Select(q => q.Score).SingleAsync()));
    }
}
