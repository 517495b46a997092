using Community.Core.Data;
using Community.Core.Members;
using Microsoft.EntityFrameworkCore;

namespace Community.Core.Reputation;

/// <summary>
/// A member's reputation and whether they hold a staff role, read once per scope (a request): a signed-in question page
/// asked the database for the viewer's reputation three times (header, comment and close privileges) and for their
/// roles twice. The ledger forgets a member here when it moves their reputation, so a later check in the same request
/// sees the new figure.
/// </summary>
public sealed class MemberStanding(CommunityDbContext db)
{
    public readonly record struct Facts(int Reputation, bool IsStaff);

    private readonly Dictionary<int, Facts> _known = [];

    // Compiled once: read on every signed-in request, where EF Core's per-call translation lookup was a visible share.
    private static readonly Func<CommunityDbContext, int, Task<Facts>> Read = EF.CompileAsyncQuery((CommunityDbContext db, int memberId) =>
        db.Users.Where(m => m.Id == memberId)
            .Select(m => new Facts(m.Reputation, db.UserRoles
                .Where(r => r.UserId == m.Id)
                .Join(db.Roles, r => r.RoleId, role => role.Id, (_, role) => role.Name)
                .Any(name => Roles.Staff.Contains(name!))))
            .SingleOrDefault());

    public async Task<Facts> OfAsync(int memberId, CancellationToken ct = default)
    {
        if (_known.TryGetValue(memberId, out var known)) return known;
        var facts = await Read(db, memberId);
        _known[memberId] = facts;
        return facts;
    }

    public void Forget(int memberId) => _known.Remove(memberId);
}
