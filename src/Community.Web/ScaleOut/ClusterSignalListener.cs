using System.Globalization;
using Community.Web.Branding;

namespace Community.Web.ScaleOut;

/// <summary>
/// Applies what other nodes tell (<see cref="IClusterSignals"/>) to this node's in-memory state: a suspension closes the
/// member's live connections here too, a role change re-issues their cookie here too, a new look is re-read here too.
/// Its own messages come back through Redis as well and are ignored: they were applied before they were sent.
/// </summary>
public sealed class ClusterSignalListener(SharedRedis redis, SuspendedMembers suspended, RoleChanges roles, CurrentBrand brand,
    ILogger<ClusterSignalListener> log) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var subscriber = redis.Connection.GetSubscriber();
        foreach (var topic in ClusterTopics.All)
        {
            // Subscriptions are re-made by the client after Redis comes back.
            await subscriber.SubscribeAsync(RedisClusterSignals.Channel(redis, topic), (_, message) => Received(topic, message.ToString()));
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private void Received(string topic, string message)
    {
        var newline = message.IndexOf('\n', StringComparison.Ordinal);
        if (newline < 0 || message.AsSpan(0, newline).SequenceEqual(redis.NodeName)) return;
        var payload = message[(newline + 1)..];
        try
        {
            Apply(topic, payload);
        }
        catch (FormatException failure)
        {
            log.SignalNotUnderstood(topic, payload, failure);
        }
    }

    private void Apply(string topic, string payload)
    {
        switch (topic)
        {
            case ClusterTopics.MemberSuspended:
                var bar = payload.IndexOf('|', StringComparison.Ordinal);
                var memberId = int.Parse(payload.AsSpan(0, bar), CultureInfo.InvariantCulture);
                DateTime? until = bar == payload.Length - 1 ? null : new DateTime(long.Parse(payload.AsSpan(bar + 1), CultureInfo.InvariantCulture), DateTimeKind.Utc);
                suspended.Set(memberId, until);
                break;
            case ClusterTopics.RolesChanged:
                roles.Record(int.Parse(payload, CultureInfo.InvariantCulture));
                break;
            case ClusterTopics.BrandChanged:
                brand.Forget();
                break;
        }
    }
}

internal static partial class ClusterSignalListenerLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "A {Topic} signal from another node could not be read: {Payload}")]
    public static partial void SignalNotUnderstood(this ILogger log, string topic, string payload, Exception failure);
}
