using Community.Core.Data;
using Community.Core.Moderation;
using Microsoft.EntityFrameworkCore;
using Community.Core.Slugs;
using Community.Core.Audit;

namespace Community.Core.Spaces;

/// <summary>The brand team's side of private spaces: open one, invite members, take them out again.</summary>
public sealed class ManageSpaces(CommunityDbContext db, AuditLog audit, TimeProvider clock)
{
    public async Task<Space> CreateAsync(string? name, string? description, int? minimumLevel, int? actorId, CancellationToken ct = default)
    {
        var trimmed = (name ?? "").Trim();
        if (trimmed.Length is < 2 or > Space.NameMax) throw new DomainException("SpaceNameLength");
        if (minimumLevel is < 1 or > 5) throw new DomainException("RewardLevelRange");
        var slug = Slug.From(trimmed, 60);
        if (slug.Length == 0 || await db.Spaces.AnyAsync(s => s.Slug == slug, ct)) throw DomainException.Conflict("SpaceExists");
        var space = new Space
        {
            Name = trimmed, Slug = slug, Description = (description ?? "").Trim() is var d && d.Length > 1000 ? d[..1000] : d,
            MinimumLevel = minimumLevel, CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Spaces.Add(space);
        await db.SaveChangesAsync(ct);
        if (actorId is { } actor) await audit.RecordAsync(actor, "space.create", $"space:{space.Id}", null, $"{space.Name}; level {space.MinimumLevel?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "invitation"}", ct);
        return space;
    }

    /// <summary>Invites a member by exact display name; inviting twice changes nothing.</summary>
    public async Task AddMemberAsync(int spaceId, string? displayName, int addedById, CancellationToken ct = default)
    {
        var name = (displayName ?? "").Trim();
        var memberId = await db.Users.Where(m => m.DisplayName == name).Select(m => (int?)m.Id).SingleOrDefaultAsync(ct)
            ?? throw DomainException.NotFound("MemberNotFound");
        if (!await db.Spaces.AnyAsync(s => s.Id == spaceId, ct)) throw DomainException.NotFound("SpaceNotFound");
        if (await db.SpaceMembers.AnyAsync(m => m.SpaceId == spaceId && m.MemberId == memberId, ct)) return;
        db.SpaceMembers.Add(new SpaceMember { SpaceId = spaceId, MemberId = memberId, AddedById = addedById, AddedAt = clock.GetUtcNow().UtcDateTime });
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(addedById, "space.invite", $"space:{spaceId}/member:{memberId}", ct: ct);
    }

    public async Task RemoveMemberAsync(int spaceId, int memberId, int actorId, CancellationToken ct = default)
    {
        if (await db.SpaceMembers.Where(m => m.SpaceId == spaceId && m.MemberId == memberId).ExecuteDeleteAsync(ct) > 0)
            await audit.RecordAsync(actorId, "space.remove", $"space:{spaceId}/member:{memberId}", ct: ct);
    }

    /// <summary>Makes sure the configured spaces exist (e.g. "Beta programme", "Advisory circle"); idempotent.</summary>
    public async Task EnsureAsync(IEnumerable<SpaceDefault> defaults, CancellationToken ct = default)
    {
        foreach (var space in defaults)
        {
            var slug = Slug.From(space.Name, 60);
            if (slug.Length > 0 && !await db.Spaces.AnyAsync(s => s.Slug == slug, ct))
                await CreateAsync(space.Name, space.Description, space.MinimumLevel, actorId: null, ct);
        }
    }
}

/// <summary>One entry of the "Spaces:Defaults" list in appsettings.json.</summary>
public sealed class SpaceDefault
{
    public string Name { get; set; } = "";
    public string Description { get; set; } = "";
    public int? MinimumLevel { get; set; }
}
