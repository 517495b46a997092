using Community.Core.Advocacy;
using Community.Web.Hosting;
using Community.Web.ScaleOut;
using Microsoft.Extensions.Options;

namespace Community.Web.Advocacy;

/// <summary>
/// Keeps the brand team's standings fresh: everyone shortly after start and then every
/// Advocacy:Score:RollUpIntervalMinutes, and the members an event concerned within a few seconds (batched, so a burst of
/// votes costs one small roll-up). A failed run is logged and retried on the next tick: analytics never take the site down.
/// On several nodes one of them makes each full run (<see cref="IJobLease"/>); the small roll-ups of the members an event
/// concerned stay with the node where the event happened (they are quick, and the queue of them is that node's).
/// </summary>
public sealed class AdvocacyRollUpService(IServiceScopeFactory scopes, StandingsToRefresh queue, IOptionsMonitor<AdvocateScoreOptions> options,
    IJobLease lease, ILogger<AdvocacyRollUpService> log) : BackgroundService
{
    public const string JobName = "advocacy-roll-up";

    private static readonly TimeSpan EventBatching = TimeSpan.FromSeconds(3);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var nextFullRun = DateTime.UtcNow.AddSeconds(5);
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                if (DateTime.UtcNow >= nextFullRun)
                {
                    queue.TakeAll();
                    var period = TimeSpan.FromMinutes(Math.Max(1, options.CurrentValue.RollUpIntervalMinutes));
                    await RunEveryoneAsync(period, stoppingToken);
                    nextFullRun = DateTime.UtcNow.Add(period);
                }
                using var wait = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
                wait.CancelAfter(nextFullRun - DateTime.UtcNow is var left && left > TimeSpan.Zero ? left : TimeSpan.Zero);
                try
                {
                    if (!await queue.WaitAsync(wait.Token)) return;
                    await Task.Delay(EventBatching, stoppingToken);
                    if (queue.TakeAll() is { Count: > 0 } members) await RunAsync(members, stoppingToken);
                }
                catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
                {
                    // Time for the full run.
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    private async Task RunEveryoneAsync(TimeSpan period, CancellationToken ct)
    {
        IAsyncDisposable? claim;
        try
        {
            claim = await lease.TryClaimAsync(JobName, period, ct);
            if (claim is null)
            {
                var holder = await lease.HolderAsync(JobName);
                log.JobRunsElsewhere(JobName, holder);
                return;
            }
        }
        catch (StackExchange.Redis.RedisException failure)
        {
            // Without the claim no node may know it runs alone: skip this period rather than risk two runs.
            log.JobClaimFailed(failure, JobName);
            return;
        }
        await using (claim) await RunAsync(null, ct);
    }

    private async Task RunAsync(IReadOnlyCollection<int>? members, CancellationToken ct)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            var outcome = await scope.ServiceProvider.GetRequiredService<AdvocacyRollUp>().RunAsync(members, ct);
            var milliseconds = (long)System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            if (members is null) log.AdvocacyRolledUp(outcome.Members, outcome.StageMoves, milliseconds);
        }
        catch (Exception failure) when (!ct.IsCancellationRequested)
        {
            // While stopping, a failure is the shutdown's own doing and nothing is left to log it to.
            log.AdvocacyRollUpFailed(failure);
        }
    }
}
