using Community.Core.Content;
using Community.Core.Data;
using Community.Core.Ideas;
using Community.Core.Spaces;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Community.Core.Uploads;

/// <summary>
/// Notes where each saved post shows an upload, in the same save. Every question, answer, review and idea version is a
/// new <see cref="PostRevision"/>, so watching those (plus an idea's comments and status messages) covers every way a
/// picture gets into a post without each feature remembering to. Only the uploader's own posts count (and staff's, who
/// may move or convert a post): someone who merely learned a private picture's address cannot publish it by pasting it
/// into a public post. One per process: who is writing comes from the context's scope.
/// </summary>
public sealed class UploadUseRecorder : SaveChangesInterceptor
{
    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is CommunityDbContext db) await RecordAsync(db, cancellationToken);
        return result;
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is CommunityDbContext db) RecordAsync(db, CancellationToken.None).GetAwaiter().GetResult();
        return result;
    }

    private static async Task RecordAsync(CommunityDbContext db, CancellationToken ct)
    {
        var mentions = db.ChangeTracker.Entries().Where(e => e.State == EntityState.Added).SelectMany(e => MentionsIn(e.Entity)).ToList();
        if (mentions.Count == 0) return;
        var ids = mentions.Select(m => m.UploadId).Distinct().ToList();
        var owners = await db.Uploads.Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.OwnerId, ct);
        var known = (await db.UploadUses.Where(u => ids.Contains(u.UploadId)).Select(u => new { u.UploadId, u.PostKind, u.PostId }).ToListAsync(ct))
            .Select(u => (u.UploadId, u.PostKind, u.PostId)).ToHashSet();
        db.UploadUses.AddRange(NewUses(mentions, owners, known, _ => db.Visibility.SeesAll));
    }

    /// <summary>
    /// The one rule for which mentions become uses (here at save time and in <see cref="StoredUploadUses"/> for older
    /// posts): of an upload that exists, written by its uploader or by someone trusted, and not already noted.
    /// </summary>
    internal static IEnumerable<UploadUse> NewUses(IEnumerable<Mention> mentions, IReadOnlyDictionary<Guid, int> owners,
        HashSet<(Guid, PostKind, int)> known, Func<int, bool> trustedWriter)
    {
        foreach (var mention in mentions)
        {
            if (!owners.TryGetValue(mention.UploadId, out var ownerId) || (ownerId != mention.WriterId && !trustedWriter(mention.WriterId))) continue;
            if (known.Add((mention.UploadId, mention.Kind, mention.PostId)))
                yield return new UploadUse { UploadId = mention.UploadId, PostKind = mention.Kind, PostId = mention.PostId };
        }
    }

    internal static IEnumerable<Mention> MentionsIn(object entity) => entity switch
    {
        PostRevision revision => Mentions(revision.BodyMarkdown, revision.PostKind, revision.PostId, revision.EditorId),
        IdeaComment comment => Mentions(comment.BodyMarkdown, PostKind.Idea, comment.IdeaId, comment.AuthorId),
        IdeaStatusChange change => Mentions(change.MessageMarkdown, PostKind.Idea, change.IdeaId, change.ChangedById),
        _ => [],
    };

    private static IEnumerable<Mention> Mentions(string markdown, PostKind kind, int postId, int writerId) =>
        UploadReferences.In(markdown).Select(id => new Mention(id, kind, postId, writerId));

    internal readonly record struct Mention(Guid UploadId, PostKind Kind, int PostId, int WriterId);
}
