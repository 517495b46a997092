using System.Buffers;
using System.IO.Pipelines;
using Microsoft.AspNetCore.OutputCaching;
using StackExchange.Redis;

namespace Community.Web.ScaleOut;

/// <summary>
/// The page store in Redis, made to step aside while Redis is away: a read that cannot reach it is a miss (the page is
/// rendered from the database), a write is skipped, and a lost eviction is logged — copies other nodes hold age out
/// within their lifetime (30 s). Without this every cached page and every shared member thread answered 500 for as long
/// as Redis was down. Redis commands fail at once while disconnected (<see cref="SharedRedis"/>), so a page is not held
/// up waiting for a server that is not there.
/// </summary>
public sealed class TolerantPageStore(IOutputCacheStore inner, ILogger<TolerantPageStore> log) : IOutputCacheBufferStore
{
    private readonly IOutputCacheBufferStore? _buffered = inner as IOutputCacheBufferStore;
    private long _lastWarning = long.MinValue / 2;

    /// <summary>One warning per 10 s: an outage under load would otherwise write one per request.</summary>
    private bool ShouldWarn()
    {
        var now = Environment.TickCount64;
        var last = Interlocked.Read(ref _lastWarning);
        return now - last >= 10_000 && Interlocked.CompareExchange(ref _lastWarning, now, last) == last;
    }

    public async ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken)
    {
        try
        {
            return await inner.GetAsync(key, cancellationToken);
        }
        catch (RedisException failure)
        {
            if (ShouldWarn()) log.PageStoreAway("read", failure);
            return null;
        }
    }

    public async ValueTask<bool> TryGetAsync(string key, PipeWriter destination, CancellationToken cancellationToken)
    {
        try
        {
            if (_buffered is not null) return await _buffered.TryGetAsync(key, destination, cancellationToken);
            if (await inner.GetAsync(key, cancellationToken) is not { } value) return false;
            await destination.WriteAsync(value, cancellationToken);
            return true;
        }
        catch (RedisException failure)
        {
            if (ShouldWarn()) log.PageStoreAway("read", failure);
            return false;
        }
    }

    public async ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken)
    {
        try
        {
            await inner.SetAsync(key, value, tags, validFor, cancellationToken);
        }
        catch (RedisException failure)
        {
            if (ShouldWarn()) log.PageStoreAway("write", failure);
        }
    }

    public async ValueTask SetAsync(string key, ReadOnlySequence<byte> value, ReadOnlyMemory<string> tags, TimeSpan validFor, CancellationToken cancellationToken)
    {
        try
        {
            if (_buffered is not null) await _buffered.SetAsync(key, value, tags, validFor, cancellationToken);
            else await inner.SetAsync(key, value.ToArray(), tags.ToArray(), validFor, cancellationToken);
        }
        catch (RedisException failure)
        {
            if (ShouldWarn()) log.PageStoreAway("write", failure);
        }
    }

    public async ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken)
    {
        try
        {
            await inner.EvictByTagAsync(tag, cancellationToken);
        }
        catch (RedisException failure)
        {
            log.EvictionLost(tag, failure);
        }
    }
}

internal static partial class TolerantPageStoreLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Redis is away: a cached page {Operation} was skipped (pages are rendered from the database)")]
    public static partial void PageStoreAway(this ILogger log, string operation, Exception failure);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Redis is away: cached pages tagged {Tag} could not be evicted; copies age out within their lifetime")]
    public static partial void EvictionLost(this ILogger log, string tag, Exception failure);
}
