using Community.Core.Members;
using Community.Core.Content;
using Community.Core.Data;
using Community.Core.Reputation;
using Microsoft.EntityFrameworkCore;

namespace Community.Core.Ideas;

public sealed record IdeaInput(string? Title, string? Description, int? ProductId, Guid SubmissionId);

/// <summary>
/// Publishes a member's idea once per form submission. The author's own vote (and so their follow)
/// comes with it, and the submission earns points through the ledger.
/// </summary>
public sealed class SubmitIdea(CommunityDbContext db, MarkdownRenderer renderer, VoteIdea votes, ReputationLedger ledger, TimeProvider clock)
{
    public static string Source(int ideaId) => $"idea:submitted:{ideaId}";

    public async Task<Idea> ExecuteAsync(IdeaInput input, int authorId, CancellationToken ct = default)
    {
        await db.EnsureMayPublishAsync(authorId, clock.GetUtcNow().UtcDateTime, ct);
        var title = (input.Title ?? "").Trim();
        if (title.Length is < Idea.TitleMin or > Idea.TitleMax) throw new DomainException("IdeaTitleLength");
        var description = (input.Description ?? "").Trim();
        if (description.Length is < Idea.DescriptionMin or > Idea.DescriptionMax) throw new DomainException("IdeaDescriptionLength");
        var rendered = renderer.Render(description);
        if (input.ProductId is { } productId && !await db.Products.AnyAsync(p => p.Id == productId, ct)) throw new DomainException("ProductUnknown");

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var earlier = await db.Ideas.FirstOrDefaultAsync(i => i.AuthorId == authorId && i.SubmissionId == input.SubmissionId, ct);
        if (earlier is not null) return earlier;

        var now = clock.GetUtcNow().UtcDateTime;
        var idea = new Idea
        {
            Title = title, DescriptionMarkdown = description, DescriptionHtml = rendered.Html, DescriptionText = rendered.Text,
            AuthorId = authorId, ProductId = input.ProductId, Status = IdeaStatus.New, CreatedAt = now, StatusChangedAt = now,
            SubmissionId = input.SubmissionId,
        };
        db.Ideas.Add(idea);
        await db.SaveChangesAsync(ct);
        db.PostRevisions.Add(new PostRevision
        {
            PostKind = PostKind.Idea, PostId = idea.Id, Number = 1, Title = title, BodyMarkdown = description, EditorId = authorId, CreatedAt = now,
        });
        await db.SaveChangesAsync(ct);
        await ledger.AwardOnceAsync(authorId, ReputationReason.IdeaSubmitted, Source(idea.Id), PostKind.Idea, idea.Id, ct: ct);
        await transaction.CommitAsync(ct);
        // After the commit: the idea is safe even if this vote is lost; it also announces the idea live.
        var vote = await votes.ExecuteAsync(idea.Id, true, authorId, ct);
        idea.VoteCount = vote.VoteCount;
        return idea;
    }
}
