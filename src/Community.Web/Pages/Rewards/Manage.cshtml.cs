using System.ComponentModel.DataAnnotations;
using Community.Core.Content;
using Community.Core.Data;
using Community.Core.Members;
using Community.Core.Rewards;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Community.Web.Pages.Rewards;

/// <summary>The brand team's catalogue desk: add and restock items, fulfil or reject (with refund) redemptions.</summary>
[Authorize(Roles = $"{Roles.BrandTeam},{Roles.Admin}")]
[Security.NotRateLimited("brand team only")]
public class ManageModel(CommunityDbContext db, ManageRewards manage, DecideRedemption decide) : PageModel, Refusals.IShowsRefusalsOnPage
{
    public sealed class ItemInput
    {
        // Either language may be left empty; ManageRewards refuses an item with no name at all.
        [Display(Name = "RewardNameEnglish"), StringLength(RewardItem.NameMax, ErrorMessage = "RewardNameLength")]
        public string? Name { get; set; }

        [Display(Name = "RewardNameKorean"), StringLength(RewardItem.NameMax, ErrorMessage = "RewardNameLength")]
        public string? NameKo { get; set; }

        [Display(Name = "RewardDescriptionEnglish"), StringLength(RewardItem.DescriptionMax, ErrorMessage = "RewardDescriptionLength")]
        public string? Description { get; set; }

        [Display(Name = "RewardDescriptionKorean"), StringLength(RewardItem.DescriptionMax, ErrorMessage = "RewardDescriptionLength")]
        public string? DescriptionKo { get; set; }

        [Display(Name = "PointsCostLabel"), Range(1, 1_000_000, ErrorMessage = "RewardCostRange")]
        public int PointsCost { get; set; } = 100;

        [Display(Name = "StockLabel"), Range(0, 1_000_000, ErrorMessage = "RewardStockRange")]
        public int Stock { get; set; } = 10;

        [Display(Name = "MinimumLevelLabel"), Range(1, 5, ErrorMessage = "RewardLevelRange")]
        public int MinimumLevel { get; set; } = 1;

        public bool IsDigital { get; set; }

        public RewardInput ToInput(int stock) => new(Bilingual.Trimmed(Name, NameKo), Bilingual.Trimmed(Description, DescriptionKo), PointsCost, stock, MinimumLevel, IsDigital);
    }

    public sealed record PendingRedemption(int Id, string MemberName, int MemberId, Bilingual RewardName, int Points, DateTime RequestedAt,
        string? DeliveryName, string? DeliveryAddress, string? DeliveryPhone);

    /// <summary>Bound by the Add handler only, so restocking or retiring an item never trips the add form's rules.</summary>
    public ItemInput Item { get; private set; } = new();
    public IReadOnlyList<RewardItem> Items { get; private set; } = [];
    public IReadOnlyList<PendingRedemption> Pending { get; private set; } = [];

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public async Task<IActionResult> OnPostAddAsync([Bind(Prefix = "Item")] ItemInput item, CancellationToken ct)
    {
        Item = item;
        if (!ModelState.IsValid)
        {
            await LoadAsync(ct);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        return await RunAsync(() => manage.AddAsync(item.ToInput(item.Stock), User.Id()!.Value, ct));
    }

    public Task<IActionResult> OnPostEditAsync(int itemId, [Bind(Prefix = "Edit")] ItemInput edit, CancellationToken ct) => RunAsync(() =>
        manage.EditAsync(itemId, edit.ToInput(0), User.Id()!.Value, ct));

    public Task<IActionResult> OnPostRestockAsync(int itemId, int units, CancellationToken ct) => RunAsync(() => manage.RestockAsync(itemId, units, User.Id()!.Value, ct));

    public Task<IActionResult> OnPostActiveAsync(int itemId, bool active, CancellationToken ct) => RunAsync(() => manage.SetActiveAsync(itemId, active, User.Id()!.Value, ct));

    public Task<IActionResult> OnPostFulfilAsync(int redemptionId, string? note, CancellationToken ct) =>
        RunAsync(() => decide.FulfilAsync(redemptionId, User.Id()!.Value, note, ct));

    public Task<IActionResult> OnPostRejectAsync(int redemptionId, string? note, CancellationToken ct) =>
        RunAsync(() => decide.RejectAsync(redemptionId, User.Id()!.Value, note, ct));

    public async Task<bool> ReloadAfterRefusalAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        return true;
    }

    private async Task<IActionResult> RunAsync(Func<Task> write)
    {
        await write();
        return Redirect("/rewards/manage");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Items = await db.RewardItems.AsNoTracking().OrderBy(i => i.PointsCost).ThenBy(i => i.Id).ToListAsync(ct);
        Pending = await db.Redemptions.AsNoTracking().Where(r => r.Status == RedemptionStatus.Requested).OrderBy(r => r.RequestedAt)
            .Join(db.Users, r => r.MemberId, m => m.Id, (r, m) => new PendingRedemption(r.Id, m.DisplayName, m.Id, new Bilingual(r.RewardItem!.Name, r.RewardItem.NameKo), r.Points, r.RequestedAt,
                r.DeliveryName, r.DeliveryAddress, r.DeliveryPhone))
            .ToListAsync(ct);
    }
}
