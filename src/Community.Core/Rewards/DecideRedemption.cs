using Community.Core.Data;
using Community.Core.Moderation;
using Community.Core.Reputation;
using Microsoft.EntityFrameworkCore;
using Community.Core.Audit;

namespace Community.Core.Rewards;

/// <summary>The brand team fulfils a redemption, or rejects it: the points are refunded and the unit returns to stock.</summary>
public sealed class DecideRedemption(CommunityDbContext db, ReputationLedger ledger, AuditLog audit, TimeProvider clock)
{
    public async Task FulfilAsync(int redemptionId, int staffId, string? note, CancellationToken ct = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var redemption = await db.Redemptions.FirstOrDefaultAsync(r => r.Id == redemptionId, ct) ?? throw DomainException.NotFound("RedemptionNotFound");
        redemption.Fulfil(staffId, note, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(staffId, "redemption.fulfil", $"redemption:{redemptionId}", "Requested", $"Fulfilled: {redemption.Note}", ct);
        db.Events.Raise(new RedemptionDecided(redemption.MemberId, redemption.RewardItemId, Fulfilled: true));
        await transaction.CommitAsync(ct);
    }

    public async Task RejectAsync(int redemptionId, int staffId, string? reason, CancellationToken ct = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var redemption = await db.Redemptions.FirstOrDefaultAsync(r => r.Id == redemptionId, ct) ?? throw DomainException.NotFound("RedemptionNotFound");
        redemption.Reject(staffId, reason, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(staffId, "redemption.reject", $"redemption:{redemptionId}", "Requested", $"Rejected, {redemption.Points} points refunded: {redemption.Note}", ct);
        await db.RewardItems.Where(i => i.Id == redemption.RewardItemId).ExecuteUpdateAsync(s => s.SetProperty(i => i.Stock, i => i.Stock + 1), ct);
        await ledger.PostAsync(redemption.MemberId, ReputationReason.RedemptionRefunded, $"redemption:{redemption.Id}", new Balances(0, redemption.Points), ct);
        db.Events.Raise(new RedemptionDecided(redemption.MemberId, redemption.RewardItemId, Fulfilled: false));
        await transaction.CommitAsync(ct);
    }
}
