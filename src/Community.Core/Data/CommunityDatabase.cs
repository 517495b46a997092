namespace Community.Core.Data;

/// <summary>Which database engine holds the forum (setting <c>Database:Provider</c>).</summary>
public enum DatabaseProvider
{
    /// <summary>Embedded, one file, nothing to install: the default.</summary>
    Sqlite,

    /// <summary>A PostgreSQL server, for several nodes sharing one database.</summary>
    Postgres,
}

/// <summary>The engine and its connection string, resolved once at start (relative SQLite paths already anchored).</summary>
public sealed record CommunityDatabase(DatabaseProvider Provider, string ConnectionString)
{
    public const string SqliteMigrationsAssembly = "Community.Migrations.Sqlite";
    public const string PostgresMigrationsAssembly = "Community.Migrations.Postgres";

    /// <summary>Each engine has its own migrations, generated from the same model.</summary>
    public string MigrationsAssembly => Provider == DatabaseProvider.Postgres ? PostgresMigrationsAssembly : SqliteMigrationsAssembly;

    public bool IsSqlite => Provider == DatabaseProvider.Sqlite;
}
