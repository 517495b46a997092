using Community.Core.Content;
using Community.Core.Data;
using Community.Core.Questions;
using Community.Core.Reputation;
using Community.Core.Tags;
using Microsoft.EntityFrameworkCore;
using Community.Core.Audit;

namespace Community.Core.Moderation;

/// <summary>
/// Hides and restores posts on a moderator's word (nothing is ever hard-deleted). Hiding reverses what the
/// post earned anyone; restoring re-awards it from what still stands (its current votes and acceptance),
/// so a post deleted and restored any number of times ends where it started.
/// </summary>
public sealed class ModeratePosts(CommunityDbContext db, ReputationLedger ledger, AuditLog audit)
{
    public async Task HideAsync(PostKind kind, int postId, string reason, int moderatorId, CancellationToken ct = default)
    {
        await using var own = await db.Database.JoinOrBeginTransactionAsync(ct);
        await SetHiddenAsync(kind, postId, reason, ct);
        await ledger.ReversePostAsync(kind, postId, ct);
        await audit.RecordAsync(moderatorId, $"{kind.Name()}.delete", $"{kind.Name()}:{postId}", "visible", reason, ct);
        if (own is not null) await own.CommitAsync(ct);
    }

    public async Task RestoreAsync(PostKind kind, int postId, int moderatorId, string verb = "undelete", CancellationToken ct = default)
    {
        await using var own = await db.Database.JoinOrBeginTransactionAsync(ct);
        var reason = await ClearHiddenAsync(kind, postId, ct);
        await ReawardAsync(kind, postId, ct);
        await audit.RecordAsync(moderatorId, $"{kind.Name()}.{verb}", $"{kind.Name()}:{postId}", reason, "visible", ct);
        if (own is not null) await own.CommitAsync(ct);
    }

    /// <summary>"review" mode: the moderator has looked at a published first post and leaves it up.</summary>
    public async Task MarkReviewedAsync(PostKind kind, int postId, int moderatorId, CancellationToken ct = default)
    {
        var changed = kind == PostKind.Question
            ? await db.Questions.Where(q => q.Id == postId && q.NeedsReview).ExecuteUpdateAsync(s => s.SetProperty(q => q.NeedsReview, false), ct)
            : await db.Answers.Where(a => a.Id == postId && a.NeedsReview).ExecuteUpdateAsync(s => s.SetProperty(a => a.NeedsReview, false), ct);
        if (changed == 0) throw DomainException.Conflict("NotWaitingForReview");
        db.Events.Raise(new ModerationQueuesChanged());
        await audit.RecordAsync(moderatorId, $"{kind.Name()}.reviewed", $"{kind.Name()}:{postId}", "needs review", "reviewed", ct);
    }

    /// <summary>Hides without a moderator (trusted members' spam flags); the flag queue decides later.</summary>
    public Task HideByFlagsAsync(PostKind kind, int postId, CancellationToken ct = default) => SetHiddenAsync(kind, postId, HiddenReasons.Flagged, ct);


    /// <summary>Hides and saves; readers of the question see it go once the change is committed.</summary>
    private async Task SetHiddenAsync(PostKind kind, int postId, string reason, CancellationToken ct)
    {
        if (kind == PostKind.Question)
        {
            var question = await db.Questions.Include(q => q.Tags).FirstOrDefaultAsync(q => q.Id == postId, ct) ?? throw DomainException.NotFound("PostNotFound");
            var wasPublic = question.Hide(reason);
            if (question.SpaceId is null && wasPublic) TagCatalog.Count(question.Tags, -1);
            db.Events.Raise(new PostChanged(question.Id, kind, postId));
            await db.SaveChangesAsync(ct);
            return;
        }
        var answer = await db.Answers.Include(a => a.Question).FirstOrDefaultAsync(a => a.Id == postId, ct) ?? throw DomainException.NotFound("PostNotFound");
        var answerWasPublic = answer.Hide(reason);
        if (answerWasPublic) answer.Question!.AnswerCount = Math.Max(0, answer.Question.AnswerCount - 1);
        db.Events.Raise(new PostChanged(answer.QuestionId, kind, postId));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Shows the post again and saves; returns why it had been hidden.</summary>
    private async Task<string?> ClearHiddenAsync(PostKind kind, int postId, CancellationToken ct)
    {
        if (kind == PostKind.Question)
        {
            var question = await db.Questions.Include(q => q.Tags).FirstOrDefaultAsync(q => q.Id == postId, ct) ?? throw DomainException.NotFound("PostNotFound");
            var reason = question.Restore();
            if (question.SpaceId is null) TagCatalog.Count(question.Tags, +1);
            db.Events.Raise(new PostChanged(question.Id, kind, postId));
            await db.SaveChangesAsync(ct);
            return reason;
        }
        var answer = await db.Answers.Include(a => a.Question).FirstOrDefaultAsync(a => a.Id == postId, ct) ?? throw DomainException.NotFound("PostNotFound");
        var answerReason = answer.Restore();
        answer.Question!.AnswerCount++;
        db.Events.Raise(new PostChanged(answer.QuestionId, kind, postId));
        await db.SaveChangesAsync(ct);
        return answerReason;
    }

    /// <summary>Gives back what the post's standing votes (and, for an answer, its acceptance) are worth.</summary>
    private async Task ReawardAsync(PostKind kind, int postId, CancellationToken ct)
    {
        var post = kind == PostKind.Question
            ? await db.Questions.Where(q => q.Id == postId).Select(q => new { q.AuthorId, AskerId = q.AuthorId, Accepted = false }).SingleAsync(ct)
            : await db.Answers.Where(a => a.Id == postId).Select(a => new { a.AuthorId, AskerId = a.Question!.AuthorId, Accepted = a.Question.AcceptedAnswerId == a.Id }).SingleAsync(ct);
        var votes = await db.Votes.Where(v => v.PostKind == kind && v.PostId == postId).Select(v => new { v.VoterId, v.Value }).ToListAsync(ct);
        foreach (var vote in votes)
        {
            var source = ReputationLedger.VoteSource(kind, postId, vote.VoterId);
            if (vote.Value > 0)
                await ledger.AwardOnceAsync(post.AuthorId, kind == PostKind.Question ? ReputationReason.QuestionUpvoted : ReputationReason.AnswerUpvoted, source, kind, postId, vote.VoterId, ct);
            else
            {
                await ledger.AwardOnceAsync(post.AuthorId, ReputationReason.PostDownvoted, source, kind, postId, vote.VoterId, ct);
                if (kind == PostKind.Answer) await ledger.AwardOnceAsync(vote.VoterId, ReputationReason.DownvotedAnswer, source, kind, postId, vote.VoterId, ct);
            }
        }
        if (post.Accepted && post.AuthorId != post.AskerId)
        {
            await ledger.AwardOnceAsync(post.AuthorId, ReputationReason.AnswerAccepted, ReputationLedger.AcceptSource(postId), kind, postId, post.AskerId, ct);
            await ledger.AwardOnceAsync(post.AskerId, ReputationReason.AcceptedAnAnswer, ReputationLedger.AcceptSource(postId), kind, postId, post.AskerId, ct);
        }
    }
}
