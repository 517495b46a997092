using Community.Core.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Community.Web.Hosting;

/// <summary>
/// /healthz's readiness for writes: every folder the forum writes to (database, keys, uploads, mail) must take a small
/// file and keep <c>Health:MinimumFreeMegabytes</c> free (SQLite needs room to grow the database and its WAL before a
/// small probe file would notice). A full disk used to leave /healthz "Healthy" while every write failed. Writes that
/// failed for lack of space are logged here, with the time of the last one in the check's data.
/// </summary>
public sealed partial class StorageHealth(DataLocations locations, IConfiguration configuration, TimeProvider clock, ILogger<StorageHealth> log) : IHealthCheck, IDisposable
{
    /// <summary>Probing writes files: at most once in this long, however often a balancer asks.</summary>
    private static readonly TimeSpan ProbeEvery = TimeSpan.FromSeconds(2);

    private readonly SemaphoreSlim _probing = new(1, 1);
    private (DateTimeOffset At, HealthCheckResult Result)? _lastProbe;
    private DateTimeOffset? _lastFailure;

    private long MinimumFreeBytes => configuration.GetValue("Health:MinimumFreeMegabytes", 64L) * 1024 * 1024;

    public void Dispose() => _probing.Dispose();

    public void Failed(Exception error)
    {
        _lastFailure = clock.GetUtcNow();
        _lastProbe = null;
        WriteFailed(log, error);
    }

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        await _probing.WaitAsync(ct);
        try
        {
            var now = clock.GetUtcNow();
            if (_lastProbe is { } last && now - last.At < ProbeEvery) return last.Result;
            var result = await ProbeAsync(ct);
            _lastProbe = (now, result);
            return result;
        }
        finally
        {
            _probing.Release();
        }
    }

    private async Task<HealthCheckResult> ProbeAsync(CancellationToken ct)
    {
        var data = new Dictionary<string, object>();
        if (_lastFailure is { } failed) data["lastFailedWrite"] = failed.ToString("O", System.Globalization.CultureInfo.InvariantCulture);
        var folders = (locations.DatabaseIsFile ? [Path.GetDirectoryName(locations.Database)!] : Array.Empty<string>())
            .Concat([locations.Keys, locations.Uploads, locations.Mail]).Distinct();
        foreach (var folder in folders)
        {
            try
            {
                var probe = Path.Combine(folder, $".healthz-{Environment.ProcessId}{AtomicFile.PartialSuffix}");
                await AtomicFile.WriteAsync(probe, new byte[4096], ct);
                AtomicFile.TryDelete(probe);
                var free = new DriveInfo(folder).AvailableFreeSpace;
                if (free < MinimumFreeBytes)
                    return HealthCheckResult.Unhealthy($"{free / (1024 * 1024)} MB free where {folder} is, below Health:MinimumFreeMegabytes", data: data);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return HealthCheckResult.Unhealthy($"cannot write to {folder}", e, data);
            }
        }
        return HealthCheckResult.Healthy(data: data);
    }

    [LoggerMessage(Level = LogLevel.Critical, Message = "A write failed because storage is full; nothing of it was kept and the member was told to try later. Free space where the database, uploads and mail live")]
    private static partial void WriteFailed(ILogger log, Exception error);
}
