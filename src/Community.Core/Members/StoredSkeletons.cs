using Community.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Community.Core.Members;

/// <summary>
/// Keeps every member's stored name skeleton in step with <see cref="DisplayNamePolicy.Skeleton"/>: when the rule or
/// the system's confusables data changes, a new look-alike must still collide with the names already taken.
/// </summary>
public static class StoredSkeletons
{
    private const string RuleName = "display-name-skeleton";

    /// <summary>Raise when <see cref="DisplayNamePolicy.Skeleton"/> changes; a different ICU version counts as a change too.</summary>
    private static string CurrentRule => $"2;icu-{IcuConfusables.Version}";

    /// <summary>
    /// Recomputes and stores the skeletons that differ when the rule changed since the last start (about 50 µs a
    /// name: every start would cost a minute at a million members); returns how many changed.
    /// </summary>
    public static async Task<int> RefreshAsync(CommunityDbContext db, CancellationToken ct = default)
    {
        var stored = await db.RuleVersions.SingleOrDefaultAsync(r => r.Name == RuleName, ct);
        if (stored?.Version == CurrentRule) return 0;
        var members = await db.Users.AsNoTracking().OrderBy(m => m.Id).Select(m => new { m.Id, m.DisplayName, m.DisplayNameSkeleton }).ToListAsync(ct);
        var taken = members.Select(m => m.DisplayNameSkeleton).ToHashSet(StringComparer.Ordinal);
        var changed = 0;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        foreach (var member in members)
        {
            var skeleton = DisplayNamePolicy.Skeleton(member.DisplayName);
            if (skeleton == member.DisplayNameSkeleton) continue;
            // Two names taken before the rule grew stricter may now collide: the earlier member keeps the skeleton
            // (new look-alikes of both stay refused), the later one a unique variant.
            if (taken.Contains(skeleton)) skeleton = $"{skeleton[..Math.Min(skeleton.Length, DisplayNamePolicy.MaxSkeletonLength - 12)]}#{member.Id}";
            taken.Remove(member.DisplayNameSkeleton);
            taken.Add(skeleton);
            await db.Users.Where(m => m.Id == member.Id).ExecuteUpdateAsync(set => set.SetProperty(m => m.DisplayNameSkeleton, skeleton), ct);
            changed++;
        }
        if (stored is null) db.RuleVersions.Add(new RuleVersion { Name = RuleName, Version = CurrentRule });
        else stored.Version = CurrentRule;
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return changed;
    }
}
