using Community.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Community.Core.Uploads;

/// <summary>A member sets (or removes) their own picture; the image goes through the same checks and re-encoding as every upload.</summary>
public sealed class SetAvatar(CommunityDbContext db, StoreImage images)
{
    public async Task<Guid?> ExecuteAsync(int memberId, Stream? image, CancellationToken ct = default)
    {
        Guid? avatarId = image is null ? null : (await images.ExecuteAsync(image, memberId, "avatar", ct)).Id;
        await db.Users.Where(m => m.Id == memberId).ExecuteUpdateAsync(s => s.SetProperty(m => m.AvatarId, avatarId), ct);
        return avatarId;
    }
}
