using System.Diagnostics;
using System.Globalization;
using Community.Core.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

/// <summary>
/// <c>Community.LoadData topg SQLITE_DB POSTGRES_CONNECTION</c>: the same community in a PostgreSQL database, so the load
/// kit compares the engines on identical rows. The schema comes from the real PostgreSQL migrations; every table they
/// made is emptied and filled from the SQLite table of the same name by binary COPY, converting SQLite's stored forms
/// (0/1, EF Core's date text, Guid text) to the column's PostgreSQL type. Identity sequences then continue after the
/// highest id, and ANALYZE gives the planner statistics, as a kept production database has.
/// </summary>
static class CopyToPostgres
{
    public static async Task<int> RunAsync(string sqlitePath, string postgres)
    {
        var total = Stopwatch.StartNew();
        await using (var db = new CommunityDbContext(new DbContextOptionsBuilder<CommunityDbContext>()
                         .UseNpgsql(postgres, o => o.MigrationsAssembly(CommunityDatabase.PostgresMigrationsAssembly)).Options))
        {
            await db.Database.MigrateAsync();
        }
        Console.WriteLine($"schema (PostgreSQL migrations) in {total.Elapsed.TotalSeconds:F1} s");

        await using var target = new NpgsqlConnection(postgres);
        await target.OpenAsync();
        await using var source = new SqliteConnection(new SqliteConnectionStringBuilder
            { DataSource = sqlitePath, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        source.Open();

        var sourceTables = new Sql(source).Rows("SELECT name FROM sqlite_master WHERE type = 'table'", r => r.GetString(0)).ToHashSet();
        var tables = await TablesAsync(target);
        await ExecAsync(target, $"TRUNCATE {string.Join(", ", tables.Select(t => $"\"{t.Name}\""))} RESTART IDENTITY CASCADE");
        // Questions and answers point at each other (the accepted answer), so no table order satisfies every foreign key
        // while filling: they are dropped and put back exactly as the migrations made them, checked once at the end.
        var foreignKeys = await ForeignKeysAsync(target);
        foreach (var key in foreignKeys) await ExecAsync(target, $"ALTER TABLE {key.Table} DROP CONSTRAINT \"{key.Name}\"");

        foreach (var table in tables.Where(t => sourceTables.Contains(t.Name)))
        {
            var started = Stopwatch.StartNew();
            var columns = string.Join(", ", table.Columns.Select(c => $"\"{c.Name}\""));
            await using var writer = await target.BeginBinaryImportAsync($"COPY \"{table.Name}\" ({columns}) FROM STDIN (FORMAT BINARY)");
            using var read = source.CreateCommand();
            read.CommandText = $"SELECT {columns} FROM \"{table.Name}\"";
            using var reader = read.ExecuteReader();
            long rows = 0;
            while (reader.Read())
            {
                await writer.StartRowAsync();
                for (var i = 0; i < table.Columns.Count; i++)
                {
                    if (reader.IsDBNull(i)) await writer.WriteNullAsync();
                    else await WriteAsync(writer, reader.GetValue(i), table.Columns[i].Type);
                }
                rows++;
            }
            await writer.CompleteAsync();
            Console.WriteLine($"  {table.Name,-28} {rows,12:N0} rows in {started.Elapsed.TotalSeconds,6:F1} s");
        }

        foreach (var key in foreignKeys) await ExecAsync(target, $"ALTER TABLE {key.Table} ADD CONSTRAINT \"{key.Name}\" {key.Definition}");
        Console.WriteLine($"{foreignKeys.Count} foreign keys checked and restored");
        foreach (var (table, column) in await IdentitiesAsync(target))
            await ExecAsync(target, $"SELECT setval(pg_get_serial_sequence('\"{table}\"', '{column}'), COALESCE((SELECT MAX(\"{column}\") FROM \"{table}\"), 0) + 1, false)");
        await ExecAsync(target, "ANALYZE");
        Console.WriteLine($"Done in {total.Elapsed.TotalSeconds:F1} s.");
        return 0;
    }

    private sealed record Column(string Name, string Type);

    private sealed record Table(string Name, List<Column> Columns);

    private static async Task<List<Table>> TablesAsync(NpgsqlConnection connection)
    {
        var columns = new List<(string Table, Column Column)>();
        await using var command = new NpgsqlCommand("""
            SELECT c.table_name, c.column_name, c.data_type FROM information_schema.columns c
            JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE'
            WHERE c.table_schema = 'public' AND c.table_name <> '__EFMigrationsHistory' AND c.is_generated = 'NEVER'
            ORDER BY c.table_name, c.ordinal_position
            """, connection);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) columns.Add((reader.GetString(0), new Column(reader.GetString(1), reader.GetString(2))));
        return columns.GroupBy(c => c.Table).Select(g => new Table(g.Key, g.Select(c => c.Column).ToList())).ToList();
    }

    private sealed record ForeignKey(string Table, string Name, string Definition);

    private static async Task<List<ForeignKey>> ForeignKeysAsync(NpgsqlConnection connection)
    {
        var keys = new List<ForeignKey>();
        await using var command = new NpgsqlCommand("""
            SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid) FROM pg_constraint
            WHERE contype = 'f' AND connamespace = 'public'::regnamespace
            """, connection);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) keys.Add(new ForeignKey(reader.GetString(0), reader.GetString(1), reader.GetString(2)));
        return keys;
    }

    private static async Task<List<(string Table, string Column)>> IdentitiesAsync(NpgsqlConnection connection)
    {
        var identities = new List<(string, string)>();
        await using var command = new NpgsqlCommand("""
            SELECT table_name, column_name FROM information_schema.columns
            WHERE table_schema = 'public' AND (is_identity = 'YES' OR column_default LIKE 'nextval(%')
            """, connection);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) identities.Add((reader.GetString(0), reader.GetString(1)));
        return identities;
    }

    /// <summary>SQLite gives long, double, string or byte[]; EF Core stored dates as text and booleans as 0/1.</summary>
    private static Task WriteAsync(NpgsqlBinaryImporter writer, object value, string type) => type switch
    {
        "integer" => writer.WriteAsync(Convert.ToInt32(value, CultureInfo.InvariantCulture), NpgsqlDbType.Integer),
        "bigint" => writer.WriteAsync(Convert.ToInt64(value, CultureInfo.InvariantCulture), NpgsqlDbType.Bigint),
        "smallint" => writer.WriteAsync(Convert.ToInt16(value, CultureInfo.InvariantCulture), NpgsqlDbType.Smallint),
        "boolean" => writer.WriteAsync(Convert.ToInt64(value, CultureInfo.InvariantCulture) != 0, NpgsqlDbType.Boolean),
        "double precision" => writer.WriteAsync(Convert.ToDouble(value, CultureInfo.InvariantCulture), NpgsqlDbType.Double),
        "real" => writer.WriteAsync(Convert.ToSingle(value, CultureInfo.InvariantCulture), NpgsqlDbType.Real),
        "numeric" => writer.WriteAsync(Convert.ToDecimal(value, CultureInfo.InvariantCulture), NpgsqlDbType.Numeric),
        "uuid" => writer.WriteAsync(Guid.Parse((string)value), NpgsqlDbType.Uuid),
        "date" => writer.WriteAsync(DateOnly.Parse((string)value, CultureInfo.InvariantCulture), NpgsqlDbType.Date),
        "timestamp with time zone" => writer.WriteAsync(
            DateTimeOffset.Parse((string)value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal).UtcDateTime, NpgsqlDbType.TimestampTz),
        "bytea" => writer.WriteAsync((byte[])value, NpgsqlDbType.Bytea),
        "text" or "character varying" => writer.WriteAsync(Convert.ToString(value, CultureInfo.InvariantCulture)!, NpgsqlDbType.Text),
        _ => throw new NotSupportedException($"No conversion from SQLite to PostgreSQL {type} yet."),
    };

    private static async Task ExecAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync();
    }
}
