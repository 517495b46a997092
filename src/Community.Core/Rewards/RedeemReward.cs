using Community.Core.Data;
using Community.Core.Reputation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Community.Core.Rewards;

/// <summary>
/// A member spends points on a reward. One IMMEDIATE transaction checks level, stock and balance and
/// takes both, so neither stock nor points can go negative however many redemptions race. A shipped reward needs
/// delivery details; a digital one gets its own code and is delivered at once.
/// </summary>
public sealed class RedeemReward(CommunityDbContext db, ReputationLedger ledger, IOptions<AdvocacyOptions> advocacy, TimeProvider clock)
{
    private const string CodeAlphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    public async Task<Redemption> ExecuteAsync(int rewardItemId, int memberId, DeliveryDetails? delivery = null, CancellationToken ct = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var item = await db.RewardItems.AsNoTracking().FirstOrDefaultAsync(i => i.Id == rewardItemId && i.IsActive, ct)
            ?? throw DomainException.NotFound("RewardNotFound");
        var member = await db.Users.Where(m => m.Id == memberId).Select(m => new { m.Reputation, m.Points }).SingleAsync(ct);
        if (AdvocateLevelPolicy.For(member.Reputation, advocacy.Value.Ladder).Current.Number < item.MinimumLevel)
            throw DomainException.NotEarned("RewardNeedsLevel", item.MinimumLevel);
        if (member.Points < item.PointsCost) throw DomainException.NotEarned("NotEnoughPoints", item.PointsCost - member.Points);
        var shipTo = item.IsDigital ? null : (delivery ?? new DeliveryDetails(null, null, null)).Checked();
        var taken = await db.RewardItems.Where(i => i.Id == rewardItemId && i.Stock > 0)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.Stock, i => i.Stock - 1), ct);
        if (taken == 0) throw DomainException.Conflict("RewardOutOfStock");

        var now = clock.GetUtcNow().UtcDateTime;
        var redemption = new Redemption
        {
            MemberId = memberId, RewardItemId = rewardItemId, Points = item.PointsCost, RequestedAt = now,
            Status = item.IsDigital ? RedemptionStatus.Fulfilled : RedemptionStatus.Requested,
            DecidedAt = item.IsDigital ? now : null,
            DeliveryName = shipTo?.Name, DeliveryAddress = shipTo?.Address, DeliveryPhone = shipTo?.Phone,
            Code = item.IsDigital ? Code() : null,
        };
        db.Redemptions.Add(redemption);
        await db.SaveChangesAsync(ct);
        await ledger.PostAsync(memberId, ReputationReason.RewardRedeemed, $"redemption:{redemption.Id}", new Balances(0, -item.PointsCost), ct);
        await transaction.CommitAsync(ct);
        return redemption;
    }

    /// <summary>XXXX-XXXX-XXXX from letters and digits that cannot be mistaken for each other.</summary>
    private static string Code() =>
        string.Join('-', System.Security.Cryptography.RandomNumberGenerator.GetString(CodeAlphabet, 12).Chunk(4).Select(c => new string(c)));
}
