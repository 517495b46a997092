using Community.Web.Accounts;
using Microsoft.EntityFrameworkCore;
using System.Globalization;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Community.Web.Localization;

public static class LocalizationExtensions
{
    public static readonly string[] Cultures = ["en", "ko"];

    public static IServiceCollection AddCommunityLocalization(this IServiceCollection services)
    {
        services.AddLocalization(o => o.ResourcesPath = "Resources");
        services.Replace(ServiceDescriptor.Singleton<Microsoft.Extensions.Localization.IStringLocalizerFactory, CachedStringLocalizerFactory>());
        services.AddSingleton<Microsoft.Extensions.Options.IConfigureOptions<Microsoft.AspNetCore.Mvc.MvcOptions>, LocalizedBindingMessages>();
        // No client-side validation script is loaded (the server validates every form), so the data-val-* attributes
        // only carried the framework's English templates into the page.
        services.Configure<Microsoft.AspNetCore.Mvc.MvcViewOptions>(o => o.HtmlHelperOptions.ClientValidationEnabled = false);
        services.Configure<RequestLocalizationOptions>(o =>
        {
            var cultures = Cultures.Select(c => new CultureInfo(c)).ToList();
            o.DefaultRequestCulture = new RequestCulture("en");
            o.SupportedCultures = cultures;
            o.SupportedUICultures = cultures;
            o.FallBackToParentCultures = true;
            o.FallBackToParentUICultures = true;
            // The cookie (the language switcher) wins over the browser's Accept-Language.
            o.RequestCultureProviders = [new CookieRequestCultureProvider(), new AcceptLanguageHeaderRequestCultureProvider()];
        });
        return services;
    }

    public static IMvcBuilder AddCommunityDataAnnotationsLocalization(this IMvcBuilder mvc) =>
        mvc.AddDataAnnotationsLocalization(o => o.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SharedResource)));

    public static IApplicationBuilder UseCommunityLocalization(this IApplicationBuilder app) => app.UseRequestLocalization();

    /// <summary>GET /culture?c=ko&amp;returnUrl=/questions — sets the language cookie and returns locally.</summary>
    public static IEndpointRouteBuilder MapCultureSwitch(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/culture", async (HttpContext http, string? c, string? returnUrl, Community.Core.Data.CommunityDbContext db) =>
        {
            var culture = Cultures.Contains(c) ? c! : "en";
            // Remembered on the member too, so what is written for them later (notifications, mail) is in their language.
            if (http.User.Id() is { } me)
                await db.Users.Where(m => m.Id == me).ExecuteUpdateAsync(s => s.SetProperty(m => m.PreferredCulture, culture), http.RequestAborted);
            http.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true, Secure = http.Request.IsHttps });
            return Results.LocalRedirect(Links.SiteLinks.ForHeader(LocalUrl.OrHome(returnUrl)));
        });
        return endpoints;
    }
}
