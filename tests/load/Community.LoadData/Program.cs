// Community.LoadData — fills a fresh SQLite database with a large, believable community for load tests.
//
//   dotnet Community.LoadData.dll [--questions N] [--answers N] [--members N] [--comments N] [--seed N] [--out PATH] [--no-analyze]
//
// The schema comes from the REAL migrations (MigrateAsync), so the load database has exactly the tables,
// indexes, FTS5 table and triggers production has. Rows are then written with raw, prepared Microsoft.Data.Sqlite
// commands in large transactions — EF change tracking would take an hour for half a million posts.
// Everything is drawn from one seeded Random, so the same arguments give the same content (ids included). The
// history on top — reviews, ideas, the reputation ledger behind every vote and acceptance, a year of daily visits — draws from a
// second Random derived from the same seed, so it did not change the content the first one gives.
using System.Diagnostics;
using Community.Core;
using Community.Core.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

// "explain DB" reads SQL from stdin and shows the plan and run time with the SQLite the app bundles (e_sqlite3),
// which may plan differently from the sqlite3 CLI installed on the machine.
if (args is ["explain", var explainDb, ..]) return Explain.Run(explainDb, Console.In.ReadToEnd());
// "topg DB CONNECTION" copies a generated database into PostgreSQL (tests/load/run --cluster compares the engines on it).
if (args is ["topg", var sqliteDb, var postgres]) return await CopyToPostgres.RunAsync(sqliteDb, postgres);

var options = LoadOptions.Parse(args);
if (options is null) return 2;

var total = Stopwatch.StartNew();
Phase.Start();
var path = Path.GetFullPath(options.Out);
Directory.CreateDirectory(Path.GetDirectoryName(path)!);
foreach (var file in new[] { path, path + "-wal", path + "-shm" }) File.Delete(file);
// No pooling: the file must really be closed when we are done (the app opens it next).
var connectionString = new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString();

Console.WriteLine($"Generating {options.Members:N0} members, {options.Questions:N0} questions, {options.Answers:N0} answers, {options.Comments:N0} comments into {path}");

// 1. Schema: the real migrations, including the FTS5 table QuestionsFts and its triggers.
await using (var db = new CommunityDbContext(new DbContextOptionsBuilder<CommunityDbContext>()
                 .UseSqlite(connectionString, o => o.MigrationsAssembly(CoreServiceCollectionExtensions.SqliteMigrationsAssembly))
                 .Options))
{
    await db.Database.MigrateAsync();
}
Phase.Done("schema (migrations)");

// 2. The whole community in memory first: ids, counters and dates must agree across tables
//    (AnswerCount, AcceptedAnswerId, Score = sum of votes, Tag.QuestionCount, Reputation, LastActivityAt).
var world = new World(options);
world.Build();
Phase.Done($"content generated ({world.QuestionPool.Count:N0} distinct question bodies, {world.AnswerPool.Count:N0} answer bodies rendered)");
world.BuildHistory();
Phase.Done("history generated (reviews, ideas, reputation ledger replayed, visits)");

// 3. Bulk insert.
await using var connection = new SqliteConnection(connectionString);
connection.Open();
var sql = new Sql(connection);
// WAL + synchronous=OFF: a crash mid-load only loses a file we would regenerate anyway. Foreign keys are
// checked once at the end (PRAGMA foreign_key_check) instead of per row. A large page cache keeps the
// indexes being filled in memory.
sql.Exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=OFF; PRAGMA foreign_keys=OFF; PRAGMA temp_store=MEMORY; PRAGMA cache_size=-1048576;");

// Indexing every question through the FTS AFTER INSERT trigger costs a trigger call per row; one 'rebuild' at the
// end is faster. The triggers on Questions are saved verbatim from sqlite_master (exactly as the migrations created
// them) and put back afterwards.
var questionTriggers = sql.Rows("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'Questions'",
    r => (Name: r.GetString(0), Sql: r.GetString(1)));
foreach (var trigger in questionTriggers) sql.Exec($"DROP TRIGGER \"{trigger.Name}\"");

world.Insert(sql);

// Both full-text indexes: trigram (QuestionsFts) and words by prefix (QuestionsWords, for short terms).
foreach (var index in new[] { "QuestionsFts", "QuestionsWords" })
    sql.Exec($"INSERT INTO {index}({index}) VALUES ('rebuild')");
Phase.Done("full-text indexes rebuilt");
// One merged b-tree per term, as a maintained index would be; without it the index is left as many segments.
foreach (var index in new[] { "QuestionsFts", "QuestionsWords" })
    sql.Exec($"INSERT INTO {index}({index}) VALUES ('optimize')");
Phase.Done("full-text index optimized");
foreach (var trigger in questionTriggers) sql.Exec(trigger.Sql);

var violations = sql.Scalar("SELECT COUNT(*) FROM pragma_foreign_key_check");
if (violations != 0) throw new InvalidOperationException($"{violations} foreign key violations — the generator is wrong.");
Phase.Done("foreign keys checked");

// The stored totals must be what the ledger says (ReputationAudit's rule: reputation = 1 + sum, points = sum).
var drift = sql.Scalar("""
    SELECT COUNT(*) FROM AspNetUsers u
    LEFT JOIN (SELECT MemberId, SUM(Reputation) AS r, SUM(Points) AS p FROM ReputationEntries GROUP BY MemberId) l ON l.MemberId = u.Id
    WHERE u.Reputation <> 1 + COALESCE(l.r, 0) OR u.Points <> COALESCE(l.p, 0)
    """);
if (drift != 0) throw new InvalidOperationException($"{drift} members' Reputation or Points differ from the ledger — the generator is wrong.");
Phase.Done("reputation totals checked against the ledger");

if (options.Analyze)
{
    // Statistics for the query planner (sqlite_stat1), as a well-kept production database would have.
    sql.Exec("ANALYZE");
    Phase.Done("ANALYZE");
}
sql.Exec("PRAGMA wal_checkpoint(TRUNCATE)");
Phase.Done("WAL checkpoint");

Console.WriteLine();
foreach (var table in new[] { "AspNetUsers", "AspNetRoles", "AspNetUserRoles", "Products", "Tags", "Questions", "QuestionTags", "Answers", "Comments", "Votes",
             "Reviews", "ReviewVotes", "Ideas", "IdeaVotes", "IdeaFollowers", "IdeaStatusChanges", "ReputationEntries", "MemberVisits" })
    Console.WriteLine($"  {table,-18} {sql.Scalar($"SELECT COUNT(*) FROM \"{table}\""),12:N0}");
Console.WriteLine($"  {"QuestionsFts",-18} {sql.Scalar("SELECT COUNT(*) FROM QuestionsFts"),12:N0}");
Console.WriteLine($"  answered {sql.Scalar("SELECT COUNT(*) FROM Questions WHERE AnswerCount > 0"):N0}, accepted {sql.Scalar("SELECT COUNT(*) FROM Questions WHERE AcceptedAnswerId IS NOT NULL"):N0}, max answers on one question {sql.Scalar("SELECT MAX(AnswerCount) FROM Questions"):N0}");
var habits = world.HabitCounts;
Console.WriteLine($"  visit habits: daily {habits[4]:N0}, few a week {habits[3]:N0}, weekly {habits[2]:N0}, monthly {habits[1]:N0}, one-off {habits[0]:N0}; " +
                  $"{world.StoppedVisiting:N0} stopped visiting 1-26 weeks ago; ideas planned {sql.Scalar("SELECT COUNT(*) FROM ReputationEntries WHERE Reason = 'IdeaPlanned'"):N0}, " +
                  $"delivered {sql.Scalar("SELECT COUNT(*) FROM Ideas WHERE Status = 'Delivered'"):N0}; members with reputation >= 500: {sql.Scalar("SELECT COUNT(*) FROM AspNetUsers WHERE Reputation >= 500"):N0}");
connection.Close();
Console.WriteLine($"\nDone in {total.Elapsed.TotalSeconds:F1} s; {path} is {new FileInfo(path).Length / 1048576.0:F0} MB.");
return 0;
