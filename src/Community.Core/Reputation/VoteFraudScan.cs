using Community.Core.Content;
using Community.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Community.Core.Reputation;

public sealed record VoteFraudScanResult(int CasesRecorded, int EntriesReversed);

/// <summary>
/// Runs the detector over recent upvotes and, for each new finding, reverses the reputation those
/// votes gave and records a case for moderators. The votes and the posts' scores stay as they are.
/// Safe to run again at any time: a vote's reputation is reversed once, and a finding whose votes an
/// earlier case of the same kind and members already holds is not recorded again.
/// </summary>
public sealed class VoteFraudScan(CommunityDbContext db, ReputationLedger ledger, IOptions<VoteFraudOptions> options, TimeProvider clock, ILogger<VoteFraudScan> log)
{
    public async Task<VoteFraudScanResult> ExecuteAsync(CancellationToken ct = default)
    {
        var rules = options.Value;
        var votes = await RecentUpvotesAsync(clock.GetUtcNow().UtcDateTime - rules.Lookback, ct);
        var (recorded, reversed) = (0, 0);
        foreach (var finding in VoteFraudDetector.Detect(votes, rules))
        {
            if (await RecordAsync(finding, ct) is not { } entries) continue;
            recorded++;
            reversed += entries;
        }
        return new VoteFraudScanResult(recorded, reversed);
    }

    /// <summary>Returns how many ledger entries were reversed, or null when the finding was already known.</summary>
    private async Task<int?> RecordAsync(VoteFraudFinding finding, CancellationToken ct)
    {
        // IMMEDIATE transaction: a second scan running at the same moment waits here, then finds this case.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (await IsKnownAsync(finding, ct)) return null;

        var sources = finding.Votes.Select(v => ReputationLedger.VoteSource(v.PostKind, v.PostId, v.VoterId)).Distinct().ToList();
        var open = await db.ReputationEntries.CountAsync(e => sources.Contains(e.Source) && e.ReversesEntryId == null
                                                              && !db.ReputationEntries.Any(r => r.ReversesEntryId == e.Id), ct);
        foreach (var source in sources) await ledger.ReverseAsync(source, ct);
        var fraudCase = new VoteFraudCase
        {
            Kind = finding.Kind, MemberIds = finding.MemberIdsText, Fingerprint = finding.Fingerprint,
            Evidence = new VoteFraudEvidence(finding.Votes).ToJson(), ReversedEntries = open, DetectedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Set<VoteFraudCase>().Add(fraudCase);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);

        log.VoteFraudFound(fraudCase.Id, finding.Kind.ToString(), finding.MemberIdsText, finding.Votes.Count, open);
        return open;
    }

    /// <summary>
    /// Known: recorded before, or every vote already in an earlier case of the same kind and members
    /// (as when older votes leave the lookback window and the rest look like a smaller finding).
    /// </summary>
    private async Task<bool> IsKnownAsync(VoteFraudFinding finding, CancellationToken ct)
    {
        var cases = db.Set<VoteFraudCase>().AsNoTracking();
        var fingerprint = finding.Fingerprint;
        if (await cases.AnyAsync(c => c.Fingerprint == fingerprint, ct)) return true;
        var members = finding.MemberIdsText;
        var earlier = await cases.Where(c => c.Kind == finding.Kind && c.MemberIds == members).Select(c => c.Evidence).ToListAsync(ct);
        var seen = earlier.SelectMany(e => VoteFraudEvidence.FromJson(e).Votes.Select(v => v.VoteId)).ToHashSet();
        return finding.Votes.All(v => seen.Contains(v.VoteId));
    }

    private async Task<List<VoteFact>> RecentUpvotesAsync(DateTime since, CancellationToken ct)
    {
        var upvotes = db.Votes.AsNoTracking().Where(v => v.Value > 0 && v.CreatedAt >= since);
        var onQuestions = await upvotes.Where(v => v.PostKind == PostKind.Question)
            .Join(db.Questions.IgnoreQueryFilters(), v => v.PostId, q => q.Id, (v, q) => new VoteFact(v.Id, v.VoterId, q.AuthorId, v.PostKind, v.PostId, q.Id, v.Value, v.CreatedAt))
            .ToListAsync(ct);
        var onAnswers = await upvotes.Where(v => v.PostKind == PostKind.Answer)
            .Join(db.Answers.IgnoreQueryFilters(), v => v.PostId, a => a.Id, (v, a) => new VoteFact(v.Id, v.VoterId, a.AuthorId, v.PostKind, v.PostId, a.QuestionId, v.Value, v.CreatedAt))
            .ToListAsync(ct);
        // SQLite hands dates back without a kind; they were written as UTC.
        return [.. onQuestions.Concat(onAnswers).Select(v => v with { CreatedAt = DateTime.SpecifyKind(v.CreatedAt, DateTimeKind.Utc) })];
    }
}
