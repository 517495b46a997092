using Community.Core.Content;
using Community.Core.Data;
using Community.Core.Moderation;
using Community.Core.Reputation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Community.Core.Audit;

namespace Community.Core.Ideas;

/// <summary>
/// What a status brings with it beyond the status itself: Planned and Delivered pay the author; a Duplicate merges
/// into its target (votes without double counting, followers) and earns nothing. Runs inside the status change's transaction.
/// </summary>
public sealed class IdeaStatusConsequences(CommunityDbContext db, ReputationLedger ledger, IOptions<IdeaOptions> options)
{
    /// <summary>Planned and delivered ideas pay their author (once each).</summary>
    public async Task RewardAsync(Idea idea, IdeaStatus to, int staffId, CancellationToken ct)
    {
        switch (to)
        {
            case IdeaStatus.Planned:
                await ledger.AwardOnceAsync(idea.AuthorId, ReputationReason.IdeaPlanned, $"idea:planned:{idea.Id}", PostKind.Idea, idea.Id, staffId, ct);
                break;
            case IdeaStatus.Delivered:
                await ledger.AwardOnceAsync(idea.AuthorId, ReputationReason.IdeaDelivered, $"idea:delivered:{idea.Id}", PostKind.Idea, idea.Id, staffId, ct);
                break;
            case IdeaStatus.Duplicate:
                // A duplicate earns nothing: submitting the same idea twice must not pay twice.
                await ledger.ReverseAsync(SubmitIdea.Source(idea.Id), ct);
                break;
        }
    }

    /// <summary>Moves the duplicate's votes (no double counting) and followers to the target.</summary>
    public async Task<Idea> MergeAsync(Idea idea, int? targetId, DateTime now, CancellationToken ct)
    {
        var target = targetId is { } id && id != idea.Id
            ? await db.Ideas.FirstOrDefaultAsync(i => i.Id == id && !i.IsDeleted && i.Status != IdeaStatus.Duplicate, ct)
            : null;
        if (target is null) throw new DomainException("IdeaDuplicateTarget");

        var sourceVotes = await db.IdeaVotes.Where(v => v.IdeaId == idea.Id).ToListAsync(ct);
        var targetVoters = (await db.IdeaVotes.Where(v => v.IdeaId == target.Id).Select(v => v.VoterId).ToListAsync(ct)).ToHashSet();
        var plan = IdeaMerge.Plan(sourceVotes, targetVoters);
        db.IdeaVotes.RemoveRange(sourceVotes);
        db.IdeaVotes.AddRange(plan.Moved.Select(v => new IdeaVote { IdeaId = target.Id, VoterId = v.VoterId, Weight = v.Weight, CreatedAt = v.CreatedAt }));
        target.VoteCount += plan.AddedVotes;
        target.WeightedVotes += plan.AddedWeight;
        idea.VoteCount = 0;
        idea.WeightedVotes = 0;
        idea.DuplicateOfId = target.Id;

        var targetFollowers = await db.IdeaFollowers.Where(f => f.IdeaId == target.Id).Select(f => f.MemberId).ToListAsync(ct);
        var newFollowers = await db.IdeaFollowers.Where(f => f.IdeaId == idea.Id && !targetFollowers.Contains(f.MemberId)).Select(f => f.MemberId).ToListAsync(ct);
        db.IdeaFollowers.AddRange(newFollowers.Select(m => new IdeaFollower { IdeaId = target.Id, MemberId = m }));

        IdeaAccountability.StartClockIfDue(target, options.Value, now);
        return target;
    }
}
