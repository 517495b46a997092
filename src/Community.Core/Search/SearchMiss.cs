using Community.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Community.Core.Search;

/// <summary>A search that found nothing, counted per day and term: what customers look for and don't find.</summary>
public class SearchMiss
{
    public const int TermMax = 100;

    public DateOnly Day { get; internal set; }
    public string Term { get; internal set; } = "";
    public int Count { get; internal set; }
}

/// <summary>Counts a search that found nothing. The term is folded (trimmed, lower case, spaces collapsed) so variants add up.</summary>
public sealed class RecordSearchMiss(CommunityDbContext db, TimeProvider clock)
{
    public async Task RecordAsync(string? query, CancellationToken ct = default)
    {
        var term = string.Join(' ', (query ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
        if (term.Length < 2) return;
        if (term.Length > SearchMiss.TermMax) term = term[..SearchMiss.TermMax];
        var day = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        if (await db.SearchMisses.Where(m => m.Day == day && m.Term == term).ExecuteUpdateAsync(s => s.SetProperty(m => m.Count, m => m.Count + 1), ct) > 0) return;
        db.SearchMisses.Add(new SearchMiss { Day = day, Term = term, Count = 1 });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // The same miss was counted first by a parallel search; this one adds to it.
            db.ChangeTracker.Clear();
            await db.SearchMisses.Where(m => m.Day == day && m.Term == term).ExecuteUpdateAsync(s => s.SetProperty(m => m.Count, m => m.Count + 1), ct);
        }
    }
}
