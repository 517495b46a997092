using Community.Core.Branding;
using Community.Core.Data;
using Community.Core.Uploads;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Community.Web.Pages.Brand;

/// <summary>
/// The brand team makes the community theirs: name and welcome text in both languages, primary and accent colours,
/// logo and favicon. The colours every theme derives, and the contrast each pair keeps, are shown before and after saving.
/// </summary>
[Authorize(Roles = $"{Core.Members.Roles.BrandTeam},{Core.Members.Roles.Admin}")]
[Uploads.UploadSizeLimit(6 * 1024 * 1024)]
[Security.NotRateLimited("brand team only")]
public class LookModel(BrandLooks looks, ChangeBrandLook change, StoreImage images, CommunityDbContext db) : PageModel, Refusals.IShowsRefusalsOnPage
{
    public sealed class InputModel
    {
        public string? NameEn { get; set; }
        public string? NameKo { get; set; }
        public string? HeroTitleEn { get; set; }
        public string? HeroTitleKo { get; set; }
        public string? HeroLeadEn { get; set; }
        public string? HeroLeadKo { get; set; }
        public string? PrimaryColor { get; set; }
        public string? AccentColor { get; set; }
        public IFormFile? Logo { get; set; }
        public bool RemoveLogo { get; set; }
        public IFormFile? Favicon { get; set; }
        public bool RemoveFavicon { get; set; }
    }

    public sealed record Change(string Actor, DateTime At);

    [BindProperty] public InputModel Input { get; set; } = new();
    public Core.Branding.Brand Current { get; private set; } = null!;
    /// <summary>The colours shown: the saved look's, or the ones a preview asked about.</summary>
    public BrandPalette Palette { get; private set; } = null!;
    public bool Previewing { get; private set; }
    public IReadOnlyList<Change> History { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        Input = new InputModel
        {
            NameEn = Current.Name.En, NameKo = Current.Name.Ko, HeroTitleEn = Current.HeroTitle.En, HeroTitleKo = Current.HeroTitle.Ko,
            HeroLeadEn = Current.HeroLead.En, HeroLeadKo = Current.HeroLead.Ko, PrimaryColor = Current.Primary.Hex, AccentColor = Current.Accent.Hex,
        };
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var actor = User.Id()!.Value;
        ChangeBrandLook.Check(Sent());
        var logo = await StoreAsync(Input.Logo, actor, ct);
        var favicon = await StoreAsync(Input.Favicon, actor, ct);
        await change.ExecuteAsync(Sent() with { LogoId = logo, RemoveLogo = Input.RemoveLogo, FaviconId = favicon, RemoveFavicon = Input.RemoveFavicon }, actor, ct);
        TempData["Notice"] = "BrandLookSaved";
        return Redirect("/brand/look");
    }

    /// <summary>Shows what the colours in the form would give, saving nothing.</summary>
    public async Task<IActionResult> OnPostPreviewAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        var (primary, accent) = ChangeBrandLook.Colours(Sent());
        Palette = new BrandPalette(primary, accent);
        Previewing = true;
        return Page();
    }

    public string RefusalKey(string messageKey, IFormCollection? sent) => messageKey switch
    {
        "BrandPrimaryColorFormat" => "Input.PrimaryColor",
        "BrandAccentColorFormat" => "Input.AccentColor",
        _ => "",
    };

    public async Task<bool> ReloadAfterRefusalAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        return true;
    }

    private BrandLookInput Sent() => new(Input.NameEn, Input.NameKo, Input.HeroTitleEn, Input.HeroTitleKo, Input.HeroLeadEn, Input.HeroLeadKo,
        Input.PrimaryColor, Input.AccentColor);

    private async Task<Guid?> StoreAsync(IFormFile? file, int actor, CancellationToken ct)
    {
        if (file is not { Length: > 0 }) return null;
        await using var stream = file.OpenReadStream();
        return (await images.ExecuteAsync(stream, actor, "brand", ct)).Id;
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Current = await looks.CurrentAsync(ct);
        Palette = Current.Palette;
        History = await db.AuditEntries.AsNoTracking().Where(e => e.Action == "brand.look").OrderByDescending(e => e.Id).Take(5)
            .Select(e => new Change(db.Users.Where(m => m.Id == e.ActorId).Select(m => m.DisplayName).FirstOrDefault() ?? "", e.CreatedAt))
            .ToListAsync(ct);
    }
}
