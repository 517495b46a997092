using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Community.Core.Data;

/// <summary>
/// Points a <see cref="CommunityDbContext"/> at its engine. Both engines run the same model and the same use cases;
/// what differs is how writers are kept from interleaving: SQLite has one writer at a time and this process queues
/// its writers in memory (<see cref="WriteQueue"/>, with <see cref="SqlitePragmas"/>), PostgreSQL takes a lock in the
/// database at the start of every transaction (<see cref="PostgresWriteLock"/>), which holds across nodes too.
/// </summary>
public static class DatabaseEngineOptions
{
    public static DbContextOptionsBuilder UseCommunityDatabase(this DbContextOptionsBuilder options, CommunityDatabase database, IServiceProvider services)
    {
        if (database.IsSqlite)
        {
            options.UseSqlite(database.ConnectionString, sqlite => sqlite
                .MigrationsAssembly(database.MigrationsAssembly)
                // One query per collection: SQLite cannot flatten a join on the right of a LEFT JOIN, so a
                // single query for "questions with their tags" built every tag row of the site per request.
                .UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery));
            // The write queue first: a commit must hand the turn on before the dispatcher's handlers write again.
            options.AddInterceptors(services.GetRequiredService<WriteQueue>(), new SqlitePragmas());
        }
        else
        {
            options.UseNpgsql(services.GetRequiredService<NpgsqlDataSource>(), npgsql => npgsql
                .MigrationsAssembly(database.MigrationsAssembly)
                // Same loading as on SQLite, so both engines run the same statements' shapes and page sizes.
                .UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery));
            options.AddInterceptors(new PostgresWriteLock(), new PostgresTextWithoutNul());
        }
        return options
            .AddInterceptors(new Events.AfterCommitDispatcher(), new Uploads.UploadUseRecorder())
            // SQLite rebuilds a table to alter it, which needs foreign keys off outside a transaction (PrivateSpaces
            // does); EF warns about that on every fresh database. Known and intended, so it stays out of the start-up log.
            .ConfigureWarnings(w => w.Ignore(RelationalEventId.NonTransactionalMigrationOperationWarning))
            .UseQueryTrackingBehavior(QueryTrackingBehavior.TrackAll);
    }

    /// <summary>
    /// One per process (a singleton, disposed with it), holding the connection pool. Records as tuples: EF projects a
    /// C# tuple (<c>Select(m => (m.Reputation, m.Points))</c>) to a PostgreSQL ROW, which Npgsql reads only when told to.
    /// </summary>
    public static NpgsqlDataSource PostgresDataSource(string connectionString)
    {
        var builder = new NpgsqlDataSourceBuilder(connectionString).EnableRecordsAsTuples();
        // A page runs the same dozen statements every time. Without these each one is parsed and planned again, and the
        // pool sends DISCARD ALL (which also drops prepared statements) each time a connection goes back: together about
        // half of PostgreSQL's CPU per page. Nothing here leaves session state behind (the write lock is transaction-scoped,
        // the maintenance lock has a connection of its own). An operator's own "Max Auto Prepare" wins (0 behind a
        // pooler that cannot keep prepared statements).
        var given = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString };
        if (!given.ContainsKey("Max Auto Prepare") && !given.ContainsKey("MaxAutoPrepare"))
        {
            builder.ConnectionStringBuilder.MaxAutoPrepare = 200;
            builder.ConnectionStringBuilder.AutoPrepareMinUsages = 2;
        }
        if (!given.ContainsKey("No Reset On Close") && !given.ContainsKey("NoResetOnClose"))
            builder.ConnectionStringBuilder.NoResetOnClose = true;
        return builder.Build();
    }
}
