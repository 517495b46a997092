namespace Community.Tests.Support;

/// <summary>
/// A test of something only SQLite has (its file, its locks, its disk-full error): skipped, with the reason given, when
/// the suite runs on PostgreSQL (<see cref="TestDatabase"/>). Keep these few; a rule of the forum is tested on both.
/// </summary>
public sealed class SqliteOnlyFactAttribute : FactAttribute
{
    public SqliteOnlyFactAttribute(string whyOnlySqlite)
    {
        if (TestDatabase.IsPostgres) Skip = "SQLite only: " + whyOnlySqlite;
    }
}

/// <inheritdoc cref="SqliteOnlyFactAttribute"/>
public sealed class SqliteOnlyTheoryAttribute : TheoryAttribute
{
    public SqliteOnlyTheoryAttribute(string whyOnlySqlite)
    {
        if (TestDatabase.IsPostgres) Skip = "SQLite only: " + whyOnlySqlite;
    }
}
