using Community.Web.Hosting;

namespace Community.Web.Database;

public static class DatabaseServiceCollectionExtensions
{
    /// <summary>Migrating at start and by command.</summary>
    public static IServiceCollection AddCommunityDatabaseOperations(this IServiceCollection services, DataLocations locations, IConfiguration configuration)
    {
        services.AddSingleton(locations);
        services.Configure<DatabaseOptions>(configuration.GetSection(DatabaseOptions.Section));
        services.AddScoped<DatabaseMigration>();
        return services;
    }
}
