using Community.Core.Advocacy;
using Community.Core.Badges;
using Community.Core.BrandTeam;
using Community.Core.Branding;
using Community.Core.Content;
using Community.Core.Data;
using Community.Core.Ideas;
using Community.Core.Moderation;
using Community.Core.Notifications;
using Community.Core.Questions;
using Community.Core.Reputation;
using Community.Core.Reviews;
using Community.Core.Rewards;
using Community.Core.Spaces;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Community.Core;

public static class CoreServiceCollectionExtensions
{
    public const string SqliteMigrationsAssembly = CommunityDatabase.SqliteMigrationsAssembly;

    /// <summary>The database and the Q&amp;A use cases. The caller supplies an <see cref="Realtime.ICommunityNotifier"/>.</summary>
    public static IServiceCollection AddCommunityCore(this IServiceCollection services, CommunityDatabase database, IConfiguration configuration)
    {
        // Not pooled: each scope's context carries that scope's Visibility (which private spaces it may read).
        services.AddScoped<Visibility>();
        services.AddScoped<SpaceAccess>();
        services.AddScoped<ManageSpaces>();
        if (database.IsSqlite) services.AddSingleton<WriteQueue>();
        services.AddSingleton(database);
        if (!database.IsSqlite) services.AddSingleton(_ => DatabaseEngineOptions.PostgresDataSource(database.ConnectionString));
        // Options once per process (the root provider): building them per scope cost more CPU than a cached page.
        services.AddDbContext<CommunityDbContext>((root, options) => options.UseCommunityDatabase(database, root),
            contextLifetime: ServiceLifetime.Scoped, optionsLifetime: ServiceLifetime.Singleton);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<MarkdownRenderer>();
        // Each feature registers itself; the order of the bell before badges is the order their handlers run.
        services.AddQuestions();
        services.AddReputation(configuration);
        services.AddNotifications();
        services.AddBadges();
        services.AddModeration(configuration);
        services.AddReviews();
        services.AddRewards();
        services.AddIdeas(configuration);
        services.AddAdvocacy(configuration);
        services.AddBrandTeam();
        services.AddBranding(configuration);
        services.AddScoped<Members.ChangeStaffRoles>();
        services.AddScoped<Members.ChooseAdvocacyContact>();
        services.AddScoped<Members.ChooseTheme>();
        services.Configure<Uploads.UploadOptions>(configuration.GetSection(Uploads.UploadOptions.Section)).AddScoped<Uploads.StoreImage>().AddScoped<Uploads.SetAvatar>().AddScoped<Uploads.UploadAccess>();
        services.AddScoped<Products.ManageProducts>();
        return services;
    }
}
