using StackExchange.Redis;

namespace Community.Web.ScaleOut;

/// <summary>
/// The one Redis connection every node-spanning part shares (backplane, page cache, keys, limits, leases, signals). It
/// connects on first use, not at registration: operator commands such as <c>migrate</c> never need Redis. A Redis that
/// is down does not stop the node from starting; the connection keeps retrying in the background.
/// </summary>
public sealed class SharedRedis : IAsyncDisposable
{
    private readonly Lazy<ConnectionMultiplexer> _connection;

    public SharedRedis(RedisOptions options)
    {
        Prefix = options.KeyPrefix.TrimEnd(':');
        NodeName = string.IsNullOrWhiteSpace(options.NodeName)
            ? $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid().ToString("N")[..6]}"
            : options.NodeName;
        var configuration = ConfigurationOptions.Parse(options.Configuration!);
        configuration.AbortOnConnectFail = false;
        // While disconnected a command fails at once instead of queueing until its timeout (5 s): every caller has an
        // answer for "Redis is away" (a page rendered uncached, a limit counted here, a job run skipped), and a page
        // should not wait for a server that is not there.
        configuration.BacklogPolicy = BacklogPolicy.FailFast;
        configuration.ClientName = NodeName.Replace(' ', '-');
        // Without AbortOnConnectFail the first connect returns at once even when Redis is away.
        _connection = new(() => ConnectionMultiplexer.Connect(configuration));
    }

    public string Prefix { get; }

    public string NodeName { get; }

    /// <summary>A key or channel name under this forum's prefix: <c>community:limit:…</c>.</summary>
    public string Key(string name) => $"{Prefix}:{name}";

    public IConnectionMultiplexer Connection => _connection.Value;

    public IDatabase Database => _connection.Value.GetDatabase();

    public async ValueTask DisposeAsync()
    {
        if (_connection.IsValueCreated) await _connection.Value.DisposeAsync();
    }
}
