using Community.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Community.Core.Members;

/// <summary>
/// A silenced member may read, vote and flag, but publishes nothing — no question, answer, comment, idea, review or
/// edit — until the silence ends. Checked by every publishing use case, whoever calls it (a page, the hub, an API).
/// </summary>
public static class Silence
{
    public static Task<DateTime?> SilencedUntilAsync(this CommunityDbContext db, int memberId, CancellationToken ct) =>
        db.Users.Where(m => m.Id == memberId).Select(m => m.SilencedUntil).SingleOrDefaultAsync(ct);

    public static async Task EnsureMayPublishAsync(this CommunityDbContext db, int memberId, DateTime now, CancellationToken ct)
    {
        var until = await db.SilencedUntilAsync(memberId, ct);
        if (until > now) throw DomainException.NotEarned("PostingPausedUntil", until.Value.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture));
    }
}
