using Community.Web.Database.Backups;
using Community.Web.Hosting;

namespace Community.Web.Database;

public static class DatabaseServiceCollectionExtensions
{
    /// <summary>Migrating at start and by command, backup and restore, and the open connection that marks the database in use.</summary>
    public static IServiceCollection AddCommunityDatabaseOperations(this IServiceCollection services, DataLocations locations, IConfiguration configuration)
    {
        services.AddSingleton(locations);
        services.Configure<DatabaseOptions>(configuration.GetSection(DatabaseOptions.Section));
        services.AddScoped<DatabaseMigration>();
        services.AddScoped<CreateBackup>();
        services.AddScoped<RestoreBackup>();
        // Only a SQLite file needs holding open to show it is in use (restore checks); a server knows its own clients.
        if (locations.DatabaseIsFile) services.AddHostedService<OpenWhileServing>();
        return services;
    }
}
