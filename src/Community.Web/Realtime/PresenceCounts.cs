using Community.Web.ScaleOut;
using StackExchange.Redis;

namespace Community.Web.Realtime;

/// <summary>
/// "N people viewing" across the nodes. <see cref="PresenceTracker"/> knows who watches what on this node; this adds
/// the other nodes' viewers: nothing on a single node, a sorted set per question in Redis on a cluster.
/// </summary>
public interface IPresenceCounts
{
    Task JoinedAsync(int questionId, string connectionId);

    Task LeftAsync(int questionId, string connectionId);

    /// <summary>Everyone viewing the question, given how many view it on this node.</summary>
    Task<int> CountAsync(int questionId, int here);
}

public sealed class SingleNodePresenceCounts : IPresenceCounts
{
    public Task JoinedAsync(int questionId, string connectionId) => Task.CompletedTask;

    public Task LeftAsync(int questionId, string connectionId) => Task.CompletedTask;

    public Task<int> CountAsync(int questionId, int here) => Task.FromResult(here);
}

/// <summary>
/// Per question, a sorted set of connection ids scored by when each stops counting. Each node renews its own viewers
/// (<see cref="PresenceRenewal"/>), so the viewers of a node that died stop counting within <see cref="Lasting"/>.
/// If Redis does not answer, this node's own count is shown: a count is cosmetic.
/// </summary>
public sealed class RedisPresenceCounts(SharedRedis redis, TimeProvider clock) : IPresenceCounts
{
    public static readonly TimeSpan Lasting = TimeSpan.FromSeconds(90);

    public async Task JoinedAsync(int questionId, string connectionId)
    {
        var key = Key(questionId);
        await redis.Database.SortedSetAddAsync(key, connectionId, Until());
        await redis.Database.KeyExpireAsync(key, Lasting);
    }

    public Task LeftAsync(int questionId, string connectionId) => redis.Database.SortedSetRemoveAsync(Key(questionId), connectionId);

    public async Task<int> CountAsync(int questionId, int here)
    {
        try
        {
            var key = Key(questionId);
            await redis.Database.SortedSetRemoveRangeByScoreAsync(key, double.NegativeInfinity, clock.GetUtcNow().ToUnixTimeMilliseconds());
            return (int)await redis.Database.SortedSetLengthAsync(key);
        }
        catch (RedisException)
        {
            return here;
        }
    }

    /// <summary>Renews every viewer on this node, one question at a time.</summary>
    public async Task RenewAsync(IEnumerable<(int QuestionId, IReadOnlyCollection<string> Connections)> here)
    {
        foreach (var (questionId, connections) in here)
        {
            var key = Key(questionId);
            var until = Until();
            await redis.Database.SortedSetAddAsync(key, [.. connections.Select(c => new SortedSetEntry(c, until))]);
            await redis.Database.KeyExpireAsync(key, Lasting);
        }
    }

    private double Until() => (clock.GetUtcNow() + Lasting).ToUnixTimeMilliseconds();

    private RedisKey Key(int questionId) => redis.Key($"presence:question:{questionId}");
}

/// <summary>Keeps this node's viewers counted on the cluster while they stay: renewed three times per <see cref="RedisPresenceCounts.Lasting"/>.</summary>
public sealed class PresenceRenewal(PresenceTracker presence, RedisPresenceCounts counts, ILogger<PresenceRenewal> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(RedisPresenceCounts.Lasting / 3);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await counts.RenewAsync(presence.Watched());
                }
                catch (RedisException failure)
                {
                    log.PresenceNotRenewed(failure);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: this node's viewers stop counting when their entries run out.
        }
    }
}

internal static partial class PresenceCountsLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "This node's viewers could not be renewed in Redis; the next renewal tries again")]
    public static partial void PresenceNotRenewed(this ILogger log, Exception failure);
}
