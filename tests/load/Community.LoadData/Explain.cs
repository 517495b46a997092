using System.Diagnostics;
using Microsoft.Data.Sqlite;

/// <summary>
/// <c>Community.LoadData explain DB &lt; query.sql</c>: for each ';'-separated statement, the query plan and
/// the time to read every row, run by the bundled SQLite. Read-only. For the plan of a database that never ran ANALYZE,
/// point it at a copy made with: sqlite3 COPY.db "DROP TABLE sqlite_stat1".
/// </summary>
static class Explain
{
    public static int Run(string path, string sqlText)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder
            { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        var sql = new Sql(connection);
        Console.WriteLine($"SQLite {sql.Rows("SELECT sqlite_version()", r => r.GetString(0))[0]}");
        foreach (var statement in sqlText.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            Console.WriteLine();
            Console.WriteLine(statement.Length > 300 ? statement[..300] + " …" : statement);
            foreach (var (id, parent, detail) in sql.Rows("EXPLAIN QUERY PLAN " + statement, r => (r.GetInt32(0), r.GetInt32(1), r.GetString(3))))
                Console.WriteLine($"  {id,4} {parent,4}  {detail}");
            var watch = Stopwatch.StartNew();
            var rows = 0;
            for (var run = 0; run < 5; run++)
            {
                rows = sql.Rows(statement, _ => 0).Count;
                if (run == 0) watch.Restart(); // first run warms the page cache
            }
            Console.WriteLine($"  -> {rows} rows, {watch.Elapsed.TotalMilliseconds / 4:F2} ms per run (mean of 4 warm runs)");
        }
        return 0;
    }
}
