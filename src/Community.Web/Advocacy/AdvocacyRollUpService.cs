using Community.Core.Advocacy;
using Community.Web.Hosting;
using Microsoft.Extensions.Options;

namespace Community.Web.Advocacy;

/// <summary>
/// Keeps the brand team's standings fresh: everyone shortly after start and then every
/// Advocacy:Score:RollUpIntervalMinutes, and the members an event concerned within a few seconds (batched, so a burst of
/// votes costs one small roll-up). A failed run is logged and retried on the next tick: analytics never take the site down.
/// </summary>
public sealed class AdvocacyRollUpService(IServiceScopeFactory scopes, StandingsToRefresh queue, IOptionsMonitor<AdvocateScoreOptions> options, ILogger<AdvocacyRollUpService> log)
    : BackgroundService
{
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
                    await RunAsync(null, stoppingToken);
                    nextFullRun = DateTime.UtcNow.AddMinutes(Math.Max(1, options.CurrentValue.RollUpIntervalMinutes));
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
