using Microsoft.Playwright;

namespace Community.BrowserTests;

/// <summary>
/// One page's line to the live hub, routed through the test so it can be cut: the open WebSocket is closed (as when a
/// network drops) and new attempts fail until the line is restored — while the server, and every other browser,
/// carry on. Only this page is affected; nothing in the app is stubbed.
/// </summary>
public sealed class HubLine
{
    private readonly List<(IWebSocketRoute Page, IWebSocketRoute Server)> _open = [];
    private volatile bool _cut;

    /// <summary>Routes <paramref name="page"/>'s hub traffic through a new line; call before the page opens its connection.</summary>
    public static async Task<HubLine> TapAsync(IPage page)
    {
        var line = new HubLine();
        await page.RouteWebSocketAsync("**/hubs/community**", line.Open);
        // Every (re)connection starts by negotiating over HTTP; a cut line fails it like an unreachable server.
        await page.RouteAsync("**/hubs/community/negotiate**", route => line._cut ? route.AbortAsync("internetdisconnected") : route.ContinueAsync());
        return line;
    }

    private void Open(IWebSocketRoute socket)
    {
        if (_cut)
        {
            _ = socket.CloseAsync(new() { Code = 1011, Reason = "line cut by the test" });
            return;
        }
        var server = socket.ConnectToServer();
        lock (_open) _open.Add((socket, server));
    }

    /// <summary>Drops the open connections on both ends (the page and the server each see it close) and fails every new attempt.</summary>
    public async Task CutAsync()
    {
        _cut = true;
        (IWebSocketRoute Page, IWebSocketRoute Server)[] open;
        lock (_open)
        {
            open = [.. _open];
            _open.Clear();
        }
        foreach (var (page, server) in open)
        {
            await page.CloseAsync(new() { Code = 1011, Reason = "line cut by the test" });
            await server.CloseAsync(new() { Code = 1011, Reason = "line cut by the test" });
        }
    }

    public void Restore() => _cut = false;
}
