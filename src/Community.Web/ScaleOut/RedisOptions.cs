namespace Community.Web.ScaleOut;

/// <summary>
/// The "Redis" section. Empty <see cref="Configuration"/> (the default) means one node with everything in memory, as
/// before; set it (e.g. <c>Redis__Configuration=10.0.0.7:6379,password=…</c>) on every node of a cluster.
/// </summary>
public sealed class RedisOptions
{
    public const string Section = "Redis";

    /// <summary>A StackExchange.Redis configuration string: host:port, then options such as password=… or ssl=true.</summary>
    public string? Configuration { get; set; }

    /// <summary>Starts every key and channel the forum uses, so several forums (or test runs) can share one Redis.</summary>
    public string KeyPrefix { get; set; } = "community";

    /// <summary>How this node names itself in leases and logs; by default the host name and process id.</summary>
    public string? NodeName { get; set; }

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Configuration);
}
