using Community.Core.Data;
using Community.Core.Members;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Community.Web.Pages.Account;

/// <summary>
/// Light or dark pages, or the device's setting. The header's toggle posts here in the background (and sets the
/// <see cref="Cookie"/> itself, which is all a visitor has); this page is also the way back to "follow my device" and
/// the form that works without script.
/// </summary>
[Authorize]
[Security.NotRateLimited("a member's own setting, one row")]
public class ThemeModel(CommunityDbContext db, ChooseTheme choose) : PageModel
{
    /// <summary>Read by wwwroot/js/theme.js before the page is drawn; "light" or "dark".</summary>
    public const string Cookie = "community.theme";

    public ColorTheme? Theme { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var me = User.Id()!.Value;
        Theme = await db.Users.AsNoTracking().Where(m => m.Id == me).Select(m => m.Theme).SingleAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(string? theme, string? returnUrl, CancellationToken ct)
    {
        ColorTheme? chosen = theme switch
        {
            "light" => ColorTheme.Light,
            "dark" => ColorTheme.Dark,
            "system" => null,
            _ => throw new Core.DomainException("ChooseTheme"),
        };
        await choose.ExecuteAsync(User.Id()!.Value, chosen, ct);
        if (chosen is { } kept)
            Response.Cookies.Append(Cookie, kept == ColorTheme.Dark ? "dark" : "light",
                new() { Path = "/", MaxAge = TimeSpan.FromDays(365), SameSite = SameSiteMode.Lax, Secure = Request.IsHttps, IsEssential = true });
        else
            Response.Cookies.Delete(Cookie, new() { Path = "/" });
        if (Request.Headers["X-Requested-With"] == "fetch") return new NoContentResult();
        TempData["Notice"] = "ThemeSaved";
        return LocalRedirect(LocalUrl.OrHome(returnUrl ?? "/account/theme"));
    }
}
