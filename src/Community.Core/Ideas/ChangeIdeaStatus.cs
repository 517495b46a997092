using Community.Core.Content;
using Community.Core.Data;
using Community.Core.Moderation;
using Community.Core.Reputation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Community.Core.Audit;

namespace Community.Core.Ideas;

public sealed record IdeaStatusInput(IdeaStatus To, string? Message, int? DuplicateOfId = null, string? ReleaseNoteUrl = null);

/// <summary>
/// The brand team moves an idea along its workflow with a public message. Planned and Delivered reward
/// the author once; Duplicate merges votes and followers into the target. Voters and followers are told.
/// Callers check the staff role; this checks everything about the idea.
/// </summary>
public sealed class ChangeIdeaStatus(CommunityDbContext db, MarkdownRenderer renderer, IdeaStatusConsequences consequences, AuditLog audit, TimeProvider clock)
{
    public async Task<IdeaStatusChange> ExecuteAsync(int ideaId, IdeaStatusInput input, int staffId, CancellationToken ct = default)
    {
        var message = (input.Message ?? "").Trim();
        if (message.Length == 0) throw new DomainException(input.To == IdeaStatus.NotPlanned ? "IdeaReasonRequired" : "IdeaStatusMessageRequired");
        if (message.Length > IdeaStatusChange.MessageMax) throw new DomainException("IdeaStatusMessageLength");
        var releaseNote = ReleaseNote(input);
        var html = renderer.Render(message).Html;

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var idea = await db.Ideas.FirstOrDefaultAsync(i => i.Id == ideaId && !i.IsDeleted, ct) ?? throw DomainException.NotFound("IdeaNotFound");
        IdeaWorkflow.EnsureCanMove(idea.Status, input.To); // before a merge touches anything
        var now = clock.GetUtcNow().UtcDateTime;
        Idea? target = input.To == IdeaStatus.Duplicate ? await consequences.MergeAsync(idea, input.DuplicateOfId, now, ct) : null;

        var change = new IdeaStatusChange
        {
            IdeaId = idea.Id, From = idea.Status, To = input.To, MessageMarkdown = message, MessageHtml = html, ChangedById = staffId,
            DuplicateOfId = target?.Id, CreatedAt = now,
        };
        db.IdeaStatusChanges.Add(change);
        idea.MoveTo(input.To, now, releaseNote);
        db.Events.Raise(new IdeaStatusChanged(idea.Id, idea.Title, input.To, target?.Id, staffId));
        await db.SaveChangesAsync(ct);
        await consequences.RewardAsync(idea, input.To, staffId, ct);
        await audit.RecordAsync(staffId, "idea.status", $"idea:{idea.Id}", change.From.ToString(), target is null ? input.To.ToString() : $"{input.To} → idea:{target.Id}", ct);
        await transaction.CommitAsync(ct);
        return change;
    }

    /// <summary>Only absolute http(s) links: a release note must never become a javascript: link on the changelog.</summary>
    private static string? ReleaseNote(IdeaStatusInput input)
    {
        var text = (input.ReleaseNoteUrl ?? "").Trim();
        if (text.Length == 0 || input.To != IdeaStatus.Delivered) return null;
        if (text.Length > 500 || !Uri.TryCreate(text, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
            throw new DomainException("IdeaReleaseNoteUrl");
        return uri.AbsoluteUri;
    }
}
