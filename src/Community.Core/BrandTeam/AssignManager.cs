using Community.Core.Audit;
using Community.Core.Data;
using Community.Core.Members;
using Community.Core.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Community.Core.BrandTeam;

/// <summary>
/// Dedicated personal assistance: a brand-team member looks after these members personally. Their new posts come first
/// in that manager's list and each member sees who their manager is. Null takes the manager away.
/// </summary>
public sealed class AssignManager(CommunityDbContext db, MemberInbox inbox, AuditLog audit)
{
    public async Task<int> ExecuteAsync(IReadOnlyCollection<int> memberIds, int? managerId, int actorId, CancellationToken ct = default)
    {
        string? managerName = null;
        if (managerId is { } id)
        {
            var isBrandTeam = await db.UserRoles.Where(r => r.UserId == id)
                .Join(db.Roles, r => r.RoleId, role => role.Id, (_, role) => role.Name)
                .AnyAsync(name => name == Roles.BrandTeam || name == Roles.Admin, ct);
            if (!isBrandTeam) throw new DomainException("ManagerMustBeBrandTeam");
            managerName = await db.Users.Where(m => m.Id == id).Select(m => m.DisplayName).SingleAsync(ct);
        }
        var chosen = await ChosenMembers.ExistingAsync(db, memberIds, ct);
        var members = await db.Users.Where(m => chosen.Contains(m.Id) && m.ManagerId != managerId && m.Id != managerId).ToListAsync(ct);
        foreach (var member in members) member.ManagerId = managerId;
        await db.SaveChangesAsync(ct);
        foreach (var member in members)
        {
            await audit.RecordAsync(actorId, "member.manager", $"member:{member.Id}", null, managerId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none", ct);
            if (managerName is not null) await inbox.TellAsync(member.Id, NotificationKinds.ManagerAssigned, managerName, $"/users/{managerId}", ct);
        }
        return members.Count;
    }
}
