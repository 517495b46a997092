using Community.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Community.Core.Advocacy;

/// <summary>Adds counted anonymous sessions to their day's total (the web host counts them in memory and hands them over here).</summary>
public sealed class CountAnonymousVisits(CommunityDbContext db)
{
    public async Task AddAsync(DateOnly day, int sessions, CancellationToken ct = default)
    {
        if (sessions <= 0) return;
        var updated = await db.AnonymousVisitDays.Where(v => v.Day == day).ExecuteUpdateAsync(s => s.SetProperty(v => v.Sessions, v => v.Sessions + sessions), ct);
        if (updated > 0) return;
        db.AnonymousVisitDays.Add(new AnonymousVisitDay { Day = day, Sessions = sessions });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another node inserted the day first: add to its row instead.
            db.ChangeTracker.Clear();
            await db.AnonymousVisitDays.Where(v => v.Day == day).ExecuteUpdateAsync(s => s.SetProperty(v => v.Sessions, v => v.Sessions + sessions), ct);
        }
    }
}
