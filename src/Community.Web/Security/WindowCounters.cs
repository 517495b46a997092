using System.Threading.RateLimiting;
using Community.Web.ScaleOut;
using StackExchange.Redis;

namespace Community.Web.Security;

/// <summary>
/// Counts attempts in fixed windows per partition (<c>action|who|tier</c>, made by <see cref="WriteLimiter"/>): in this
/// node's memory, or in Redis so a limit reached on one node holds on every node.
/// </summary>
public interface IWindowCounter
{
    /// <summary>Counts one attempt; refused (with when the window ends) once <paramref name="permits"/> were taken in it.</summary>
    ValueTask<(bool Allowed, TimeSpan RetryAfter)> TryTakeAsync(string partition, int permits, TimeSpan window);
}

/// <summary>One node's counters (the only ones on a single node).</summary>
public sealed class InMemoryWindowCounter : IWindowCounter, IDisposable
{
    private readonly PartitionedRateLimiter<(string Partition, int Permits, TimeSpan Window)> _limiter =
        PartitionedRateLimiter.Create<(string Partition, int Permits, TimeSpan Window), string>(request =>
            RateLimitPartition.GetFixedWindowLimiter(request.Partition, _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = request.Permits, Window = request.Window, QueueLimit = 0,
            }));

    public ValueTask<(bool Allowed, TimeSpan RetryAfter)> TryTakeAsync(string partition, int permits, TimeSpan window)
    {
        using var lease = _limiter.AttemptAcquire((partition, permits, window));
        if (lease.IsAcquired) return ValueTask.FromResult((true, TimeSpan.Zero));
        return ValueTask.FromResult((false, lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : window));
    }

    public void Dispose() => _limiter.Dispose();
}

/// <summary>
/// One Redis key per partition and window: INCR, and the window's expiry set by the attempt that opened it, in one
/// script so no key can be left without an expiry. If Redis cannot be reached the node falls back to its own counters
/// (limits per node for that while) rather than refusing every write or letting every write through.
/// </summary>
public sealed class RedisWindowCounter(SharedRedis redis, InMemoryWindowCounter fallback, ILogger<RedisWindowCounter> log) : IWindowCounter
{
    private const string CountInWindow = """
        local count = redis.call('INCR', KEYS[1])
        local left = redis.call('PTTL', KEYS[1])
        if left < 0 then
          redis.call('PEXPIRE', KEYS[1], ARGV[1])
          left = tonumber(ARGV[1])
        end
        return { count, left }
        """;

    public async ValueTask<(bool Allowed, TimeSpan RetryAfter)> TryTakeAsync(string partition, int permits, TimeSpan window)
    {
        try
        {
            var result = (RedisResult[])(await redis.Database.ScriptEvaluateAsync(CountInWindow,
                [redis.Key("limit:" + partition)], [(long)window.TotalMilliseconds]))!;
            var count = (long)result[0];
            return count <= permits ? (true, TimeSpan.Zero) : (false, TimeSpan.FromMilliseconds((long)result[1]));
        }
        catch (RedisException failure)
        {
            log.SharedLimitUnavailable(failure);
            return await fallback.TryTakeAsync(partition, permits, window);
        }
    }
}

internal static partial class WindowCounterLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Rate limits fall back to this node's own counters: Redis did not answer")]
    public static partial void SharedLimitUnavailable(this ILogger log, Exception failure);
}
