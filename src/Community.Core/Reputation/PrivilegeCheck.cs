using Community.Core.Data;
using Community.Core.Members;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Community.Core.Reputation;

/// <summary>Enforces privileges on the server. Staff (moderators, brand team, admins) hold every privilege.</summary>
public sealed class PrivilegeCheck(CommunityDbContext db, IOptions<PrivilegeOptions> options)
{
    public async Task<bool> HasAsync(int memberId, Privilege privilege, CancellationToken ct = default)
    {
        var reputation = await db.Users.Where(m => m.Id == memberId).Select(m => m.Reputation).SingleOrDefaultAsync(ct);
        return options.Value.Has(reputation, privilege) || await IsStaffAsync(memberId, ct);
    }

    /// <summary>Throws a refusal naming the privilege and the reputation it needs.</summary>
    public async Task EnsureAsync(int memberId, Privilege privilege, CancellationToken ct = default)
    {
        if (!await HasAsync(memberId, privilege, ct))
            throw DomainException.NotEarned($"NeedsPrivilege{privilege}", options.Value.ThresholdFor(privilege));
    }

    private Task<bool> IsStaffAsync(int memberId, CancellationToken ct) =>
        db.UserRoles.Where(r => r.UserId == memberId)
            .Join(db.Roles, r => r.RoleId, role => role.Id, (_, role) => role.Name)
            .AnyAsync(name => Roles.Staff.Contains(name!), ct);
}
