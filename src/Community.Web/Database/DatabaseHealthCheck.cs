using Community.Core.Data;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Community.Web.Database;

public sealed class DatabaseHealthCheck(CommunityDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default) =>
        await db.Database.CanConnectAsync(ct) ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy("database unreachable");
}
