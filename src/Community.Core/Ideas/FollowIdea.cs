using Community.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Community.Core.Ideas;

/// <summary>Follow or unfollow an idea (desired state): followers are told about every status change.</summary>
public sealed class FollowIdea(CommunityDbContext db)
{
    public async Task ExecuteAsync(int ideaId, bool follow, int memberId, CancellationToken ct = default)
    {
        if (!await db.Ideas.AnyAsync(i => i.Id == ideaId && !i.IsDeleted, ct)) throw DomainException.NotFound("IdeaNotFound");
        var existing = await db.IdeaFollowers.FirstOrDefaultAsync(f => f.IdeaId == ideaId && f.MemberId == memberId, ct);
        if (follow && existing is null) db.IdeaFollowers.Add(new IdeaFollower { IdeaId = ideaId, MemberId = memberId });
        else if (!follow && existing is not null) db.IdeaFollowers.Remove(existing);
        else return;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException) when (follow)
        {
            // A raced second "follow" found the row already there: the wanted state holds.
        }
    }
}
