using Community.Core.Content;
using Community.Core.Data;
using Community.Core.Moderation;
using Community.Core.Reputation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Community.Core.Ideas;

public sealed record IdeaStatusInput(IdeaStatus To, string? Message, int? DuplicateOfId = null, string? ReleaseNoteUrl = null);

/// <summary>
/// The brand team moves an idea along its workflow with a public message. Planned and Delivered reward
/// the author once; Duplicate merges votes and followers into the target. Voters and followers are told.
/// Callers check the staff role; this checks everything about the idea.
/// </summary>
public sealed class ChangeIdeaStatus(CommunityDbContext db, MarkdownRenderer renderer, ReputationLedger ledger, AuditLog audit,
    IOptions<IdeaOptions> options, TimeProvider clock)
{
    public async Task<IdeaStatusChange> ExecuteAsync(int ideaId, IdeaStatusInput input, int staffId, CancellationToken ct = default)
    {
        var message = (input.Message ?? "").Trim();
        if (message.Length == 0) throw new DomainException(input.To == IdeaStatus.NotPlanned ? "IdeaReasonRequired" : "IdeaStatusMessageRequired");
        if (message.Length > IdeaStatusChange.MessageMax) throw new DomainException("IdeaStatusMessageLength");
        var releaseNote = ReleaseNote(input);
        var html = renderer.Render(message).Html;

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var idea = await db.Ideas.FirstOrDefaultAsync(i => i.Id == ideaId && !i.IsDeleted, ct) ?? throw new DomainException("IdeaNotFound");
        IdeaWorkflow.EnsureCanMove(idea.Status, input.To); // before a merge touches anything
        var now = clock.GetUtcNow().UtcDateTime;
        Idea? target = input.To == IdeaStatus.Duplicate ? await MergeAsync(idea, input.DuplicateOfId, now, ct) : null;

        var change = new IdeaStatusChange
        {
            IdeaId = idea.Id, From = idea.Status, To = input.To, MessageMarkdown = message, MessageHtml = html, ChangedById = staffId,
            DuplicateOfId = target?.Id, CreatedAt = now,
        };
        db.IdeaStatusChanges.Add(change);
        idea.MoveTo(input.To, now, releaseNote);
        db.Events.Raise(new IdeaStatusChanged(idea.Id, idea.Title, input.To, target?.Id, staffId));
        await db.SaveChangesAsync(ct);
        await RewardAsync(idea, input.To, staffId, ct);
        await audit.RecordAsync(staffId, "idea.status", $"idea:{idea.Id}", change.From.ToString(), target is null ? input.To.ToString() : $"{input.To} → idea:{target.Id}", ct);
        await transaction.CommitAsync(ct);
        return change;
    }

    private async Task RewardAsync(Idea idea, IdeaStatus to, int staffId, CancellationToken ct)
    {
        switch (to)
        {
            case IdeaStatus.Planned:
                await ledger.AwardOnceAsync(idea.AuthorId, ReputationReason.IdeaPlanned, $"idea:planned:{idea.Id}", PostKind.Idea, idea.Id, staffId, ct);
                break;
            case IdeaStatus.Delivered:
                await ledger.AwardOnceAsync(idea.AuthorId, ReputationReason.IdeaDelivered, $"idea:delivered:{idea.Id}", PostKind.Idea, idea.Id, staffId, ct);
                break;
            case IdeaStatus.Duplicate:
                // A duplicate earns nothing: submitting the same idea twice must not pay twice.
                await ledger.ReverseAsync(SubmitIdea.Source(idea.Id), ct);
                break;
        }
    }

    /// <summary>Moves the duplicate's votes (no double counting) and followers to the target.</summary>
    private async Task<Idea> MergeAsync(Idea idea, int? targetId, DateTime now, CancellationToken ct)
    {
        var target = targetId is { } id && id != idea.Id
            ? await db.Ideas.FirstOrDefaultAsync(i => i.Id == id && !i.IsDeleted && i.Status != IdeaStatus.Duplicate, ct)
            : null;
        if (target is null) throw new DomainException("IdeaDuplicateTarget");

        var sourceVotes = await db.IdeaVotes.Where(v => v.IdeaId == idea.Id).ToListAsync(ct);
        var targetVoters = (await db.IdeaVotes.Where(v => v.IdeaId == target.Id).Select(v => v.VoterId).ToListAsync(ct)).ToHashSet();
        var plan = IdeaMerge.Plan(sourceVotes, targetVoters);
        db.IdeaVotes.RemoveRange(sourceVotes);
        db.IdeaVotes.AddRange(plan.Moved.Select(v => new IdeaVote { IdeaId = target.Id, VoterId = v.VoterId, Weight = v.Weight, CreatedAt = v.CreatedAt }));
        target.VoteCount += plan.AddedVotes;
        target.WeightedVotes += plan.AddedWeight;
        idea.VoteCount = 0;
        idea.WeightedVotes = 0;
        idea.DuplicateOfId = target.Id;

        var targetFollowers = await db.IdeaFollowers.Where(f => f.IdeaId == target.Id).Select(f => f.MemberId).ToListAsync(ct);
        var newFollowers = await db.IdeaFollowers.Where(f => f.IdeaId == idea.Id && !targetFollowers.Contains(f.MemberId)).Select(f => f.MemberId).ToListAsync(ct);
        db.IdeaFollowers.AddRange(newFollowers.Select(m => new IdeaFollower { IdeaId = target.Id, MemberId = m }));

        IdeaAccountability.StartClockIfDue(target, options.Value, now);
        return target;
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
