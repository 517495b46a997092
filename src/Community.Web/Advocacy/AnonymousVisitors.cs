using System.Collections.Concurrent;
using Community.Core.Advocacy;
using Community.Web.Hosting;

namespace Community.Web.Advocacy;

/// <summary>
/// Counts anonymous sessions per day — a browser (user agent) at an address — in memory, keyed by a hash salted with a
/// secret that changes every day and never leaves the process, so nobody can be followed from one day to the next and
/// nothing identifying is stored. A background service hands the counts to the database every minute.
/// </summary>
public sealed class AnonymousVisitors(TimeProvider clock)
{
    /// <summary>Beyond this many sessions in a day on one node, more are not told apart (the figure becomes a floor).</summary>
    private const int MaxPerDay = 500_000;

    private readonly object _turn = new();
    private ConcurrentDictionary<long, byte> _seen = new();
    private DateOnly _day;
    private int _salt;
    private int _pending;
    private DateOnly _pendingDay;

    public void Saw(string? address, string? userAgent)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        if (today != _day) TurnTheDay(today);
        if (_seen.Count >= MaxPerDay) return;
        var key = ((long)HashCode.Combine(_salt, address, userAgent) << 32) | (uint)HashCode.Combine(userAgent, _salt, address);
        if (_seen.TryAdd(key, 0)) Interlocked.Increment(ref _pending);
    }

    /// <summary>The sessions counted since the last call, and their day.</summary>
    public (DateOnly Day, int Sessions) TakePending()
    {
        lock (_turn) return (_pendingDay, Interlocked.Exchange(ref _pending, 0));
    }

    private void TurnTheDay(DateOnly today)
    {
        lock (_turn)
        {
            if (today == _day) return;
            // Yesterday's unflushed sessions are few (a minute's worth); they are counted on the new day rather than kept apart.
            _seen = new ConcurrentDictionary<long, byte>();
            _salt = System.Security.Cryptography.RandomNumberGenerator.GetInt32(int.MaxValue);
            _day = today;
            _pendingDay = today;
        }
    }
}

/// <summary>
/// Hands the counted anonymous sessions to the database every minute and once more as the host begins to stop (before
/// any service is stopped). Counts are a statistic, not an acknowledged write: if the database is already gone, the last
/// minute's count is let go rather than failing the shutdown.
/// </summary>
public sealed class AnonymousVisitFlush(IServiceScopeFactory scopes, AnonymousVisitors visitors, ILogger<AnonymousVisitFlush> log) : BackgroundService, IHostedLifecycleService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(1));
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await FlushAsync(stoppingToken);
                }
                catch (Exception failure) when (!stoppingToken.IsCancellationRequested)
                {
                    log.AnonymousVisitsNotSaved(failure);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: StoppingAsync flushed already.
        }
    }

    public async Task StoppingAsync(CancellationToken cancellationToken)
    {
        try
        {
            await FlushAsync(cancellationToken);
        }
        catch (Exception gone) when (gone is ObjectDisposedException or OperationCanceledException)
        {
            // Shutting down in a hurry: the last minute's anonymous count is not worth failing the shutdown for.
        }
    }

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task FlushAsync(CancellationToken ct)
    {
        var (day, sessions) = visitors.TakePending();
        if (sessions == 0) return;
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<CountAnonymousVisits>().AddAsync(day, sessions, ct);
    }
}
