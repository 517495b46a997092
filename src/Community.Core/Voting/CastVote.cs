using Community.Core.Content;
using Community.Core.Data;
using Community.Core.Reputation;
using Microsoft.EntityFrameworkCore;

namespace Community.Core.Voting;

public sealed record VoteResult(int Score, int MyVote);

/// <summary>
/// Sets one member's vote on a question or answer, keeps the post's stored score exact and moves
/// reputation through the ledger (the old vote's entries are reversed, the new vote's added).
/// Used by the page handler and the hub alike.
/// </summary>
public sealed class CastVote(CommunityDbContext db, PrivilegeCheck privileges, ReputationLedger ledger, TimeProvider clock)
{
    public async Task<VoteResult> ExecuteAsync(PostKind kind, int postId, VoteDirection desired, int voterId, CancellationToken ct = default)
    {
        if (!Enum.IsDefined(kind) || !Enum.IsDefined(desired)) throw DomainException.NotFound("PostNotFound");

        // IMMEDIATE transaction: concurrent identical requests queue here and see each other's result.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var post = await FindPostAsync(kind, postId, ct) ?? throw DomainException.NotFound("PostNotFound");
        if (post.Locked) throw DomainException.Conflict("QuestionLocked");
        var vote = await db.Votes.FirstOrDefaultAsync(v => v.VoterId == voterId && v.PostKind == kind && v.PostId == postId, ct);
        var current = vote?.Value ?? 0;
        var (newValue, delta) = VoteRules.Apply(current, desired, voterId, post.AuthorId);
        if (delta == 0) return new VoteResult(post.Score, current);
        if (newValue == 1) await privileges.EnsureAsync(voterId, Privilege.Upvote, ct);
        if (newValue == -1) await privileges.EnsureAsync(voterId, Privilege.Downvote, ct);

        if (vote is null)
            db.Votes.Add(new Vote { VoterId = voterId, PostKind = kind, PostId = postId, Value = newValue, CreatedAt = clock.GetUtcNow().UtcDateTime });
        else if (newValue == 0)
            db.Votes.Remove(vote);
        else
            vote.Value = newValue;
        await db.SaveChangesAsync(ct);

        if (kind == PostKind.Question)
            await db.Questions.Where(q => q.Id == postId).ExecuteUpdateAsync(s => s.SetProperty(q => q.Score, q => q.Score + delta), ct);
        else
            await db.Answers.Where(a => a.Id == postId).ExecuteUpdateAsync(s => s.SetProperty(a => a.Score, a => a.Score + delta), ct);

        var score = post.Score + delta;
        db.Events.Raise(new ScoreChanged(post.QuestionId, kind, postId, score));
        var source = ReputationLedger.VoteSource(kind, postId, voterId);
        if (current != 0) await ledger.ReverseAsync(source, ct);
        if (newValue == 1)
            await ledger.AwardAsync(post.AuthorId, kind == PostKind.Question ? ReputationReason.QuestionUpvoted : ReputationReason.AnswerUpvoted, source, kind, postId, voterId, ct);
        if (newValue == -1)
        {
            await ledger.AwardAsync(post.AuthorId, ReputationReason.PostDownvoted, source, kind, postId, voterId, ct);
            if (kind == PostKind.Answer) await ledger.AwardAsync(voterId, ReputationReason.DownvotedAnswer, source, kind, postId, voterId, ct);
        }
        await transaction.CommitAsync(ct);
        return new VoteResult(score, newValue);
    }

    private sealed record PostFacts(int AuthorId, int QuestionId, int Score, bool Locked);

    private Task<PostFacts?> FindPostAsync(PostKind kind, int postId, CancellationToken ct) => kind == PostKind.Question
        ? db.Questions.Where(q => q.Id == postId && !q.IsDeleted).Select(q => new PostFacts(q.AuthorId, q.Id, q.Score, q.LockedAt != null)).FirstOrDefaultAsync(ct)
        : db.Answers.Where(a => a.Id == postId && !a.IsDeleted && !a.Question!.IsDeleted).Select(a => new PostFacts(a.AuthorId, a.QuestionId, a.Score, a.Question!.LockedAt != null)).FirstOrDefaultAsync(ct);
}
