using Community.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Community.Core.BrandTeam;

/// <summary>Puts a member in the home-page spotlight; the newest spotlight is the one shown.</summary>
public sealed class FeatureAdvocate(CommunityDbContext db, Moderation.AuditLog audit, TimeProvider clock)
{
    public async Task ExecuteAsync(int memberId, string? message, int chosenById, CancellationToken ct = default)
    {
        var text = (message ?? "").Trim();
        if (text.Length is < 2 or > Spotlight.MessageMax) throw new DomainException("SpotlightMessageLength");
        if (!await db.Users.AnyAsync(m => m.Id == memberId, ct)) throw new DomainException("MemberNotFound");
        db.Spotlights.Add(new Spotlight { MemberId = memberId, Message = text, ChosenById = chosenById, CreatedAt = clock.GetUtcNow().UtcDateTime });
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(chosenById, "spotlight.set", $"member:{memberId}", null, text, ct);
    }
}
