using Microsoft.Data.Sqlite;

namespace Community.Web.Database.Backups;

/// <summary>The few things backup and restore ask of a SQLite file directly, outside EF and outside the connection pool.</summary>
public static class SqliteFiles
{
    private const int SqliteBusy = 5;

    /// <summary>A connection of its own (never pooled, so closing it really closes the file).</summary>
    public static SqliteConnection Open(string path, bool readOnly = false, int busyTimeoutSeconds = 30)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path, Pooling = false, DefaultTimeout = busyTimeoutSeconds,
            Mode = readOnly ? SqliteOpenMode.ReadOnly : SqliteOpenMode.ReadWriteCreate,
        }.ToString());
        connection.Open();
        return connection;
    }

    /// <summary>
    /// The database, locked for this connection alone until it closes; null when another process has it open. Every
    /// connection to a WAL database holds a shared lock on the file for as long as it is open (and a running forum
    /// keeps one open, <see cref="OpenWhileServing"/>), so the exclusive lock is only granted when nothing uses it.
    /// </summary>
    public static async Task<SqliteConnection?> OpenUnusedAsync(string path, CancellationToken ct)
    {
        var connection = Open(path, busyTimeoutSeconds: 2);
        try
        {
            // One statement per command: given all at once, the driver prepares the SELECT (reading the schema, which
            // opens the WAL in shared mode) before the pragma has run, and the lock is then never asked for.
            foreach (var step in (string[])["PRAGMA locking_mode=EXCLUSIVE", "BEGIN EXCLUSIVE", "SELECT COUNT(*) FROM sqlite_master", "COMMIT"])
                await ExecuteAsync(connection, step, ct);
            return connection;
        }
        catch (SqliteException busy) when (busy.SqliteErrorCode == SqliteBusy)
        {
            await connection.DisposeAsync();
            return null;
        }
    }

    /// <summary>
    /// What <c>PRAGMA integrity_check</c> (or, <paramref name="quick"/>, <c>quick_check</c>: every page and record, but not
    /// whether each index matches its table) reports; empty when the file is sound. A file SQLite cannot read at all is one problem.
    /// </summary>
    public static async Task<IReadOnlyList<string>> IntegrityProblemsAsync(string path, CancellationToken ct, bool quick = false)
    {
        try
        {
            await using var connection = Open(path, readOnly: true);
            await using var command = connection.CreateCommand();
            command.CommandText = quick ? "PRAGMA quick_check" : "PRAGMA integrity_check";
            var lines = new List<string>();
            await using (var reader = await command.ExecuteReaderAsync(ct))
                while (await reader.ReadAsync(ct)) lines.Add(reader.GetString(0));
            return lines is ["ok"] ? [] : lines;
        }
        catch (SqliteException unreadable)
        {
            return [unreadable.Message];
        }
    }

    /// <summary>The migrations recorded in the file, oldest first (none for a file that has never been migrated).</summary>
    public static async Task<IReadOnlyList<string>> AppliedMigrationsAsync(SqliteConnection connection, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = '__EFMigrationsHistory'";
        if ((long)(await command.ExecuteScalarAsync(ct))! == 0) return [];
        command.CommandText = "SELECT \"MigrationId\" FROM \"__EFMigrationsHistory\" ORDER BY \"MigrationId\"";
        var applied = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) applied.Add(reader.GetString(0));
        return applied;
    }

    public static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(ct);
    }
}
