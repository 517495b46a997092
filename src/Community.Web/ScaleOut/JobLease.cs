using StackExchange.Redis;

namespace Community.Web.ScaleOut;

/// <summary>
/// Lets each scheduled job run on one node per period. A node about to run a job claims that period's run; on a
/// cluster, the first node to claim it runs it and the others skip until the claim expires at the end of the period.
/// A node that dies mid-run leaves its claim to expire, and the next period's run happens elsewhere.
/// </summary>
public interface IJobLease
{
    /// <summary>This period's run of <paramref name="job"/>, or null when another node has it. Dispose when the run ends.</summary>
    Task<IAsyncDisposable?> TryClaimAsync(string job, TimeSpan period, CancellationToken ct);

    /// <summary>Who holds a job's claim now (for the log line saying why this node skipped).</summary>
    Task<string?> HolderAsync(string job);
}

/// <summary>One node: every run is this node's.</summary>
public sealed class SingleNodeJobLease : IJobLease
{
    private sealed class Nothing : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }

    public Task<IAsyncDisposable?> TryClaimAsync(string job, TimeSpan period, CancellationToken ct) => Task.FromResult<IAsyncDisposable?>(new Nothing());

    public Task<string?> HolderAsync(string job) => Task.FromResult<string?>(null);
}

/// <summary>
/// A Redis key per job (SET NX with an expiry) naming the node that runs it. The claim lasts nine tenths of the period,
/// so the claiming node's own next tick finds it free; a run that outlasts that keeps its claim alive until it ends.
/// </summary>
public sealed class RedisJobLease(SharedRedis redis) : IJobLease
{
    /// <summary>While a run lasts, its claim always has at least this long left, renewed at a third of it.</summary>
    private static readonly TimeSpan HeldAhead = TimeSpan.FromSeconds(30);

    private const string KeepIfMine = """
        if redis.call('GET', KEYS[1]) == ARGV[1] then
          if redis.call('PTTL', KEYS[1]) < tonumber(ARGV[2]) then redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
          return 1
        end
        return 0
        """;

    public async Task<IAsyncDisposable?> TryClaimAsync(string job, TimeSpan period, CancellationToken ct)
    {
        var key = Key(job);
        var claimed = await redis.Database.StringSetAsync(key, redis.NodeName, period * 0.9, When.NotExists);
        return claimed ? new Claim(redis, key) : null;
    }

    public async Task<string?> HolderAsync(string job) => await redis.Database.StringGetAsync(Key(job));

    private RedisKey Key(string job) => redis.Key("job:" + job);

    /// <summary>Keeps the claim alive while the run lasts; leaves it in place afterwards to mark the period as done.</summary>
    private sealed class Claim : IAsyncDisposable
    {
        private readonly CancellationTokenSource _running = new();
        private readonly Task _keeping;

        public Claim(SharedRedis redis, RedisKey key) => _keeping = KeepAsync(redis, key, _running.Token);

        private static async Task KeepAsync(SharedRedis redis, RedisKey key, CancellationToken running)
        {
            using var timer = new PeriodicTimer(HeldAhead / 3);
            try
            {
                while (await timer.WaitForNextTickAsync(running))
                {
                    try
                    {
                        await redis.Database.ScriptEvaluateAsync(KeepIfMine, [key], [redis.NodeName, (long)HeldAhead.TotalMilliseconds]);
                    }
                    catch (RedisException)
                    {
                        // Redis away for a moment: the claim may lapse, and at worst another node starts the next run early.
                    }
                }
            }
            catch (OperationCanceledException)
            {
                // The run ended.
            }
        }

        public async ValueTask DisposeAsync()
        {
            await _running.CancelAsync();
            await _keeping;
            _running.Dispose();
        }
    }
}
