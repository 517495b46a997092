using Community.Core.Data;
using Community.Core.Members;
using Community.Core.Notifications;
using Microsoft.EntityFrameworkCore;
using Community.Core.Audit;

namespace Community.Core.Moderation;

/// <summary>
/// A moderator's measures on a member: a private warning, silencing (no posting) or suspension (no
/// sign-in, effective at once on every open page) for a time, and private notes. Each is noted on the
/// member and audited. Staff cannot be silenced or suspended this way.
/// </summary>
public sealed class ModerateMember(CommunityDbContext db, AuditLog audit, MemberInbox inbox, TimeProvider clock)
{
    public const int MaxDays = 3650;

    public async Task WarnAsync(int memberId, string? message, int moderatorId, CancellationToken ct = default)
    {
        var text = Reason(message);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await EnsureMemberAsync(memberId, ct);
        await NoteAsync(memberId, moderatorId, $"Warning: {text}", ct);
        await audit.RecordAsync(moderatorId, "member.warn", $"member:{memberId}", null, text, ct);
        await inbox.TellAsync(memberId, NotificationKinds.Warning, text, $"/users/{memberId}", ct);
        await transaction.CommitAsync(ct);
    }

    public async Task SilenceAsync(int memberId, int hours, string? reason, int moderatorId, CancellationToken ct = default)
    {
        if (hours is < 1 or > MaxDays * 24) throw new DomainException("MeasureDuration");
        var text = Reason(reason);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var member = await EnsureMemberAsync(memberId, ct);
        var before = member.SilencedUntil?.ToString("o");
        member.SilencedUntil = Now.AddHours(hours);
        await db.SaveChangesAsync(ct);
        await NoteAsync(memberId, moderatorId, $"Silenced for {hours} h: {text}", ct);
        await audit.RecordAsync(moderatorId, "member.silence", $"member:{memberId}", before, $"{member.SilencedUntil:o} ({text})", ct);
        await inbox.TellAsync(memberId, NotificationKinds.Silenced, member.SilencedUntil.Value.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture), $"/users/{memberId}", ct);
        await transaction.CommitAsync(ct);
    }

    public async Task SuspendAsync(int memberId, int days, string? reason, int moderatorId, CancellationToken ct = default)
    {
        if (days is < 1 or > MaxDays) throw new DomainException("MeasureDuration");
        var text = Reason(reason);
        var until = Now.AddDays(days);
        await SetSuspensionAsync(memberId, until, moderatorId, $"Suspended for {days} days: {text}", ct);
    }

    public Task LiftSuspensionAsync(int memberId, int moderatorId, CancellationToken ct = default) =>
        SetSuspensionAsync(memberId, null, moderatorId, "Suspension lifted", ct);

    /// <summary>Also used for spammers (suspended for good).</summary>
    public async Task SetSuspensionAsync(int memberId, DateTime? until, int moderatorId, string note, CancellationToken ct = default)
    {
        await using var own = await db.Database.JoinOrBeginTransactionAsync(ct);
        var member = await EnsureMemberAsync(memberId, ct);
        var before = member.SuspendedUntil?.ToString("o");
        member.SuspendedUntil = until;
        member.LockoutEnabled = true;
        member.LockoutEnd = until is null ? null : new DateTimeOffset(until.Value, TimeSpan.Zero);
        // A new stamp signs the member out everywhere at the next cookie check (within a minute on every node).
        member.SecurityStamp = Guid.NewGuid().ToString();
        await db.SaveChangesAsync(ct);
        await NoteAsync(memberId, moderatorId, note, ct);
        await audit.RecordAsync(moderatorId, until is null ? "member.unsuspend" : "member.suspend", $"member:{memberId}", before, until?.ToString("o") ?? "lifted", ct);
        db.Events.Raise(new MemberSuspended(memberId, until));
        if (own is not null) await own.CommitAsync(ct);
    }

    public async Task AddNoteAsync(int memberId, string? text, int moderatorId, CancellationToken ct = default)
    {
        await EnsureMemberAsync(memberId, ct);
        await NoteAsync(memberId, moderatorId, Reason(text), ct);
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private static string Reason(string? text)
    {
        var trimmed = (text ?? "").Trim();
        if (trimmed.Length is < 3 or > MemberNote.TextMax) throw new DomainException("MeasureReasonLength", MemberNote.TextMax);
        return trimmed;
    }

    private async Task<Member> EnsureMemberAsync(int memberId, CancellationToken ct)
    {
        var member = await db.Users.FirstOrDefaultAsync(m => m.Id == memberId, ct) ?? throw DomainException.NotFound("MemberNotFound");
        var isStaff = await db.UserRoles.Where(r => r.UserId == memberId).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name)
            .AnyAsync(name => Roles.Staff.Contains(name!), ct);
        if (isStaff) throw new DomainException("CannotModerateStaff");
        return member;
    }

    private async Task NoteAsync(int memberId, int authorId, string text, CancellationToken ct)
    {
        db.MemberNotes.Add(new MemberNote { MemberId = memberId, AuthorId = authorId, Text = text.Length > MemberNote.TextMax ? text[..MemberNote.TextMax] : text, CreatedAt = Now });
        await db.SaveChangesAsync(ct);
    }
}
