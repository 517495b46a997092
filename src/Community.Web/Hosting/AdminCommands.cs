using Community.Core.Reputation;

namespace Community.Web.Hosting;

/// <summary>
/// Operator commands, run instead of the web server:
/// <c>dotnet run --project src/Community.Web -- reputation recompute [fix]</c> checks every member's stored
/// totals against the ledger (exit code 1 on a mismatch); with <c>fix</c> it also repairs them.
/// </summary>
public static class AdminCommands
{
    public static async Task<int?> RunAsync(WebApplication app, string[] args)
    {
        if (args is not ["reputation", "recompute", ..]) return null;
        var fix = args.Contains("fix");
        await using var scope = app.Services.CreateAsyncScope();
        var mismatches = await scope.ServiceProvider.GetRequiredService<ReputationAudit>().RecomputeAsync(fix);
        foreach (var m in mismatches)
            Console.WriteLine($"member {m.MemberId}: reputation stored {m.StoredReputation}, ledger {m.LedgerReputation}; points stored {m.StoredPoints}, ledger {m.LedgerPoints}");
        Console.WriteLine($"{mismatches.Count} mismatches{(fix && mismatches.Count > 0 ? " (fixed)" : "")}");
        return mismatches.Count == 0 || fix ? 0 : 1;
    }
}
