using StackExchange.Redis;

namespace Community.Web.Realtime;

/// <summary>
/// Who is viewing a question, for the hub: this node's <see cref="PresenceTracker"/> kept in step with the cluster's
/// <see cref="IPresenceCounts"/>. A Redis that does not answer costs the count its other nodes, never the join.
/// </summary>
public sealed class Presence(PresenceTracker here, IPresenceCounts everywhere, ILogger<Presence> log)
{
    /// <summary>Joins, and returns how many view the question now, on every node.</summary>
    public async Task<int> JoinAsync(int questionId, string connectionId)
    {
        var count = here.Join(questionId, connectionId);
        return await TryAsync(async () =>
        {
            await everywhere.JoinedAsync(questionId, connectionId);
            return await everywhere.CountAsync(questionId, count);
        }, count);
    }

    public async Task LeaveAsync(int questionId, string connectionId)
    {
        here.Leave(questionId, connectionId);
        await TryAsync(async () =>
        {
            await everywhere.LeftAsync(questionId, connectionId);
            return 0;
        }, 0);
    }

    /// <summary>Forgets a closed connection; returns the questions it watched.</summary>
    public async Task<IReadOnlyList<int>> LeaveAllAsync(string connectionId)
    {
        var watched = here.LeaveAll(connectionId).Select(w => w.QuestionId).ToList();
        foreach (var questionId in watched)
        {
            await TryAsync(async () =>
            {
                await everywhere.LeftAsync(questionId, connectionId);
                return 0;
            }, 0);
        }
        return watched;
    }

    private async Task<int> TryAsync(Func<Task<int>> shared, int fallback)
    {
        try
        {
            return await shared();
        }
        catch (RedisException failure)
        {
            log.SharedPresenceUnavailable(failure);
            return fallback;
        }
    }
}

internal static partial class PresenceLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Viewer counts show this node's viewers only: Redis did not answer")]
    public static partial void SharedPresenceUnavailable(this ILogger log, Exception failure);
}
