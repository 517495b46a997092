using Microsoft.Data.Sqlite;

namespace Community.Tests.Support;

/// <summary>
/// Everything one forum instance keeps on disk — database, data-protection keys, uploads, mail outbox — in a temporary
/// folder of its own, as settings for an <see cref="AppProcess"/> or a <see cref="ForumOnFiles"/> host.
/// </summary>
public sealed class ForumFiles : IDisposable
{
    public string Root { get; }

    public ForumFiles() : this(Path.Combine(Path.GetTempPath(), "community-tests", $"forum-{Guid.NewGuid():N}"))
    {
    }

    /// <summary>In a folder of the test's choosing (on a <see cref="SmallDisk"/>, say).</summary>
    public ForumFiles(string root)
    {
        Root = root;
        Directory.CreateDirectory(Root);
        (_database, Postgres) = TestDatabase.For(Database);
    }

    public string Database => Path.Combine(Root, "community.db");
    public string Keys => Path.Combine(Root, "keys");
    public string Uploads => Path.Combine(Root, "uploads");
    public string Mail => Path.Combine(Root, "mail");

    /// <summary>A folder beside the instance's own (for a backup), not created.</summary>
    public string Beside(string name) => Path.Combine(Root, name);

    /// <summary>The instance's database on the PostgreSQL test server when the suite runs there (<see cref="TestDatabase"/>).</summary>
    public PostgresTestDatabase? Postgres { get; }

    private readonly IReadOnlyDictionary<string, string> _database;

    public IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>(_database)
    {
        ["DataProtection:KeysFolder"] = Keys,
        ["Uploads:Folder"] = Uploads,
        ["Email:PickupFolder"] = Mail,
    };

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Postgres?.Dispose();
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A process killed by the test may still be letting go of a file; the temp folder is cleaned by the OS later.
        }
    }
}
