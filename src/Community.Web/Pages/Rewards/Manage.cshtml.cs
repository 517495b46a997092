using System.ComponentModel.DataAnnotations;
using Community.Core.Content;
using Community.Core.Data;
using Community.Core.Members;
using Community.Core.Rewards;
using Community.Core.Uploads;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Community.Web.Pages.Rewards;

/// <summary>The brand team's catalogue desk: add and restock items, fulfil or reject (with refund) redemptions.</summary>
[Authorize(Roles = $"{Roles.BrandTeam},{Roles.Admin}")]
[Security.NotRateLimited("brand team only")]
[Uploads.UploadSizeLimit(6 * 1024 * 1024)]
public class ManageModel(CommunityDbContext db, ManageRewards manage, DecideRedemption decide, StoreImage images) : PageModel, Refusals.IShowsRefusalsOnPage
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

        public IFormFile? Image { get; set; }

        public RewardInput ToInput(int stock, Guid? imageId = null) =>
            new(Bilingual.Trimmed(Name, NameKo), Bilingual.Trimmed(Description, DescriptionKo), PointsCost, stock, MinimumLevel, IsDigital, imageId);
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
        // The texts and figures are checked before the picture is stored, so a refused item leaves no image behind.
        var input = item.ToInput(item.Stock);
        RewardItem.Validate(input.Name, input.Description, input.PointsCost, input.Stock, input.MinimumLevel);
        var imageId = await StorePictureAsync(item.Image, ct);
        return await RunAsync(() => manage.AddAsync(input with { ImageId = imageId }, User.Id()!.Value, ct));
    }

    public async Task<IActionResult> OnPostEditAsync(int itemId, [Bind(Prefix = "Edit")] ItemInput edit, CancellationToken ct)
    {
        var input = edit.ToInput(0);
        RewardItem.Validate(input.Name, input.Description, input.PointsCost, 0, input.MinimumLevel);
        var imageId = await StorePictureAsync(edit.Image, ct);
        return await RunAsync(() => manage.EditAsync(itemId, input with { ImageId = imageId }, User.Id()!.Value, ct));
    }

    private async Task<Guid?> StorePictureAsync(IFormFile? file, CancellationToken ct)
    {
        if (file is not { Length: > 0 }) return null;
        await using var stream = file.OpenReadStream();
        return (await images.ExecuteAsync(stream, User.Id()!.Value, "reward", ct)).Id;
    }

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
