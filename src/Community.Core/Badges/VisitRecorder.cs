using System.Collections.Concurrent;
using Community.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Community.Core.Badges;

/// <summary>
/// Records that a signed-in member visited today, at most one write per member per day per node
/// (an in-memory set remembers who was already recorded), then checks streak badges.
/// </summary>
public sealed class VisitRecorder(TimeProvider clock)
{
    private readonly ConcurrentDictionary<(int, DateOnly), byte> _recorded = new();

    public bool IsRecorded(int memberId) => _recorded.ContainsKey((memberId, Today));

    public async Task RecordAsync(int memberId, CommunityDbContext db, BadgeAwarder badges, CancellationToken ct = default)
    {
        var today = Today;
        if (!_recorded.TryAdd((memberId, today), 0)) return;
        if (_recorded.Count > 100_000) _recorded.Clear();
        if (!await db.MemberVisits.AnyAsync(v => v.MemberId == memberId && v.Day == today, ct))
        {
            db.MemberVisits.Add(new MemberVisit { MemberId = memberId, Day = today });
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                db.ChangeTracker.Clear();
            }
        }
        await badges.CheckAsync(memberId, ct);
    }

    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
}
