using Community.Core.Content;
namespace Community.Core.Rewards;

/// <summary>Something in the rewards catalogue (a coupon, swag, an event seat), bought with spendable points.</summary>
public class RewardItem
{
    public const int NameMax = 100;
    public const int DescriptionMax = 1000;

    public int Id { get; internal set; }
    /// <summary>English name; <see cref="NameKo"/> is the Korean one. Either may be empty, not both (<see cref="Title"/>).</summary>
    public string Name { get; internal set; } = "";
    public string NameKo { get; internal set; } = "";
    public string Description { get; internal set; } = "";
    public string DescriptionKo { get; internal set; } = "";

    public Bilingual Title => new(Name, NameKo);
    public Bilingual About => new(Description, DescriptionKo);
    public int PointsCost { get; internal set; }

    /// <summary>Units left; a guarded decrement keeps it from going below 0 under concurrent redemptions.</summary>
    public int Stock { get; internal set; }

    /// <summary>Advocate level (1–5) a member must stand on to redeem.</summary>
    public int MinimumLevel { get; internal set; } = 1;

    /// <summary>A coupon or download: each redemption carries its own code and is delivered at once. Otherwise it is
    /// shipped, and the member gives delivery details that only the brand team sees.</summary>
    public bool IsDigital { get; internal set; }

    /// <summary>The item's picture (an upload re-encoded by us), if the brand team added one.</summary>
    public Guid? ImageId { get; internal set; }

    public bool IsActive { get; internal set; } = true;
    public DateTime CreatedAt { get; internal set; }

    public static void Validate(Bilingual name, Bilingual description, int pointsCost, int stock, int minimumLevel)
    {
        if (name.IsBlank || name.English.Length > NameMax || name.Korean.Length > NameMax) throw new DomainException("RewardNameLength");
        if (description.English.Length > DescriptionMax || description.Korean.Length > DescriptionMax) throw new DomainException("RewardDescriptionLength");
        if (pointsCost is < 1 or > 1_000_000) throw new DomainException("RewardCostRange");
        if (stock is < 0 or > 1_000_000) throw new DomainException("RewardStockRange");
        if (minimumLevel is < 1 or > 5) throw new DomainException("RewardLevelRange");
    }
}
