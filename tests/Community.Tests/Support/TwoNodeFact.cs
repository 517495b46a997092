namespace Community.Tests.Support;

/// <summary>
/// A test of two forum nodes sharing one PostgreSQL database and one Redis: runs in the PostgreSQL pass when a Redis is
/// named by <c>COMMUNITY_TEST_REDIS</c> (scripts/test.sh starts one with scripts/redis.sh), skipped otherwise with why.
/// </summary>
public sealed class TwoNodeFactAttribute : FactAttribute
{
    public const string RedisVariable = "COMMUNITY_TEST_REDIS";

    public static string? Redis => Environment.GetEnvironmentVariable(RedisVariable) is { Length: > 0 } redis ? redis : null;

    public static bool CanRun => TestDatabase.IsPostgres && Redis is not null;

    public TwoNodeFactAttribute()
    {
        if (!CanRun)
            Skip = "Two nodes need PostgreSQL and Redis: runs with COMMUNITY_TEST_DATABASE=Postgres and COMMUNITY_TEST_REDIS (scripts/test.sh does)";
    }
}
