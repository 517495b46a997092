using Community.Core.Content;
using Community.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Community.Core.Reputation;

/// <summary>
/// Writes the reputation ledger and keeps each member's stored totals equal to it. Call inside the
/// use case's write transaction; each entry raises <see cref="ReputationChanged"/>, told to members (live
/// reputation, level-ups) and badges once that transaction commits. Sources name causes ("vote:Answer:12:by:5"), so a retraction, an
/// un-accept or a deletion can undo exactly what its cause gave.
/// </summary>
public sealed class ReputationLedger(CommunityDbContext db, MemberStanding standing, IOptions<ReputationOptions> options, TimeProvider clock)
{
    public static string VoteSource(PostKind kind, int postId, int voterId) => $"vote:{kind}:{postId}:by:{voterId}";
    public static string AcceptSource(int answerId) => $"accept:Answer:{answerId}";

    public async Task AwardAsync(int memberId, ReputationReason reason, string source, PostKind? kind = null, int? postId = null, int? actorId = null, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var rules = options.Value;
        var current = await BalancesAsync(memberId, ct);
        int? cap = ReputationOptions.CountsTowardsDailyCap(reason) ? rules.DailyVoteCap : null;
        var gainedToday = cap is null ? 0 : await GainedFromVotesSinceAsync(memberId, now.Date, ct);
        var applied = LedgerMath.Applied(current, rules.AwardFor(reason), gainedToday, cap);
        await AppendAsync(new ReputationEntry
        {
            MemberId = memberId, Reason = reason, Reputation = applied.Reputation, Points = applied.Points, Source = source,
            PostKind = kind, PostId = postId, ActorId = actorId, CreatedAt = now,
        }, ct);
    }

    /// <summary>Awards a one-time reason (idea planned, review written) unless that cause already holds an unreversed entry for this member.</summary>
    public async Task AwardOnceAsync(int memberId, ReputationReason reason, string source, PostKind? kind = null, int? postId = null, int? actorId = null, CancellationToken ct = default)
    {
        var held = await db.ReputationEntries.AnyAsync(e => e.Source == source && e.MemberId == memberId && e.ReversesEntryId == null
            && !db.ReputationEntries.Any(r => r.ReversesEntryId == e.Id), ct);
        if (!held) await AwardAsync(memberId, reason, source, kind, postId, actorId, ct);
    }

    /// <summary>Adds an entry of a fixed amount (spending points, refunds, adjustments) under the same floors.</summary>
    public async Task PostAsync(int memberId, ReputationReason reason, string source, Balances amount, CancellationToken ct = default)
    {
        var applied = LedgerMath.Applied(await BalancesAsync(memberId, ct), new ReputationAward(amount.Reputation, amount.Points), 0, null);
        await AppendAsync(new ReputationEntry
        {
            MemberId = memberId, Reason = reason, Reputation = applied.Reputation, Points = applied.Points, Source = source, CreatedAt = clock.GetUtcNow().UtcDateTime,
        }, ct);
    }

    /// <summary>Undoes every not-yet-reversed entry of one cause.</summary>
    public Task ReverseAsync(string source, CancellationToken ct = default) =>
        ReverseWhereAsync(db.ReputationEntries.Where(e => e.Source == source), ct);

    /// <summary>Undoes everything a post earned or cost anyone (used when the post is deleted).</summary>
    public Task ReversePostAsync(PostKind kind, int postId, CancellationToken ct = default) =>
        ReverseWhereAsync(db.ReputationEntries.Where(e => e.PostKind == kind && e.PostId == postId), ct);

    private async Task ReverseWhereAsync(IQueryable<ReputationEntry> entries, CancellationToken ct)
    {
        var open = await entries
            .Where(e => e.ReversesEntryId == null && !db.ReputationEntries.Any(r => r.ReversesEntryId == e.Id))
            .OrderBy(e => e.Id)
            .ToListAsync(ct);
        foreach (var original in open)
        {
            var applied = LedgerMath.Reversal(await BalancesAsync(original.MemberId, ct), new Balances(original.Reputation, original.Points));
            await AppendAsync(new ReputationEntry
            {
                MemberId = original.MemberId, Reason = original.Reason, Reputation = applied.Reputation, Points = applied.Points,
                Source = original.Source, PostKind = original.PostKind, PostId = original.PostId, ActorId = original.ActorId,
                ReversesEntryId = original.Id, CreatedAt = clock.GetUtcNow().UtcDateTime,
            }, ct);
        }
    }

    private async Task AppendAsync(ReputationEntry entry, CancellationToken ct)
    {
        // The entry and the totals move together; a caller without a transaction gets one here, whose commit tells the member.
        await using var own = await db.Database.JoinOrBeginTransactionAsync(ct);
        db.ReputationEntries.Add(entry);
        await db.SaveChangesAsync(ct);
        if (entry.Reputation != 0 || entry.Points != 0)
        {
            await db.Users.Where(m => m.Id == entry.MemberId).ExecuteUpdateAsync(s => s
                .SetProperty(m => m.Reputation, m => m.Reputation + entry.Reputation)
                .SetProperty(m => m.Points, m => m.Points + entry.Points), ct);
        }
        standing.Forget(entry.MemberId);
        db.Events.Raise(new ReputationChanged(entry.MemberId, entry.Reputation));
        if (own is not null) await own.CommitAsync(ct);
    }

    private Task<Balances> BalancesAsync(int memberId, CancellationToken ct) =>
        db.Users.Where(m => m.Id == memberId).Select(m => new Balances(m.Reputation, m.Points)).SingleAsync(ct);

    private Task<int> GainedFromVotesSinceAsync(int memberId, DateTime since, CancellationToken ct) => db.ReputationEntries
        .Where(e => e.MemberId == memberId && e.CreatedAt >= since
                    && (e.Reason == ReputationReason.QuestionUpvoted || e.Reason == ReputationReason.AnswerUpvoted
                        || e.Reason == ReputationReason.PostDownvoted || e.Reason == ReputationReason.ReviewHelpful))
        .SumAsync(e => e.Reputation, ct);
}
