using Community.Core.Members;
using Community.Core.Content;
using Community.Core.Data;
using Community.Core.Questions;
using Community.Core.Reputation;
using Microsoft.EntityFrameworkCore;

namespace Community.Core.Moderation;

public sealed record EditProposal(string? Title, string? Body, string? Tags, string? Summary);

/// <summary>
/// Members improve others' posts: with the edit-any-post privilege the edit applies at once; without it,
/// it waits in the suggested-edits queue (one pending suggestion per member and post).
/// </summary>
public sealed class SuggestEdits(CommunityDbContext db, EditPost edits, PrivilegeCheck privileges, TimeProvider clock)
{
    /// <returns>True when the edit was applied at once, false when it waits for review.</returns>
    public async Task<bool> ProposeAsync(PostKind kind, int postId, EditProposal proposal, int proposerId, CancellationToken ct = default)
    {
        await db.EnsureMayPublishAsync(proposerId, clock.GetUtcNow().UtcDateTime, ct);
        var body = PostValidation.Body(proposal.Body, kind == PostKind.Question ? PostLimits.BodyMin : PostLimits.AnswerMin);
        var title = kind == PostKind.Question ? PostValidation.Title(proposal.Title) : null;
        var post = kind == PostKind.Question
            ? await db.Questions.Where(q => q.Id == postId && !q.IsDeleted).Select(q => new { q.AuthorId, Locked = q.LockedAt != null }).FirstOrDefaultAsync(ct)
            : await db.Answers.Where(a => a.Id == postId && !a.IsDeleted).Select(a => new { a.AuthorId, Locked = a.Question!.LockedAt != null }).FirstOrDefaultAsync(ct);
        if (post is null) throw DomainException.NotFound("PostNotFound");
        if (post.AuthorId == proposerId) throw new DomainException("EditYourOwnPost");
        if (post.Locked) throw DomainException.Conflict("QuestionLocked");

        if (await privileges.HasAsync(proposerId, Privilege.EditAnyPost, ct))
        {
            if (kind == PostKind.Question) await edits.EditQuestionAsync(postId, title, body, proposal.Tags, proposerId, asModerator: true, ct: ct);
            else await edits.EditAnswerAsync(postId, body, proposerId, asModerator: true, ct: ct);
            return true;
        }
        if (await db.SuggestedEdits.AnyAsync(s => s.PostKind == kind && s.PostId == postId && s.ProposerId == proposerId && s.Outcome == null, ct))
            throw DomainException.Conflict("SuggestionPending");
        var summary = (proposal.Summary ?? "").Trim();
        db.SuggestedEdits.Add(new SuggestedEdit
        {
            PostKind = kind, PostId = postId, ProposerId = proposerId, Title = title, Tags = proposal.Tags?.Trim(), BodyMarkdown = body,
            Summary = summary.Length == 0 ? null : summary[..Math.Min(SuggestedEdit.SummaryMax, summary.Length)], CreatedAt = clock.GetUtcNow().UtcDateTime,
        });
        db.Events.Raise(new ModerationQueuesChanged());
        await db.SaveChangesAsync(ct);
        return false;
    }
}
