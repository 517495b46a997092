using System.Globalization;
using Community.Core.Data;
using Community.Core.Moderation;
using Microsoft.EntityFrameworkCore;
using Community.Core.Audit;

namespace Community.Core.Reviews;

public sealed record OwnerImport(int Marked, int AlreadyMarked, IReadOnlyList<string> Unknown);

/// <summary>
/// Marks members as verified owners of a product from a pasted list of emails or member ids (one per line
/// or separated by commas, as exported from an order system). Unknown entries are reported, not guessed.
/// </summary>
public sealed class MarkVerifiedOwners(CommunityDbContext db, AuditLog audit, TimeProvider clock)
{
    public const int MaxEntries = 5000;

    public async Task<OwnerImport> ExecuteAsync(int productId, string? list, int staffId, CancellationToken ct = default)
    {
        var entries = (list ?? "").Split(['\n', '\r', ',', ';', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (entries.Count is 0 or > MaxEntries) throw new DomainException("OwnerListSize", MaxEntries);
        if (!await db.Products.AnyAsync(p => p.Id == productId, ct)) throw new DomainException("ProductUnknown");

        var ids = entries.Select(e => int.TryParse(e, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : (int?)null).Where(id => id is not null).Select(id => id!.Value).ToList();
        var emails = entries.Where(e => e.Contains('@')).Select(e => e.ToUpperInvariant()).ToList();
        var members = await db.Users.Where(m => ids.Contains(m.Id) || emails.Contains(m.NormalizedEmail!))
            .Select(m => new { m.Id, m.NormalizedEmail }).ToListAsync(ct);
        var unknown = entries.Where(e => !members.Any(m => m.Id.ToString(CultureInfo.InvariantCulture) == e || string.Equals(m.NormalizedEmail, e, StringComparison.OrdinalIgnoreCase))).ToList();

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var memberIds = members.Select(m => m.Id).Distinct().ToList();
        var already = await db.VerifiedOwners.Where(o => o.ProductId == productId && memberIds.Contains(o.MemberId)).Select(o => o.MemberId).ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var fresh = memberIds.Except(already).ToList();
        db.VerifiedOwners.AddRange(fresh.Select(id => new VerifiedOwner { ProductId = productId, MemberId = id, MarkedById = staffId, MarkedAt = now }));
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(staffId, "owners.import", $"product:{productId}", null, $"{fresh.Count} marked, {already.Count} already, {unknown.Count} unknown", ct);
        await transaction.CommitAsync(ct);
        return new OwnerImport(fresh.Count, already.Count, unknown.Take(50).ToList());
    }
}
