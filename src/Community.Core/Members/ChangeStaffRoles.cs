using Community.Core.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Community.Core.Audit;

namespace Community.Core.Members;

/// <summary>The staff roles an admin gives or takes away (every member keeps <see cref="Roles.Member"/>).</summary>
public sealed record StaffRoles(bool Moderator, bool BrandTeam, bool Admin)
{
    public IEnumerable<string> Names()
    {
        if (Moderator) yield return Roles.Moderator;
        if (BrandTeam) yield return Roles.BrandTeam;
        if (Admin) yield return Roles.Admin;
    }
}

/// <summary>
/// An admin sets a member's staff roles. One IMMEDIATE transaction, so two admins demoting each other at the
/// same moment cannot leave the community without an admin; audited with before and after.
/// </summary>
public sealed class ChangeStaffRoles(CommunityDbContext db, AuditLog audit)
{
    /// <returns>True when something changed.</returns>
    public async Task<bool> ExecuteAsync(int memberId, StaffRoles wanted, int adminId, CancellationToken ct = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (!await db.Users.AnyAsync(m => m.Id == memberId, ct)) throw DomainException.NotFound("MemberNotFound");
        var roleIds = await db.Roles.ToDictionaryAsync(r => r.Name!, r => r.Id, ct);
        var current = await db.UserRoles.Where(r => r.UserId == memberId).Select(r => r.RoleId).ToListAsync(ct);
        var before = Describe(roleIds, current);
        var staffIds = Roles.Staff.Select(name => roleIds[name]).ToHashSet();
        var wantedIds = wanted.Names().Select(name => roleIds[name]).ToHashSet();

        var removed = current.Where(id => staffIds.Contains(id) && !wantedIds.Contains(id)).ToList();
        var added = wantedIds.Where(id => !current.Contains(id)).ToList();
        if (removed.Count == 0 && added.Count == 0) return false;
        if (removed.Contains(roleIds[Roles.Admin]) && !await db.UserRoles.AnyAsync(r => r.RoleId == roleIds[Roles.Admin] && r.UserId != memberId, ct))
            throw DomainException.Conflict("LastAdmin");

        await db.UserRoles.Where(r => r.UserId == memberId && removed.Contains(r.RoleId)).ExecuteDeleteAsync(ct);
        db.UserRoles.AddRange(added.Select(id => new IdentityUserRole<int> { UserId = memberId, RoleId = id }));
        await db.SaveChangesAsync(ct);
        var after = Describe(roleIds, current.Except(removed).Concat(added));
        await audit.RecordAsync(adminId, "member.roles", $"member:{memberId}", before, after, ct);
        await transaction.CommitAsync(ct);
        return true;
    }

    private static string Describe(Dictionary<string, int> roleIds, IEnumerable<int> held)
    {
        var names = roleIds.Where(r => held.Contains(r.Value)).Select(r => r.Key).Order().ToList();
        return names.Count == 0 ? "—" : string.Join(", ", names);
    }
}
