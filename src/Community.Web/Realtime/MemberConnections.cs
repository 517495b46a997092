using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR;

namespace Community.Web.Realtime;

/// <summary>Each member's open hub connections on this node, so a suspension can close them at once.</summary>
public sealed class MemberConnections
{
    private readonly ConcurrentDictionary<string, (int MemberId, HubCallerContext Context)> _connections = new();

    public void Add(int memberId, HubCallerContext context) => _connections[context.ConnectionId] = (memberId, context);

    public void Remove(string connectionId) => _connections.TryRemove(connectionId, out _);

    public int Abort(int memberId)
    {
        var aborted = 0;
        foreach (var (id, entry) in _connections.Where(c => c.Value.MemberId == memberId).ToList())
        {
            entry.Context.Abort();
            _connections.TryRemove(id, out _);
            aborted++;
        }
        return aborted;
    }
}
