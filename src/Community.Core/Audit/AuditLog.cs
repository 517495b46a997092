using Community.Core.Data;

namespace Community.Core.Audit;

/// <summary>
/// Records staff actions. Called by the use cases themselves (not the pages), inside their transaction
/// where they have one, so an action and its audit line commit together.
/// </summary>
public sealed class AuditLog(CommunityDbContext db, TimeProvider clock)
{
    public const int TextMax = 1000;

    public async Task RecordAsync(int actorId, string action, string subject, string? before = null, string? after = null, CancellationToken ct = default)
    {
        db.AuditEntries.Add(new AuditEntry
        {
            ActorId = actorId, Action = action, Subject = subject, Before = Clip(before), After = Clip(after), CreatedAt = clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(ct);
    }

    private static string? Clip(string? text) => text is { Length: > TextMax } ? text[..TextMax] : text;
}
