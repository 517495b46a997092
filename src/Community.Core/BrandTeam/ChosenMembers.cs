using Community.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Community.Core.BrandTeam;

/// <summary>The members a brand-team action was asked to act on: those that exist, each once, at most <see cref="Max"/>.</summary>
public static class ChosenMembers
{
    public const int Max = 200;

    public static async Task<List<int>> ExistingAsync(CommunityDbContext db, IReadOnlyCollection<int>? memberIds, CancellationToken ct)
    {
        var wanted = (memberIds ?? []).Distinct().ToList();
        if (wanted.Count == 0) throw new DomainException("ChooseMembers");
        if (wanted.Count > Max) throw new DomainException("TooManyMembersChosen");
        var found = await db.Users.Where(m => wanted.Contains(m.Id)).OrderBy(m => m.Id).Select(m => m.Id).ToListAsync(ct);
        return found.Count == 0 ? throw DomainException.NotFound("MemberNotFound") : found;
    }
}
