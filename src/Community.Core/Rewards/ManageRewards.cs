using Community.Core.Content;
using Community.Core.Data;
using Community.Core.Moderation;
using Microsoft.EntityFrameworkCore;
using Community.Core.Audit;

namespace Community.Core.Rewards;

/// <summary>What the brand team types for an item; each text has an English and a Korean half.</summary>
/// <param name="ImageId">A picture already stored (purpose "reward"); null keeps the item's picture as it is.</param>
public sealed record RewardInput(Bilingual Name, Bilingual Description, int PointsCost, int Stock, int MinimumLevel, bool IsDigital = false, Guid? ImageId = null);

/// <summary>The brand team's side of the catalogue: add and edit items, restock, retire.</summary>
public sealed class ManageRewards(CommunityDbContext db, AuditLog audit, TimeProvider clock)
{
    public async Task<RewardItem> AddAsync(RewardInput input, int actorId, CancellationToken ct = default)
    {
        input = Tidied(input);
        RewardItem.Validate(input.Name, input.Description, input.PointsCost, input.Stock, input.MinimumLevel);
        await EnsureImageAsync(input.ImageId, ct);
        var item = new RewardItem
        {
            Name = input.Name.English, NameKo = input.Name.Korean, Description = input.Description.English, DescriptionKo = input.Description.Korean,
            PointsCost = input.PointsCost, Stock = input.Stock, MinimumLevel = input.MinimumLevel, IsDigital = input.IsDigital,
            ImageId = input.ImageId, CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.RewardItems.Add(item);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(actorId, "reward.add", $"reward:{item.Id}", null, $"{Names(item)}; cost {item.PointsCost}; stock {item.Stock}; level {item.MinimumLevel}", ct);
        return item;
    }

    /// <summary>Changes an item's text, cost, level and kind (stock has its own action); redemptions already made keep their price.</summary>
    public async Task EditAsync(int itemId, RewardInput input, int actorId, CancellationToken ct = default)
    {
        input = Tidied(input);
        RewardItem.Validate(input.Name, input.Description, input.PointsCost, 0, input.MinimumLevel);
        await EnsureImageAsync(input.ImageId, ct);
        var item = await db.RewardItems.FirstOrDefaultAsync(i => i.Id == itemId, ct) ?? throw DomainException.NotFound("RewardNotFound");
        var before = Describe(item);
        (item.Name, item.NameKo, item.Description, item.DescriptionKo) = (input.Name.English, input.Name.Korean, input.Description.English, input.Description.Korean);
        (item.PointsCost, item.MinimumLevel, item.IsDigital) = (input.PointsCost, input.MinimumLevel, input.IsDigital);
        item.ImageId = input.ImageId ?? item.ImageId;
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(actorId, "reward.edit", $"reward:{item.Id}", before, Describe(item), ct);
    }

    private static string Describe(RewardItem item) =>
        $"{Names(item)}; cost {item.PointsCost}; level {item.MinimumLevel}; {(item.IsDigital ? "digital" : "shipped")}; picture {item.ImageId?.ToString() ?? "none"}";

    private async Task EnsureImageAsync(Guid? imageId, CancellationToken ct)
    {
        if (imageId is { } image && !await db.Uploads.AnyAsync(u => u.Id == image, ct)) throw new DomainException("UploadNotAnImage");
    }

    private static RewardInput Tidied(RewardInput input) => input with
    {
        Name = Bilingual.Trimmed(input.Name.English, input.Name.Korean),
        Description = Bilingual.Trimmed(input.Description.English, input.Description.Korean),
    };

    private static string Names(RewardItem item) => string.Join(" / ", new[] { item.Name, item.NameKo }.Where(n => n.Length > 0));

    /// <summary>Adds (or with a negative number removes) units; stock never goes below 0.</summary>
    public async Task RestockAsync(int itemId, int units, int actorId, CancellationToken ct = default)
    {
        if (units is < -1_000_000 or > 1_000_000) throw new DomainException("RewardStockRange");
        var changed = await db.RewardItems.Where(i => i.Id == itemId && i.Stock + units >= 0)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.Stock, i => i.Stock + units), ct);
        if (changed == 0) throw new DomainException("RewardStockRange");
        var stock = await db.RewardItems.Where(i => i.Id == itemId).Select(i => i.Stock).SingleAsync(ct);
        await audit.RecordAsync(actorId, "reward.restock", $"reward:{itemId}", $"stock {stock - units}", $"stock {stock}", ct);
    }

    public async Task SetActiveAsync(int itemId, bool active, int actorId, CancellationToken ct = default)
    {
        var changed = await db.RewardItems.Where(i => i.Id == itemId).ExecuteUpdateAsync(s => s.SetProperty(i => i.IsActive, active), ct);
        if (changed == 0) throw DomainException.NotFound("RewardNotFound");
        await audit.RecordAsync(actorId, active ? "reward.reactivate" : "reward.retire", $"reward:{itemId}", ct: ct);
    }
}
