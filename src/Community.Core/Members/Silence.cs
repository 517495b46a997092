using Community.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Community.Core.Members;

/// <summary>
/// A silenced member may read, vote and flag, but publishes nothing — no question, answer, comment, idea, review or
/// edit — until the silence ends. Checked by every publishing use case, whoever calls it (a page, the hub, an API).
/// </summary>
public static class Silence
{
    public static async Task EnsureMayPublishAsync(this CommunityDbContext db, int memberId, DateTime now, CancellationToken ct)
    {
        var until = await db.Users.Where(m => m.Id == memberId).Select(m => m.SilencedUntil).SingleOrDefaultAsync(ct);
        if (until > now) throw DomainException.NotEarned("PostingPausedUntil", until.Value.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture));
    }
}
