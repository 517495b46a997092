using Community.Web.Hosting;
using Community.Core.Reputation;
using Community.Web.ScaleOut;
using Microsoft.Extensions.Options;

namespace Community.Web.Reputation;

/// <summary>
/// Runs <see cref="VoteFraudScan"/> every VoteFraud:ScanIntervalMinutes (the first run one interval
/// after start, so a restart does not scan during warm-up). VoteFraud:Enabled is read on every tick,
/// so the scan can be paused without a restart. A failed scan is logged and the next tick tries
/// again: detection must never take the site down. On several nodes one of them scans each interval (<see cref="IJobLease"/>).
/// </summary>
public sealed class VoteFraudScanService(IServiceScopeFactory scopes, IOptionsMonitor<VoteFraudOptions> options, IJobLease lease, ILogger<VoteFraudScanService> log)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(Math.Max(1, options.CurrentValue.ScanIntervalMinutes)));
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                if (options.CurrentValue.Enabled) await ScanOnceAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    public const string JobName = "vote-fraud-scan";

    private async Task ScanOnceAsync(CancellationToken ct)
    {
        try
        {
            var period = TimeSpan.FromMinutes(Math.Max(1, options.CurrentValue.ScanIntervalMinutes));
            await using var claim = await lease.TryClaimAsync(JobName, period, ct);
            if (claim is null)
            {
                var holder = await lease.HolderAsync(JobName);
                log.JobRunsElsewhere(JobName, holder);
                return;
            }
            await using var scope = scopes.CreateAsyncScope();
            var result = await scope.ServiceProvider.GetRequiredService<VoteFraudScan>().ExecuteAsync(ct);
            if (result.CasesRecorded > 0)
                log.VoteFraudScanned(result.CasesRecorded, result.EntriesReversed);
        }
        catch (Exception failure) when (failure is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            log.VoteFraudScanFailed(failure, options.CurrentValue.ScanIntervalMinutes);
        }
    }
}
