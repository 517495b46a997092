using Community.Core.Data;
using Npgsql;

namespace Community.Web.Database;

/// <summary>
/// Reads <c>Database:Provider</c> (<c>Sqlite</c>, the default, or <c>Postgres</c>) and <c>ConnectionStrings:Community</c>.
/// SQLite needs nothing else (a relative file is anchored at the content root); PostgreSQL needs a connection string of
/// its own, e.g. <c>Host=127.0.0.1;Port=5432;Database=community;Username=community;Password=…</c>.
/// </summary>
public static class DatabaseSettings
{
    public const string ProviderSetting = "Database:Provider";

    public static CommunityDatabase Resolve(IConfiguration configuration, string contentRoot)
    {
        var configured = configuration[ProviderSetting];
        if (string.IsNullOrWhiteSpace(configured) || configured.Equals(nameof(DatabaseProvider.Sqlite), StringComparison.OrdinalIgnoreCase))
            return new CommunityDatabase(DatabaseProvider.Sqlite, SqliteConnectionSettings.Resolve(configuration, contentRoot));
        if (!configured.Equals(nameof(DatabaseProvider.Postgres), StringComparison.OrdinalIgnoreCase))
            throw new InvalidOperationException($"{ProviderSetting} is '{configured}'; it must be Sqlite (the default) or Postgres.");

        var connectionString = configuration.GetConnectionString("Community");
        // appsettings.json carries the SQLite default; starting Postgres on it would fail later with a parser's message.
        if (string.IsNullOrWhiteSpace(connectionString) || connectionString.Contains("Data Source", StringComparison.OrdinalIgnoreCase))
            throw new InvalidOperationException(
                $"{ProviderSetting} is Postgres but ConnectionStrings:Community is not a PostgreSQL connection string (e.g. Host=127.0.0.1;Database=community;Username=community;Password=…).");
        return new CommunityDatabase(DatabaseProvider.Postgres, connectionString);
    }

    /// <summary>How logs and messages name the database: the SQLite file, or host, port and database (never the password).</summary>
    public static string Describe(CommunityDatabase database)
    {
        if (database.IsSqlite) return new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(database.ConnectionString).DataSource;
        var builder = new NpgsqlConnectionStringBuilder(database.ConnectionString);
        return $"PostgreSQL {builder.Host}:{builder.Port}/{builder.Database}";
    }
}
