using StackExchange.Redis;

namespace Community.Web.ScaleOut;

/// <summary>
/// Tells the other nodes about a change they hold in memory (a suspension, new roles, a new brand look), so it takes
/// effect there at once rather than when their own copy expires. The node where it happened has already applied it.
/// </summary>
public interface IClusterSignals
{
    void TellOthers(string topic, string message);
}

/// <summary>The topics, and what each message carries.</summary>
public static class ClusterTopics
{
    /// <summary>"memberId|until ticks" (nothing after the bar: lifted).</summary>
    public const string MemberSuspended = "member-suspended";

    /// <summary>"memberId": their roles changed, their cookie is re-issued on their next request.</summary>
    public const string RolesChanged = "roles-changed";

    /// <summary>No payload: drop the kept brand look.</summary>
    public const string BrandChanged = "brand-changed";

    public static readonly string[] All = [MemberSuspended, RolesChanged, BrandChanged];
}

/// <summary>One node: nobody else to tell.</summary>
public sealed class SingleNodeSignals : IClusterSignals
{
    public void TellOthers(string topic, string message)
    {
        // Nothing to do: the change was applied on the only node there is.
    }
}

/// <summary>
/// Redis pub/sub, fire and forget: a signal lost while Redis is unreachable is made good by each cache's own freshness
/// (security stamps are re-checked every minute, the brand look is re-read every minute).
/// </summary>
public sealed class RedisClusterSignals(SharedRedis redis, ILogger<RedisClusterSignals> log) : IClusterSignals
{
    public void TellOthers(string topic, string message)
    {
        try
        {
            redis.Connection.GetSubscriber().Publish(Channel(redis, topic), $"{redis.NodeName}\n{message}", CommandFlags.FireAndForget);
        }
        catch (RedisException failure)
        {
            log.SignalNotSent(topic, failure);
        }
    }

    public static RedisChannel Channel(SharedRedis redis, string topic) => RedisChannel.Literal(redis.Key("signal:" + topic));
}

internal static partial class ClusterSignalsLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not tell the other nodes about {Topic}; they catch up within a minute")]
    public static partial void SignalNotSent(this ILogger log, string topic, Exception failure);
}
