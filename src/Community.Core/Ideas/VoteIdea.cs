using Community.Core.Data;
using Community.Core.Realtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Community.Core.Ideas;

public sealed record IdeaVoteResult(int VoteCount, decimal WeightedVotes, bool Voted);

/// <summary>
/// One vote per member and idea, retractable. Requests name the wanted state, so a repeated request
/// changes nothing. Voters follow the idea (they hear what happens to it). Crossing the threshold
/// without a brand response starts the response clock.
/// </summary>
public sealed class VoteIdea(CommunityDbContext db, IdeaVoteWeights weights, IOptions<IdeaOptions> options, TimeProvider clock)
{
    public async Task<IdeaVoteResult> ExecuteAsync(int ideaId, bool vote, int voterId, CancellationToken ct = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var idea = await db.Ideas.FirstOrDefaultAsync(i => i.Id == ideaId && !i.IsDeleted, ct) ?? throw DomainException.NotFound("IdeaNotFound");
        var existing = await db.IdeaVotes.FirstOrDefaultAsync(v => v.IdeaId == ideaId && v.VoterId == voterId, ct);
        if (vote == existing is not null) return new IdeaVoteResult(idea.VoteCount, idea.WeightedVotes, vote);
        if (vote && !IdeaWorkflow.TakesVotes(idea.Status)) throw DomainException.Conflict("IdeaClosedForVotes");

        var now = clock.GetUtcNow().UtcDateTime;
        if (vote)
        {
            var weight = await weights.ForAsync(voterId, ct);
            db.IdeaVotes.Add(new IdeaVote { IdeaId = ideaId, VoterId = voterId, Weight = weight, CreatedAt = now });
            idea.VoteCount++;
            idea.WeightedVotes += weight;
            if (!await db.IdeaFollowers.AnyAsync(f => f.IdeaId == ideaId && f.MemberId == voterId, ct))
                db.IdeaFollowers.Add(new IdeaFollower { IdeaId = ideaId, MemberId = voterId });
            IdeaAccountability.StartClockIfDue(idea, options.Value, now);
        }
        else
        {
            db.IdeaVotes.Remove(existing!);
            idea.VoteCount--;
            idea.WeightedVotes -= existing!.Weight;
        }
        await db.SaveChangesAsync(ct);
        db.Events.Raise(new IdeaChanged(ideaId));
        await transaction.CommitAsync(ct);
        return new IdeaVoteResult(idea.VoteCount, idea.WeightedVotes, vote);
    }
}
