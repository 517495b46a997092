using Community.Core.Content;
using Community.Core.Questions;
using Community.Core.Audit;

namespace Community.Core.Moderation;

/// <summary>A moderator restores any post to an earlier revision (saved as a new revision, so history only grows), audited.</summary>
public sealed class RestoreRevision(EditPost edits, AuditLog audit)
{
    public async Task<int> ExecuteAsync(PostKind kind, int postId, int revisionNumber, int moderatorId, CancellationToken ct = default)
    {
        var questionId = await edits.RollbackAsync(kind, postId, revisionNumber, moderatorId, asModerator: true, ct: ct);
        await audit.RecordAsync(moderatorId, $"{kind.Name()}.rollback", $"{kind.Name()}:{postId}", null, $"revision {revisionNumber}", ct);
        return questionId;
    }
}
