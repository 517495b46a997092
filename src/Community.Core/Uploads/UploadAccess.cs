using Community.Core.Content;
using Community.Core.Data;
using Community.Core.Spaces;
using Microsoft.EntityFrameworkCore;

namespace Community.Core.Uploads;

/// <summary>Who may fetch an upload, and so how it may be cached.</summary>
public enum UploadAudience
{
    /// <summary>Not this viewer: answered as if it did not exist.</summary>
    Nobody,
    /// <summary>This viewer only (the uploader, staff, or a member of the private space that shows it): not for shared caches.</summary>
    Viewer,
    /// <summary>Shown publicly (a public post, an avatar, a product or reward picture): cacheable by anyone.</summary>
    Everyone,
}

/// <summary>
/// Decides who sees an image from where it is shown (<see cref="UploadUse"/>): public posts, avatars and product
/// pictures are for everyone; a picture only in private-space posts is for those who may read one of them; one only in
/// posts held for review, hidden or deleted, or in none yet (just pasted into a draft), is for its uploader and staff. The question filters of this scope's
/// <see cref="Visibility"/> do the space check, the same one every page relies on.
/// </summary>
public sealed class UploadAccess(CommunityDbContext db, Visibility visibility)
{
    public async Task<(Upload? Upload, UploadAudience Audience)> ForAsync(Guid id, int? viewerId, CancellationToken ct = default)
    {
        var upload = await db.Uploads.AsNoTracking().FirstOrDefaultAsync(u => u.Id == id, ct);
        if (upload is null) return (null, UploadAudience.Nobody);
        if (upload.Purpose is "avatar" or "product" or "reward" or "brand") return (upload, UploadAudience.Everyone);

        var uses = db.UploadUses.Where(u => u.UploadId == id);
        // Shown publicly: in a post anyone can read now — not one held for review, hidden or deleted.
        var shownPublicly = await uses.AnyAsync(u =>
            (u.PostKind == PostKind.Idea && db.Ideas.Any(i => i.Id == u.PostId && !i.IsDeleted))
            || (u.PostKind == PostKind.Review && db.Reviews.Any(r => r.Id == u.PostId && !r.IsDeleted))
            || (u.PostKind == PostKind.Question && db.Questions.IgnoreQueryFilters().Any(q => q.Id == u.PostId && q.SpaceId == null && !q.IsDeleted))
            || (u.PostKind == PostKind.Answer && db.Answers.IgnoreQueryFilters().Any(a => a.Id == u.PostId && !a.IsDeleted && a.Question!.SpaceId == null && !a.Question.IsDeleted)), ct);
        if (shownPublicly) return (upload, UploadAudience.Everyone);
        if (upload.OwnerId == viewerId || visibility.SeesAll) return (upload, UploadAudience.Viewer);

        var shownToViewer = await uses.AnyAsync(u => (u.PostKind == PostKind.Question && db.Questions.Any(q => q.Id == u.PostId && !q.IsDeleted))
            || (u.PostKind == PostKind.Answer && db.Answers.Any(a => a.Id == u.PostId && !a.IsDeleted && !a.Question!.IsDeleted)), ct);
        return (upload, shownToViewer ? UploadAudience.Viewer : UploadAudience.Nobody);
    }
}
