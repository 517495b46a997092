using Community.Core.Data;
using Community.Core.Members;
using Community.Core.Moderation;
using Community.Core.Reputation;
using Microsoft.EntityFrameworkCore;

namespace Community.Core.Advocacy;

/// <summary>
/// Reads the quality signals of every member (or of <c>only</c> those) since a date. Most come from the reputation
/// ledger — every contribution that others valued already passed through it, with who valued it — the rest from
/// questions, answers and upheld flags. Reversed ledger entries (a vote taken back, fraud undone) never count.
/// </summary>
public sealed class AdvocateSignals(CommunityDbContext db)
{
    private static readonly ReputationReason[] LedgerReasons =
    [
        ReputationReason.AnswerAccepted, ReputationReason.QuestionUpvoted, ReputationReason.AnswerUpvoted,
        ReputationReason.ReviewHelpful, ReputationReason.IdeaPlanned, ReputationReason.IdeaDelivered,
    ];

    public async Task<ILookup<int, Signal>> LoadAsync(IReadOnlyCollection<int>? only, DateTime since, CancellationToken ct)
    {
        var signals = new List<Signal>();
        await AddLedgerAsync(signals, only, since, ct);
        await AddNewcomerWelcomesAsync(signals, only, since, ct);
        await AddUpheldFlagsAsync(signals, only, since, ct);
        return signals.ToLookup(s => s.MemberId);
    }

    private async Task AddLedgerAsync(List<Signal> signals, IReadOnlyCollection<int>? only, DateTime since, CancellationToken ct)
    {
        var brandTeam = (await db.UserRoles.Join(db.Roles.Where(r => r.Name == Roles.BrandTeam), ur => ur.RoleId, r => r.Id, (ur, _) => ur.UserId)
            .ToListAsync(ct)).ToHashSet();
        var entries = db.ReputationEntries.AsNoTracking()
            .Where(e => LedgerReasons.Contains(e.Reason) && e.CreatedAt >= since && e.ReversesEntryId == null
                && !db.ReputationEntries.Any(r => r.ReversesEntryId == e.Id));
        if (only is not null) entries = entries.Where(e => only.Contains(e.MemberId));
        await foreach (var e in entries.Select(e => new { e.MemberId, e.Reason, e.ActorId, e.PostId, e.CreatedAt }).AsAsyncEnumerable().WithCancellation(ct))
        {
            var actor = e.ActorId ?? 0;
            if (actor == e.MemberId && e.Reason is not (ReputationReason.IdeaPlanned or ReputationReason.IdeaDelivered)) continue;
            switch (e.Reason)
            {
                case ReputationReason.AnswerAccepted:
                    signals.Add(new Signal(e.MemberId, SignalKind.AcceptedForDistinctAsker, actor, e.CreatedAt));
                    break;
                case ReputationReason.QuestionUpvoted or ReputationReason.AnswerUpvoted:
                    signals.Add(new Signal(e.MemberId, SignalKind.DistinctUpvoter, actor, e.CreatedAt));
                    if (e.Reason == ReputationReason.AnswerUpvoted && brandTeam.Contains(actor))
                        signals.Add(new Signal(e.MemberId, SignalKind.BrandAgreement, e.PostId ?? 0, e.CreatedAt));
                    break;
                case ReputationReason.ReviewHelpful:
                    signals.Add(new Signal(e.MemberId, SignalKind.HelpfulReviewVoter, actor, e.CreatedAt));
                    break;
                case ReputationReason.IdeaPlanned:
                    signals.Add(new Signal(e.MemberId, SignalKind.IdeaPlanned, e.PostId ?? 0, e.CreatedAt));
                    break;
                case ReputationReason.IdeaDelivered:
                    signals.Add(new Signal(e.MemberId, SignalKind.IdeaDelivered, e.PostId ?? 0, e.CreatedAt));
                    break;
            }
        }
    }

    /// <summary>The first answer by someone else to a question that was its asker's first: the welcome that keeps newcomers.</summary>
    private async Task AddNewcomerWelcomesAsync(List<Signal> signals, IReadOnlyCollection<int>? only, DateTime since, CancellationToken ct)
    {
        var answers = db.Answers.IgnoreQueryFilters().AsNoTracking().Where(a => !a.IsDeleted && a.CreatedAt >= since);
        if (only is not null) answers = answers.Where(a => only.Contains(a.AuthorId));
        var welcomes = await answers
            .Where(a => a.Question!.AuthorId != a.AuthorId
                && !db.Questions.IgnoreQueryFilters().Any(earlier => earlier.AuthorId == a.Question.AuthorId && earlier.Id < a.QuestionId)
                && !db.Answers.IgnoreQueryFilters().Any(other => other.QuestionId == a.QuestionId && other.AuthorId != a.Question.AuthorId && other.Id < a.Id))
            .Select(a => new { a.AuthorId, a.QuestionId, a.CreatedAt })
            .ToListAsync(ct);
        signals.AddRange(welcomes.Select(w => new Signal(w.AuthorId, SignalKind.FirstAnswerToNewcomer, w.QuestionId, w.CreatedAt)));
    }

    private async Task AddUpheldFlagsAsync(List<Signal> signals, IReadOnlyCollection<int>? only, DateTime since, CancellationToken ct)
    {
        var upheld = db.Flags.AsNoTracking().Where(f => f.Outcome == FlagOutcomes.Helpful && f.ResolvedAt >= since);
        var onQuestions = upheld.Where(f => f.TargetKind == FlagTargets.Question)
            .Join(db.Questions.IgnoreQueryFilters(), f => f.TargetId, q => q.Id, (f, q) => new { MemberId = q.AuthorId, Kind = 1, f.TargetId, At = f.ResolvedAt!.Value });
        var onAnswers = upheld.Where(f => f.TargetKind == FlagTargets.Answer)
            .Join(db.Answers.IgnoreQueryFilters(), f => f.TargetId, a => a.Id, (f, a) => new { MemberId = a.AuthorId, Kind = 2, f.TargetId, At = f.ResolvedAt!.Value });
        var onMembers = upheld.Where(f => f.TargetKind == FlagTargets.Member)
            .Select(f => new { MemberId = f.TargetId, Kind = 3, f.TargetId, At = f.ResolvedAt!.Value });
        var all = onQuestions.Concat(onAnswers).Concat(onMembers);
        if (only is not null) all = all.Where(f => only.Contains(f.MemberId));
        foreach (var flag in await all.ToListAsync(ct))
            signals.Add(new Signal(flag.MemberId, SignalKind.UpheldFlag, ((long)flag.Kind << 32) | (uint)flag.TargetId, flag.At));
    }
}
