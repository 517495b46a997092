using System.Collections.Concurrent;

namespace Community.Web.Realtime;

/// <summary>
/// Counts open connections per question page for "N people viewing". In memory: this node's view, which is exact on a
/// single node; on a cluster <see cref="IPresenceCounts"/> adds the other nodes' viewers.
/// </summary>
public sealed class PresenceTracker
{
    private readonly ConcurrentDictionary<int, ConcurrentDictionary<string, byte>> _viewers = new();
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<int, byte>> _watching = new();

    public int Join(int questionId, string connectionId)
    {
        _watching.GetOrAdd(connectionId, _ => new())[questionId] = 0;
        var viewers = _viewers.GetOrAdd(questionId, _ => new());
        viewers[connectionId] = 0;
        return viewers.Count;
    }

    public int Leave(int questionId, string connectionId)
    {
        if (_watching.TryGetValue(connectionId, out var watching)) watching.TryRemove(questionId, out _);
        if (!_viewers.TryGetValue(questionId, out var viewers)) return 0;
        viewers.TryRemove(connectionId, out _);
        if (viewers.IsEmpty) _viewers.TryRemove(questionId, out _);
        return viewers.Count;
    }

    /// <summary>Forgets a closed connection; returns each question it watched with that page's new count.</summary>
    public IReadOnlyList<(int QuestionId, int Count)> LeaveAll(string connectionId)
    {
        if (!_watching.TryRemove(connectionId, out var watching)) return [];
        return watching.Keys.Select(q => (q, Leave(q, connectionId))).ToList();
    }

    /// <summary>Every question watched on this node, with its connections here.</summary>
    public IEnumerable<(int QuestionId, IReadOnlyCollection<string> Connections)> Watched() =>
        _viewers.Select(v => (v.Key, (IReadOnlyCollection<string>)v.Value.Keys.ToList())).Where(v => v.Item2.Count > 0);

    public int Count(int questionId) => _viewers.TryGetValue(questionId, out var viewers) ? viewers.Count : 0;
}
