using Community.Core;
using Community.Core.Realtime;
using Community.Web.Accounts;
using Community.Web.Branding;
using Community.Web.Database;
using Community.Web.Links;
using Community.Web.Localization;
using Community.Web.Realtime;
using Community.Web.Security;
using Community.Web.Reputation;
using Community.Web.Spaces;
using Community.Web.Performance;
using Community.Web.Uploads;
using Community.Web.ScaleOut;
using Community.Web.Pages.Brand;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.WebEncoders;
using Microsoft.AspNetCore.Mvc;

namespace Community.Web.Hosting;

public static class CommunityWebExtensions
{
    /// <summary>Carries one-time notices across a redirect (TempData).</summary>
    public const string NoticeCookie = "community.notice";

    public static WebApplicationBuilder AddCommunity(this WebApplicationBuilder builder)
    {
        var locations = DataLocations.From(builder.Configuration, builder.Environment.ContentRootPath);
        builder.Services.AddCommunityCore(locations.Engine, builder.Configuration);
        builder.Services.AddCommunityDatabaseOperations(locations, builder.Configuration);
        builder.Services.AddSingleton<ICommunityNotifier, HubCommunityNotifier>();
        builder.Services.AddScoped<Community.Core.Demo.DemoDataSeeder>();
        builder.Services.AddScoped<Pages.Shared.QuestionListQuery>();
        builder.Services.AddScoped<Pages.Questions.QuestionDetailsQuery>();
        builder.Services.AddBrandPages();
        builder.Services.AddBrandingWeb();
        builder.Services.AddSingleton<Reputation.LevelView>();
        builder.Services.AddCommunityAccounts(builder.Configuration, builder.Environment);
        builder.Services.AddCommunityLocalization();
        builder.Services.AddCommunityRealtime();
        builder.Services.AddCommunitySecurity(builder.Environment, locations.Keys);
        builder.AddCommunityHttps();
        builder.Services.AddRouting(o => o.LowercaseUrls = true);
        builder.Services.AddMemoryCache();
        builder.Services.AddAnonymousPageCache();
        builder.Services.AddAbuseLimits(builder.Configuration);
        builder.Services.AddCommunityUploads(builder.Environment);
        builder.Services.AddCommunityScaleOut(builder.Configuration);
        builder.Services.AddSingleton<SuspendedMembers>();
        builder.Services.AddSingleton<RoleChanges>();
        builder.Services.AddScoped<TwoFactorSetup>();
        builder.Services.Configure<CookieTempDataProviderOptions>(o => o.Cookie.Name = NoticeCookie);
        // Razor would otherwise write every Hangul syllable as a numeric entity (&#xC9C8;), tripling page size.
        builder.Services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        builder.Services.AddRazorPages(o =>
            {
                o.Conventions.ConfigureFilter(new Microsoft.AspNetCore.Mvc.ServiceFilterAttribute(typeof(RefusedFormPage)));
                o.Conventions.ConfigureFilter(new Microsoft.AspNetCore.Mvc.ServiceFilterAttribute(typeof(Refusals.RefusalFilter)));
                o.Conventions.ConfigureFilter(new Security.UnknownHandlers());
                o.Conventions.ConfigureFilter(new Security.FormSizeLimit());
                o.Conventions.ConfigureFilter(new Microsoft.AspNetCore.Mvc.ServiceFilterAttribute(typeof(Security.DeclaredPageWriteLimits)));
                Pages.Revisions.IndexModel.RevisionRoutes.Add(o.Conventions);
                o.Conventions.AddPageRoute("/Edits/Suggest", "/answers/{id:int}/suggest");
            }).AddViewLocalization().AddCommunityDataAnnotationsLocalization();
        builder.Services.AddHeaderSafeRedirects();
        builder.Services.AddSingleton<RefusedFormPage>();
        builder.Services.AddSingleton<Refusals.RefusalFilter>();
        builder.Services.AddHostedService<Reputation.VoteFraudScanService>();
        builder.Services.AddHostedService<Advocacy.AdvocacyRollUpService>();
        builder.Services.AddSingleton<Advocacy.AnonymousVisitors>();
        builder.Services.AddSingleton<Advocacy.AnonymousVisitFlush>().AddHostedService(s => s.GetRequiredService<Advocacy.AnonymousVisitFlush>());
        builder.Services.AddSingleton<StorageHealth>();
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database")
            .Add(new Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckRegistration("storage", s => s.GetRequiredService<StorageHealth>(), failureStatus: null, tags: null));
        return builder;
    }

    public static WebApplication UseCommunity(this WebApplication app)
    {
        app.UseCommunityForwardedHeaders();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error");
            app.UseHsts();
        }
        app.UseCommunityHttpsRedirection();
        app.UseStatusCodePagesWithReExecute("/error", "?code={0}");
        app.UseSecurityHeaders();
        app.UseStaticFiles();
        app.UseCommunityLocalization();
        app.UseRouting();
        app.UseAuthentication();
        app.UseRoleRefresh();
        app.UseSpaceVisibility();
        app.UseAuthorization();
        app.UseMemberMeasures();
        app.UseTwoFactorForAdmins();
        app.UseVisitRecording();
        app.UseOutputCache();
        app.MapHealthChecks("/healthz");
        app.MapCultureSwitch();
        app.MapCommunityRealtime();
        app.MapCommunityUploads();
        Sharing.ShareCard.MapShareCard(app);
        app.MapBrandStylesheet();
        app.MapRazorPages();
        return app;
    }
}
