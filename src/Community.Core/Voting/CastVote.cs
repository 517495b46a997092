using Community.Core.Content;
using Community.Core.Data;
using Community.Core.Realtime;
using Microsoft.EntityFrameworkCore;

namespace Community.Core.Voting;

public sealed record VoteResult(int Score, int MyVote);

/// <summary>
/// Records, changes or retracts one member's vote on a question or answer and keeps the post's
/// stored score exact. Used by the page handler and the hub alike.
/// </summary>
public sealed class CastVote(CommunityDbContext db, ICommunityNotifier notifier, TimeProvider clock)
{
    public async Task<VoteResult> ExecuteAsync(PostKind kind, int postId, VoteDirection direction, int voterId, CancellationToken ct = default)
    {
        if (!Enum.IsDefined(kind) || !Enum.IsDefined(direction)) throw new DomainException("PostNotFound");

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var post = await FindPostAsync(kind, postId, ct) ?? throw new DomainException("PostNotFound");
        var vote = await db.Votes.FirstOrDefaultAsync(v => v.VoterId == voterId && v.PostKind == kind && v.PostId == postId, ct);
        var (newValue, delta) = VoteRules.Apply(vote?.Value ?? 0, direction, voterId, post.AuthorId);

        if (vote is null)
            db.Votes.Add(new Vote { VoterId = voterId, PostKind = kind, PostId = postId, Value = newValue, CreatedAt = clock.GetUtcNow().UtcDateTime });
        else if (newValue == 0)
            db.Votes.Remove(vote);
        else
            vote.Value = newValue;
        await db.SaveChangesAsync(ct);

        var score = post.Score + delta;
        if (kind == PostKind.Question)
            await db.Questions.Where(q => q.Id == postId).ExecuteUpdateAsync(s => s.SetProperty(q => q.Score, q => q.Score + delta), ct);
        else
            await db.Answers.Where(a => a.Id == postId).ExecuteUpdateAsync(s => s.SetProperty(a => a.Score, a => a.Score + delta), ct);
        await transaction.CommitAsync(ct);

        await notifier.ScoreChangedAsync(post.QuestionId, kind, postId, score);
        return new VoteResult(score, newValue);
    }

    private sealed record PostFacts(int AuthorId, int QuestionId, int Score);

    private Task<PostFacts?> FindPostAsync(PostKind kind, int postId, CancellationToken ct) => kind == PostKind.Question
        ? db.Questions.Where(q => q.Id == postId && !q.IsDeleted).Select(q => new PostFacts(q.AuthorId, q.Id, q.Score)).FirstOrDefaultAsync(ct)
        : db.Answers.Where(a => a.Id == postId && !a.IsDeleted && !a.Question!.IsDeleted).Select(a => new PostFacts(a.AuthorId, a.QuestionId, a.Score)).FirstOrDefaultAsync(ct);
}
