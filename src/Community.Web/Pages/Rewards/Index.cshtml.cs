using Community.Core.Data;
using Community.Core.Rewards;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Community.Web.Pages.Rewards;

/// <summary>The rewards catalogue (the first rung): spend points earned by helping; see what you redeemed and where it stands.</summary>
public class IndexModel(CommunityDbContext db) : PageModel, Refusals.IShowsRefusalsOnPage
{
    public sealed record MyRedemption(int Id, Community.Core.Content.Bilingual RewardName, int Points, RedemptionStatus Status, DateTime RequestedAt, string? Note, string? Code);

    /// <summary>Where a shipped reward goes (the fields under a physical item's Redeem button).</summary>
    public sealed class DeliveryInput
    {
        public string? Name { get; set; }
        public string? Address { get; set; }
        public string? Phone { get; set; }
    }

    public IReadOnlyList<RewardItem> Items { get; private set; } = [];
    public IReadOnlyList<MyRedemption> History { get; private set; } = [];
    public int? Points { get; private set; }
    public int? Reputation { get; private set; }

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    [Security.RateLimited("redeem")]

    public async Task<IActionResult> OnPostRedeemAsync(int itemId, [Bind(Prefix = "Delivery")] DeliveryInput delivery, [FromServices] RedeemReward redeem, CancellationToken ct)
    {
        if (User.Id() is not { } me) return Challenge();
        await redeem.ExecuteAsync(itemId, me, new DeliveryDetails(delivery.Name, delivery.Address, delivery.Phone), ct);
        TempData["Notice"] = "RewardRedeemed";
        return Redirect("/rewards");
    }

    public async Task<bool> ReloadAfterRefusalAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        return true;
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Items = await db.RewardItems.AsNoTracking().Where(i => i.IsActive).OrderBy(i => i.PointsCost).ToListAsync(ct);
        if (User.Id() is not { } me) return;
        var balances = await db.Users.Where(m => m.Id == me).Select(m => new { m.Points, m.Reputation }).SingleAsync(ct);
        (Points, Reputation) = (balances.Points, balances.Reputation);
        History = await db.Redemptions.AsNoTracking().Where(r => r.MemberId == me).OrderByDescending(r => r.RequestedAt).Take(50)
            .Select(r => new MyRedemption(r.Id, new Community.Core.Content.Bilingual(r.RewardItem!.Name, r.RewardItem.NameKo), r.Points, r.Status, r.RequestedAt, r.Note, r.Code)).ToListAsync(ct);
    }
}
