using Community.Core.Audit;
using Community.Core.Data;
using Community.Core.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Community.Core.BrandTeam;

/// <summary>
/// A personal message from the brand team. Members who said the brand may not contact them are skipped — restraint is
/// the rule, not a courtesy — and the sender is told how many were.
/// </summary>
public sealed class MessageMembers(CommunityDbContext db, MemberInbox inbox, AuditLog audit, TimeProvider clock)
{
    public sealed record Outcome(int Sent, int DeclinedContact);

    public async Task<Outcome> ExecuteAsync(IReadOnlyCollection<int> memberIds, string? text, int senderId, CancellationToken ct = default)
    {
        var body = (text ?? "").Trim();
        if (body.Length is < 2 or > BrandMessage.TextMax) throw new DomainException("BrandMessageLength");
        var chosen = await ChosenMembers.ExistingAsync(db, memberIds, ct);
        var reachable = await db.Users.Where(m => chosen.Contains(m.Id) && m.AdvocacyContact != false).Select(m => m.Id).ToListAsync(ct);
        if (reachable.Count == 0) throw DomainException.Conflict("MemberDeclinedContact");
        var now = clock.GetUtcNow().UtcDateTime;
        db.BrandMessages.AddRange(reachable.Select(id => new BrandMessage { MemberId = id, SenderId = senderId, Text = body, SentAt = now }));
        await db.SaveChangesAsync(ct);
        var senderName = await db.Users.Where(m => m.Id == senderId).Select(m => m.DisplayName).SingleAsync(ct);
        foreach (var id in reachable)
        {
            await audit.RecordAsync(senderId, "member.message", $"member:{id}", null, body, ct);
            await inbox.TellAsync(id, NotificationKinds.BrandMessage, senderName, "/messages", ct);
        }
        return new Outcome(reachable.Count, chosen.Count - reachable.Count);
    }
}
