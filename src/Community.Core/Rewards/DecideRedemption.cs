using Community.Core.Data;
using Community.Core.Moderation;
using Community.Core.Notifications;
using Community.Core.Reputation;
using Microsoft.EntityFrameworkCore;

namespace Community.Core.Rewards;

/// <summary>The brand team fulfils a redemption, or rejects it: the points are refunded and the unit returns to stock.</summary>
public sealed class DecideRedemption(CommunityDbContext db, ReputationLedger ledger, MemberInbox inbox, AuditLog audit, TimeProvider clock)
{
    public async Task FulfilAsync(int redemptionId, int staffId, string? note, CancellationToken ct = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var redemption = await db.Redemptions.FirstOrDefaultAsync(r => r.Id == redemptionId, ct) ?? throw new DomainException("RedemptionNotFound");
        redemption.Fulfil(staffId, note, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(staffId, "redemption.fulfil", $"redemption:{redemptionId}", "Requested", $"Fulfilled: {redemption.Note}", ct);
        await transaction.CommitAsync(ct);
        await inbox.TellAsync(redemption.MemberId, NotificationKinds.RedemptionFulfilled, await RewardNameAsync(redemption, ct), "/rewards", ct);
    }

    public async Task RejectAsync(int redemptionId, int staffId, string? reason, CancellationToken ct = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var redemption = await db.Redemptions.FirstOrDefaultAsync(r => r.Id == redemptionId, ct) ?? throw new DomainException("RedemptionNotFound");
        redemption.Reject(staffId, reason, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(staffId, "redemption.reject", $"redemption:{redemptionId}", "Requested", $"Rejected, {redemption.Points} points refunded: {redemption.Note}", ct);
        await db.RewardItems.Where(i => i.Id == redemption.RewardItemId).ExecuteUpdateAsync(s => s.SetProperty(i => i.Stock, i => i.Stock + 1), ct);
        await ledger.PostAsync(redemption.MemberId, ReputationReason.RedemptionRefunded, $"redemption:{redemption.Id}", new Balances(0, redemption.Points), ct);
        await transaction.CommitAsync(ct);
        await inbox.TellAsync(redemption.MemberId, NotificationKinds.RedemptionRejected, await RewardNameAsync(redemption, ct), "/rewards", ct);
    }

    /// <summary>The reward's name in the member's own language (the notification is written once, for them).</summary>
    private async Task<string> RewardNameAsync(Redemption redemption, CancellationToken ct)
    {
        var name = await db.RewardItems.Where(i => i.Id == redemption.RewardItemId).Select(i => new Content.Bilingual(i.Name, i.NameKo)).SingleAsync(ct);
        var language = await db.Users.Where(m => m.Id == redemption.MemberId).Select(m => m.PreferredCulture).SingleOrDefaultAsync(ct);
        return name.For(language ?? "en");
    }
}
