using Community.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Community.Core.Reputation;

public sealed record TotalsMismatch(int MemberId, string DisplayName, int StoredReputation, int LedgerReputation, int StoredPoints, int LedgerPoints);

/// <summary>
/// Proves the stored totals: recomputes every member's reputation (1 + sum) and points (sum) from the
/// ledger and reports where they differ; with <c>fix</c>, makes the stored totals equal the ledger.
/// </summary>
public sealed class ReputationAudit(CommunityDbContext db, Audit.AuditLog audit)
{
    public async Task<IReadOnlyList<TotalsMismatch>> RecomputeAsync(bool fix, int? actorId = null, CancellationToken ct = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var sums = await db.ReputationEntries.GroupBy(e => e.MemberId)
            .Select(g => new { MemberId = g.Key, Reputation = g.Sum(e => e.Reputation), Points = g.Sum(e => e.Points) })
            .ToDictionaryAsync(s => s.MemberId, ct);
        var members = await db.Users.AsNoTracking().Select(m => new { m.Id, m.DisplayName, m.Reputation, m.Points }).ToListAsync(ct);
        var mismatches = new List<TotalsMismatch>();
        foreach (var member in members)
        {
            var sum = sums.GetValueOrDefault(member.Id);
            var ledgerReputation = LedgerMath.ReputationFloor + (sum?.Reputation ?? 0);
            var ledgerPoints = sum?.Points ?? 0;
            if (ledgerReputation == member.Reputation && ledgerPoints == member.Points) continue;
            mismatches.Add(new TotalsMismatch(member.Id, member.DisplayName, member.Reputation, ledgerReputation, member.Points, ledgerPoints));
            if (fix)
                await db.Users.Where(m => m.Id == member.Id)
                    .ExecuteUpdateAsync(s => s.SetProperty(m => m.Reputation, ledgerReputation).SetProperty(m => m.Points, ledgerPoints), ct);
        }
        if (fix && actorId is { } actor && mismatches.Count > 0)
            await audit.RecordAsync(actor, "ledger.fix", "members", $"{mismatches.Count} mismatches",
                string.Join("; ", mismatches.Take(20).Select(m => $"{m.MemberId}: {m.StoredReputation}->{m.LedgerReputation}")), ct);
        await transaction.CommitAsync(ct);
        return mismatches;
    }
}
