using Community.Core.Advocacy;
using Community.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Community.Web.Pages.Brand;

/// <summary>How re-engagement went: of the attempts whose outcome is known, how many members came back within the window.</summary>
public sealed class CareFigures(CommunityDbContext db)
{
    public sealed record KindRow(ReengagementKind Kind, int Attempts, int Known, int Returned)
    {
        public int? RatePercent => Known == 0 ? null : (int)Math.Round(100.0 * Returned / Known);
    }

    public async Task<IReadOnlyList<KindRow>> LoadAsync(CancellationToken ct)
    {
        var rows = await db.Reengagements.GroupBy(r => r.Kind)
            .Select(g => new { g.Key, Attempts = g.Count(), Known = g.Count(r => r.Settled), Returned = g.Count(r => r.ReturnedAt != null) })
            .ToListAsync(ct);
        return Enum.GetValues<ReengagementKind>()
            .Select(kind => rows.FirstOrDefault(r => r.Key == kind) is { } r ? new KindRow(kind, r.Attempts, r.Known, r.Returned) : new KindRow(kind, 0, 0, 0))
            .ToList();
    }
}
