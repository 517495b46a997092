using Microsoft.AspNetCore.DataProtection;

namespace Community.Web.Security;

public static class SecurityServiceCollectionExtensions
{
    public static IServiceCollection AddCommunitySecurity(this IServiceCollection services, IWebHostEnvironment environment, string keysFolder)
    {
        // Keys live beside the database (DataProtection:KeysFolder, data/keys) so sign-in cookies survive restarts and restores.
        services.AddDataProtection()
            .SetApplicationName("Community")
            .PersistKeysToFileSystem(new DirectoryInfo(keysFolder));
        services.AddAntiforgery(o =>
        {
            o.HeaderName = "X-CSRF-TOKEN";
            o.Cookie.Name = "community.csrf";
            o.Cookie.SecurePolicy = environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
        });
        services.AddHsts(o =>
        {
            o.MaxAge = TimeSpan.FromDays(365);
            o.IncludeSubDomains = true;
        });
        return services;
    }

    /// <summary>
    /// One policy for every response. The CSP allows no inline script or style at all: every script is a
    /// file under wwwroot, so injected markup cannot run even if it slipped past the sanitizer.
    /// </summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' https: data:; " +
            "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
        headers.XFrameOptions = "DENY";
        await next();
    });
}
