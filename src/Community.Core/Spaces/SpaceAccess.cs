using Community.Core.Data;
using Community.Core.Members;
using Community.Core.Reputation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Community.Core.Spaces;

/// <summary>Works out which spaces a member may enter: staff see all; others by level or by invitation.</summary>
public sealed class SpaceAccess(CommunityDbContext db, MemberStanding standing, IOptions<AdvocacyOptions> advocacy)
{
    /// <returns>null for staff (every space), else the ids of the spaces open to this member (none for visitors).</returns>
    public async Task<IReadOnlyCollection<int>?> SpaceIdsForAsync(int? memberId, CancellationToken ct = default)
    {
        if (memberId is null) return [];
        // The same facts the page's privilege checks read later in this request: one query for both.
        var (reputation, isStaff) = await standing.OfAsync(memberId.Value, ct);
        if (isStaff) return null;
        var level = AdvocateLevelPolicy.For(Math.Max(1, reputation), advocacy.Value.Ladder).Current.Number;
        var open = new List<int>();
        await foreach (var id in OpenSpaces(db, level, memberId.Value).WithCancellation(ct)) open.Add(id);
        return open;
    }

    // Compiled once: read at the start of every signed-in request.
    private static readonly Func<CommunityDbContext, int, int, IAsyncEnumerable<int>> OpenSpaces = EF.CompileAsyncQuery(
        (CommunityDbContext db, int level, int memberId) => db.Spaces
            .Where(s => (s.MinimumLevel != null && s.MinimumLevel <= level) || db.SpaceMembers.Any(m => m.SpaceId == s.Id && m.MemberId == memberId))
            .Select(s => s.Id));

    /// <summary>Resolves the member's spaces and restricts this scope's database reads to them.</summary>
    public async Task ApplyAsync(Visibility visibility, int? memberId, CancellationToken ct = default)
    {
        var spaceIds = await SpaceIdsForAsync(memberId, ct);
        if (spaceIds is null) visibility.SeeEverything();
        else visibility.Grant(spaceIds);
    }
}
