using Community.Web.Hosting;
using Microsoft.Data.Sqlite;

namespace Community.Web.Database;

/// <summary>
/// Keeps one connection to the database open for as long as the forum serves. An open connection to a WAL database
/// holds a shared lock on the file, which is how <c>restore</c> (in another process) tells that the database is in
/// use: the connection pool alone closes idle connections after a few quiet minutes, and a quiet forum would then
/// look stopped.
/// </summary>
public sealed class OpenWhileServing(DataLocations locations) : IHostedService, IAsyncDisposable
{
    private SqliteConnection? _connection;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        _connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = locations.Database, Pooling = false }.ToString());
        await _connection.OpenAsync(cancellationToken);
        // The shared lock is taken on first read, and kept afterwards because the database is in WAL mode.
        await using var command = _connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM sqlite_master";
        await command.ExecuteScalarAsync(cancellationToken);
    }

    public async Task StopAsync(CancellationToken cancellationToken) => await DisposeAsync();

    public async ValueTask DisposeAsync()
    {
        if (_connection is not null) await _connection.DisposeAsync();
        _connection = null;
    }
}
