using Community.Core.Content;
using Community.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Community.Core.BrandTeam;

/// <summary>Puts a member in the home-page spotlight; the newest spotlight is the one shown.</summary>
public sealed class FeatureAdvocate(CommunityDbContext db, Audit.AuditLog audit, TimeProvider clock)
{
    /// <summary>The thanks may be written in English, in Korean or both; each half written must be 2–280 characters.</summary>
    public async Task ExecuteAsync(int memberId, Bilingual message, int chosenById, CancellationToken ct = default)
    {
        var thanks = Bilingual.Trimmed(message.English, message.Korean);
        if (thanks.IsBlank || new[] { thanks.English, thanks.Korean }.Any(t => t.Length is 1 or > Spotlight.MessageMax))
            throw new DomainException("SpotlightMessageLength");
        if (!await db.Users.AnyAsync(m => m.Id == memberId, ct)) throw DomainException.NotFound("MemberNotFound");
        db.Spotlights.Add(new Spotlight
        {
            MemberId = memberId, Message = thanks.English, MessageKo = thanks.Korean, ChosenById = chosenById, CreatedAt = clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(chosenById, "spotlight.set", $"member:{memberId}", null, string.Join(" / ", new[] { thanks.English, thanks.Korean }.Where(t => t.Length > 0)), ct);
    }
}
