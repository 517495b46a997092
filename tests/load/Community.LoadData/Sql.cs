using System.Globalization;
using Microsoft.Data.Sqlite;

/// <summary>Thin helpers over one open connection.</summary>
sealed class Sql(SqliteConnection connection)
{
    public void Exec(string text)
    {
        using var command = connection.CreateCommand();
        command.CommandText = text;
        command.CommandTimeout = 0;
        command.ExecuteNonQuery();
    }

    public long Scalar(string text)
    {
        using var command = connection.CreateCommand();
        command.CommandText = text;
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    public List<T> Rows<T>(string text, Func<SqliteDataReader, T> map)
    {
        using var command = connection.CreateCommand();
        command.CommandText = text;
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read()) rows.Add(map(reader));
        return rows;
    }

    /// <summary>
    /// Runs <paramref name="fill"/> with the table's secondary indexes dropped, then recreates them verbatim from sqlite_master
    /// (exactly as the migrations made them): one sort per index instead of a b-tree insert per row, which is what makes
    /// a large table with randomly ordered keys (the ledger's Source) slow to fill.
    /// </summary>
    public void WithoutIndexes(string table, Action fill)
    {
        var indexes = Rows($"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = '{table}' AND sql IS NOT NULL",
            r => (Name: r.GetString(0), Sql: r.GetString(1)));
        foreach (var index in indexes) Exec($"DROP INDEX \"{index.Name}\"");
        fill();
        foreach (var index in indexes) Exec(index.Sql);
        Phase.Done($"{table}: {indexes.Count} indexes rebuilt");
    }

    /// <summary>
    /// Inserts rows through one prepared, parameterised statement, committing every <paramref name="batch"/> rows:
    /// big transactions are what make SQLite fast, and committing now and then lets the WAL be checkpointed
    /// instead of growing to the size of the table.
    /// </summary>
    public void Insert(string table, string[] columns, IEnumerable<object?[]> rows, int batch = 50_000)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) " +
                              $"VALUES ({string.Join(", ", columns.Select((_, i) => "$p" + i))})";
        var parameters = columns.Select((_, i) => command.Parameters.Add(new SqliteParameter("$p" + i, null))).ToArray();
        command.Prepare();
        var count = 0;
        Exec("BEGIN");
        foreach (var row in rows)
        {
            for (var i = 0; i < parameters.Length; i++) parameters[i].Value = row[i] ?? DBNull.Value;
            command.ExecuteNonQuery();
            if (++count % batch == 0)
            {
                Exec("COMMIT");
                Exec("BEGIN");
            }
        }
        Exec("COMMIT");
        Phase.Done($"{table}: {count:N0} rows");
    }
}
