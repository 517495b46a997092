using Community.Core.Content;
using Community.Core.Data;
using Community.Core.Members;
using Community.Core.Realtime;
using Microsoft.EntityFrameworkCore;

namespace Community.Core.Ideas;

/// <summary>
/// A comment under an idea. A comment by the brand team is marked as the brand's and counts as its
/// response (it stops the response clock).
/// </summary>
public sealed class CommentOnIdea(CommunityDbContext db, MarkdownRenderer renderer, TimeProvider clock)
{
    public async Task<IdeaComment> ExecuteAsync(int ideaId, string? body, int authorId, bool asBrand, CancellationToken ct = default)
    {
        await db.EnsureMayPublishAsync(authorId, clock.GetUtcNow().UtcDateTime, ct);
        var text = (body ?? "").Trim();
        if (text.Length is < 2 or > IdeaComment.MaxLength) throw new DomainException("IdeaCommentLength");
        var html = renderer.Render(text).Html;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var idea = await db.Ideas.FirstOrDefaultAsync(i => i.Id == ideaId && !i.IsDeleted, ct) ?? throw DomainException.NotFound("IdeaNotFound");
        var now = clock.GetUtcNow().UtcDateTime;
        var comment = new IdeaComment { IdeaId = ideaId, AuthorId = authorId, BodyMarkdown = text, BodyHtml = html, ByBrand = asBrand, CreatedAt = now };
        db.IdeaComments.Add(comment);
        idea.CommentCount++;
        if (asBrand) IdeaAccountability.Responded(idea, now);
        await db.SaveChangesAsync(ct);
        db.Events.Raise(new IdeaChanged(ideaId));
        await transaction.CommitAsync(ct);
        return comment;
    }
}
