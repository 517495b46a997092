using Community.Web.Accounts;
using Microsoft.AspNetCore.SignalR;

namespace Community.Web.Realtime;

/// <summary>
/// Signed-in connections are tracked so a suspension closes them at once; a suspended member's new ones close as they open.
/// Its collaborators are singletons injected here, never looked up through the connection's HttpContext: with long
/// polling a dropped client is disconnected by the server's timeout, long after the request whose services that
/// HttpContext holds has ended and disposed them (ObjectDisposedException, and the connection was never forgotten).
/// </summary>
public sealed class MemberConnectionTracking(MemberConnections connections, SuspendedMembers suspended, TimeProvider clock) : IHubFilter
{
    public async Task OnConnectedAsync(HubLifetimeContext context, Func<HubLifetimeContext, Task> next)
    {
        if (context.Context.User?.Id() is { } memberId)
        {
            if (suspended.IsSuspended(memberId, clock.GetUtcNow().UtcDateTime))
            {
                context.Context.Abort();
                return;
            }
            connections.Add(memberId, context.Context);
        }
        await next(context);
    }

    public async Task OnDisconnectedAsync(HubLifetimeContext context, Exception? exception, Func<HubLifetimeContext, Exception?, Task> next)
    {
        try
        {
            await next(context, exception);
        }
        finally
        {
            connections.Remove(context.Context.ConnectionId);
        }
    }
}
