namespace Community.Tests.Support;

/// <summary>A test of what only the PostgreSQL engine does: skipped on the default SQLite run (<see cref="TestDatabase"/>).</summary>
public sealed class PostgresOnlyFactAttribute : FactAttribute
{
    public PostgresOnlyFactAttribute()
    {
        if (!TestDatabase.IsPostgres) Skip = "PostgreSQL only: runs with COMMUNITY_TEST_DATABASE=Postgres (scripts/test.sh does)";
    }
}
