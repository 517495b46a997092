using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Community.Core.Data;
using Community.Core.Members;
using Microsoft.AspNetCore.Identity;

namespace Community.Web.Accounts;

public static class AccountServiceCollectionExtensions
{
    public static IServiceCollection AddCommunityAccounts(this IServiceCollection services, IConfiguration configuration, IWebHostEnvironment environment)
    {
        services.AddIdentity<Member, IdentityRole<int>>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.Password.RequiredLength = 8;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireDigit = false;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.SignIn.RequireConfirmedEmail = configuration.GetValue("Accounts:RequireConfirmedEmail", !environment.IsDevelopment());
            })
            .AddEntityFrameworkStores<CommunityDbContext>()
            .AddDefaultTokenProviders()
            .AddPasswordValidator<CommonPasswordValidator>()
            .AddClaimsPrincipalFactory<MemberClaimsPrincipalFactory>();

        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.LoginPath = "/account/login";
            cookie.LogoutPath = "/account/logout";
            cookie.AccessDeniedPath = "/account/access-denied";
            cookie.Cookie.Name = "community.auth";
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.Cookie.SecurePolicy = environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
            cookie.SlidingExpiration = true;
            // Signing in or out on a page whose ?returnUrl= holds Hangul: the handler redirects there itself.
            cookie.Events.OnRedirectToReturnUrl = RedirectHeaderSafe;
            cookie.Events.OnRedirectToLogout = RedirectHeaderSafe;
            cookie.Events.OnSigningIn = SignInSessions.StampAsync;
            cookie.Events.OnValidatePrincipal = SignInSessions.Validate(cookie.Events.OnValidatePrincipal);
        });
        services.AddSingleton<SignInSessions>();
        // A changed security stamp (password reset, later: suspension) signs other sessions out within a minute.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));
        // PBKDF2-HMAC-SHA512 iterations: OWASP's 2023 figure, about twice the framework default.
        services.Configure<PasswordHasherOptions>(o => o.IterationCount = 210_000);
        services.Configure<AccountOptions>(configuration.GetSection("Accounts"));
        services.Configure<EmailOptions>(configuration.GetSection("Email"));
        services.AddSingleton<IEmailSender, PickupFolderEmailSender>();
        services.AddScoped<DisplayNameCheck>();
        services.AddScoped<AccountEmails>();
        services.AddScoped<SignedInMember>();
        services.AddScoped<AccountBootstrapper>();
        return services;
    }

    private static Task RedirectHeaderSafe(RedirectContext<CookieAuthenticationOptions> context)
    {
        context.Response.Redirect(Links.SiteLinks.ForHeader(context.RedirectUri));
        return Task.CompletedTask;
    }
}
