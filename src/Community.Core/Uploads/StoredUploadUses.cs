using Community.Core.Data;
using Community.Core.Members;
using Microsoft.EntityFrameworkCore;

namespace Community.Core.Uploads;

/// <summary>
/// Fills in <see cref="UploadUse"/> for posts written before uses were recorded, once (the scan reads every post that
/// mentions an upload). Same rule as <see cref="UploadUseRecorder"/>: the uploader's own posts, and staff's.
/// </summary>
public static class StoredUploadUses
{
    private const string RuleName = "upload-uses";
    private const string CurrentRule = "1";

    public static async Task<int> BackfillAsync(CommunityDbContext db, CancellationToken ct = default)
    {
        var stored = await db.RuleVersions.SingleOrDefaultAsync(r => r.Name == RuleName, ct);
        if (stored?.Version == CurrentRule) return 0;

        var staff = (await db.UserRoles.Join(db.Roles, r => r.RoleId, role => role.Id, (r, role) => new { r.UserId, role.Name })
            .Where(r => Roles.Staff.Contains(r.Name!)).Select(r => r.UserId).ToListAsync(ct)).ToHashSet();
        var owners = await db.Uploads.Where(u => u.Purpose == "post").ToDictionaryAsync(u => u.Id, u => u.OwnerId, ct);
        var mentions = new List<UploadUseRecorder.Mention>();
        if (owners.Count > 0)
        {
            foreach (var revision in await db.PostRevisions.AsNoTracking().Where(r => r.BodyMarkdown.Contains("/uploads/")).ToListAsync(ct))
                mentions.AddRange(UploadUseRecorder.MentionsIn(revision));
            foreach (var comment in await db.IdeaComments.AsNoTracking().Where(c => c.BodyMarkdown.Contains("/uploads/")).ToListAsync(ct))
                mentions.AddRange(UploadUseRecorder.MentionsIn(comment));
            foreach (var change in await db.IdeaStatusChanges.AsNoTracking().Where(c => c.MessageMarkdown.Contains("/uploads/")).ToListAsync(ct))
                mentions.AddRange(UploadUseRecorder.MentionsIn(change));
        }
        var known = (await db.UploadUses.Select(u => new { u.UploadId, u.PostKind, u.PostId }).ToListAsync(ct)).Select(u => (u.UploadId, u.PostKind, u.PostId)).ToHashSet();
        var added = UploadUseRecorder.NewUses(mentions, owners, known, staff.Contains).ToList();
        db.UploadUses.AddRange(added);
        if (stored is null) db.RuleVersions.Add(new RuleVersion { Name = RuleName, Version = CurrentRule });
        else stored.Version = CurrentRule;
        await db.SaveChangesAsync(ct);
        return added.Count;
    }
}
