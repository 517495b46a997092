using Community.Core.Content;
using Community.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Community.Core.Moderation;

public sealed record FlagInput(string TargetKind, int TargetId, string? Reason, string? Text, int? DuplicateOfId);

/// <param name="HidPost">This flag tipped the post into hiding (the flagger can no longer see it).</param>
public sealed record FlagResult(Flag Flag, bool HidPost);

/// <summary>
/// Records a flag once per member and target. Its weight is the flagger's accuracy so far (Laplace-smoothed,
/// doubled for trusted members). Enough spam or abuse flags from trusted members hide the post at once.
/// </summary>
public sealed class FlagContent(CommunityDbContext db, ModeratePosts posts, IOptions<ModerationOptions> options, TimeProvider clock)
{
    public async Task<FlagResult> ExecuteAsync(FlagInput input, int flaggerId, CancellationToken ct = default)
    {
        var reason = input.Reason ?? "";
        if (!FlagTargets.All.Contains(input.TargetKind) || !FlagReasons.All.Contains(reason)) throw new DomainException("FlagReasonRequired");
        var text = (input.Text ?? "").Trim();
        if (text.Length > Flag.TextMax) throw new DomainException("FlagTextLength", Flag.TextMax);
        if (reason == FlagReasons.Other && text.Length < 5) throw new DomainException("FlagTextRequired");
        if (reason == FlagReasons.Duplicate && (input.DuplicateOfId is not { } original || !await db.Questions.AnyAsync(q => q.Id == original && !q.IsDeleted, ct)))
            throw new DomainException("DuplicateTargetRequired");

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var authorId = await TargetAuthorAsync(input.TargetKind, input.TargetId, ct) ?? throw DomainException.NotFound("PostNotFound");
        if (authorId == flaggerId) throw new DomainException("CannotFlagOwn");
        if (await db.Flags.AnyAsync(f => f.TargetKind == input.TargetKind && f.TargetId == input.TargetId && f.FlaggerId == flaggerId, ct))
            throw DomainException.Conflict("AlreadyFlagged");

        var rules = options.Value;
        var flagger = await db.Users.Where(m => m.Id == flaggerId).Select(m => new { m.Reputation }).SingleAsync(ct);
        var history = await db.Flags.Where(f => f.FlaggerId == flaggerId && f.Outcome != null)
            .GroupBy(f => f.Outcome).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var helpful = history.FirstOrDefault(h => h.Key == FlagOutcomes.Helpful)?.Count ?? 0;
        var declined = history.FirstOrDefault(h => h.Key == FlagOutcomes.Declined)?.Count ?? 0;
        var trusted = flagger.Reputation >= rules.TrustedReputation;
        var flag = new Flag
        {
            TargetKind = input.TargetKind, TargetId = input.TargetId, FlaggerId = flaggerId, Reason = reason, Text = text.Length > 0 ? text : null,
            DuplicateOfId = reason == FlagReasons.Duplicate ? input.DuplicateOfId : null,
            Weight = FlagWeight.For(helpful, declined, trusted), CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Flags.Add(flag);
        db.Events.Raise(new ModerationQueuesChanged());
        await db.SaveChangesAsync(ct);

        var hide = FlagReasons.Hides(reason) && input.TargetKind != FlagTargets.Member && await ShouldHideAsync(input, rules, ct);
        if (hide) await posts.HideByFlagsAsync(Kind(input.TargetKind), input.TargetId, ct);
        await transaction.CommitAsync(ct);
        return new FlagResult(flag, hide);
    }

    private async Task<bool> ShouldHideAsync(FlagInput input, ModerationOptions rules, CancellationToken ct)
    {
        var trustedFlags = await db.Flags
            .Where(f => f.TargetKind == input.TargetKind && f.TargetId == input.TargetId && f.Outcome == null && (f.Reason == FlagReasons.Spam || f.Reason == FlagReasons.Rude))
            .Join(db.Users, f => f.FlaggerId, m => m.Id, (f, m) => m.Reputation)
            .CountAsync(reputation => reputation >= rules.TrustedReputation, ct);
        if (trustedFlags < rules.AutoHideFlags) return false;
        return input.TargetKind == FlagTargets.Question
            ? await db.Questions.AnyAsync(q => q.Id == input.TargetId && !q.IsDeleted, ct)
            : await db.Answers.AnyAsync(a => a.Id == input.TargetId && !a.IsDeleted, ct);
    }

    private Task<int?> TargetAuthorAsync(string kind, int id, CancellationToken ct) => kind switch
    {
        FlagTargets.Question => db.Questions.Where(q => q.Id == id && !q.IsDeleted).Select(q => (int?)q.AuthorId).FirstOrDefaultAsync(ct),
        FlagTargets.Answer => db.Answers.Where(a => a.Id == id && !a.IsDeleted).Select(a => (int?)a.AuthorId).FirstOrDefaultAsync(ct),
        _ => db.Users.Where(m => m.Id == id).Select(m => (int?)m.Id).FirstOrDefaultAsync(ct),
    };

    public static PostKind Kind(string targetKind) => PostKindNames.QuestionOrAnswer(targetKind);
}

public static class FlagWeight
{
    /// <summary>(helpful + 1) / (resolved + 2): a new flagger counts 0.5, a reliable one nears 1, a careless one nears 0; trusted members ×2.</summary>
    public static double For(int helpful, int declined, bool trusted) => (helpful + 1.0) / (helpful + declined + 2.0) * (trusted ? 2 : 1);
}
