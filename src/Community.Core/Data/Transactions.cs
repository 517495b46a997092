using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace Community.Core.Data;

public static class Transactions
{
    /// <summary>
    /// Begins a transaction unless the caller already holds one, so a use case composed into a larger one commits
    /// with it (all or nothing) and its events are announced once, after that commit. Null means "joined": only the
    /// owner commits — <c>if (own is not null) await own.CommitAsync(ct);</c>
    /// </summary>
    public static async Task<IDbContextTransaction?> JoinOrBeginTransactionAsync(this DatabaseFacade database, CancellationToken ct) =>
        database.CurrentTransaction is null ? await database.BeginTransactionAsync(ct) : null;
}
