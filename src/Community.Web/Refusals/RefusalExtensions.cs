using Community.Core;
using Microsoft.Extensions.Localization;

namespace Community.Web.Refusals;

public static class RefusalExtensions
{
    /// <summary>The refusal's reason in the reader's language.</summary>
    public static string Localize(this DomainException refusal, IStringLocalizer text) => text[refusal.MessageKey, refusal.Arguments];

    /// <summary>The page's own id from its route (/ideas/{id}), for reloading it after a refusal.</summary>
    public static int RouteId(this Microsoft.AspNetCore.Mvc.RazorPages.PageModel page) =>
        Convert.ToInt32(page.RouteData.Values["id"], System.Globalization.CultureInfo.InvariantCulture);
}
