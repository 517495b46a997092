using Npgsql;

namespace Community.Tests.Support;

/// <summary>
/// Which engine the integration tests run the forum on. By default each test host gets its own SQLite file. With
/// <c>COMMUNITY_TEST_DATABASE=Postgres</c> each gets its own fresh PostgreSQL database instead, on the loopback server
/// that <c>scripts/postgres.sh</c> starts (<c>COMMUNITY_TEST_POSTGRES</c> overrides the connection string it prints).
/// </summary>
public static class TestDatabase
{
    public const string Variable = "COMMUNITY_TEST_DATABASE";
    public const string ServerVariable = "COMMUNITY_TEST_POSTGRES";

    public static bool IsPostgres { get; } =
        string.Equals(Environment.GetEnvironmentVariable(Variable), "Postgres", StringComparison.OrdinalIgnoreCase);

    /// <summary>A role that may create databases, connected to a database that always exists.</summary>
    public static string Server =>
        Environment.GetEnvironmentVariable(ServerVariable) is { Length: > 0 } configured
            ? configured
            : "Host=127.0.0.1;Port=5433;Username=community_test;Password=community_test;Database=postgres";

    /// <summary>
    /// The settings that put one forum instance on its own database: the SQLite file given, or a new PostgreSQL database
    /// (returned, for the caller to drop when the instance is done).
    /// </summary>
    public static (IReadOnlyDictionary<string, string> Settings, PostgresTestDatabase? Postgres) For(string sqliteFile)
    {
        if (!IsPostgres) return (new Dictionary<string, string> { ["ConnectionStrings:Community"] = $"Data Source={sqliteFile}" }, null);
        var postgres = new PostgresTestDatabase();
        return (new Dictionary<string, string> { ["Database:Provider"] = "Postgres", ["ConnectionStrings:Community"] = postgres.ConnectionString }, postgres);
    }
}

/// <summary>A database of its own on the test server, created empty (the forum migrates it) and dropped on dispose.</summary>
public sealed class PostgresTestDatabase : IDisposable
{
    public string Name { get; } = $"community_test_{Guid.NewGuid():N}";

    public string ConnectionString { get; }

    public PostgresTestDatabase()
    {
        Execute($"CREATE DATABASE \"{Name}\"");
        ConnectionString = new NpgsqlConnectionStringBuilder(TestDatabase.Server) { Database = Name }.ConnectionString;
    }

    public void Dispose()
    {
        // Pooled connections of the finished host would keep the database in use; FORCE ends any still open elsewhere.
        // A host's background work can still be opening one as the drop runs (seen once: a class clean-up failure with
        // every test passed), so the drop is tried again; a database left behind on the throwaway test server is noted,
        // not a failed run.
        for (var attempt = 1; ; attempt++)
        {
            using (var connection = new NpgsqlConnection(ConnectionString)) NpgsqlConnection.ClearPool(connection);
            try
            {
                Execute($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)");
                return;
            }
            catch (PostgresException e) when (attempt < 3)
            {
                Console.Error.WriteLine($"Dropping {Name} failed ({e.SqlState} {e.MessageText}); trying again.");
            }
            catch (PostgresException e)
            {
                Console.Error.WriteLine($"Left {Name} on the test server: {e.SqlState} {e.MessageText}");
                return;
            }
        }
    }

    private static void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(TestDatabase.Server);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
