using Microsoft.Data.Sqlite;
using Npgsql;

namespace Community.Core.Storage;

/// <summary>Recognises "the disk is full" however it surfaces: SQLite's SQLITE_FULL, PostgreSQL's disk_full, or ENOSPC / EDQUOT from a file write.</summary>
public static class StorageFull
{
    private const int SqliteFull = 13;
    private const int NoSpaceLeft = 28;    // ENOSPC
    private const int QuotaExceeded = 122; // EDQUOT

    public static bool Is(Exception? error)
    {
        for (var e = error; e is not null; e = e.InnerException)
        {
            if (e is SqliteException { SqliteErrorCode: SqliteFull }) return true;
            if (e is PostgresException { SqlState: PostgresErrorCodes.DiskFull }) return true;
            if (e is IOException io && (io.HResult & 0xFFFF) is NoSpaceLeft or QuotaExceeded) return true;
        }
        return false;
    }
}
