using Community.Core.Members;
using Community.Core.Content;
using Community.Core.Data;
using Community.Core.Realtime;
using Microsoft.EntityFrameworkCore;

namespace Community.Core.Ideas;

/// <summary>The author reworks their idea while it is open (not once delivered or merged); every version is kept.</summary>
public sealed class EditIdea(CommunityDbContext db, MarkdownRenderer renderer, TimeProvider clock)
{
    public async Task ExecuteAsync(int ideaId, string? rawTitle, string? rawDescription, int editorId, CancellationToken ct = default)
    {
        await db.EnsureMayPublishAsync(editorId, clock.GetUtcNow().UtcDateTime, ct);
        var title = (rawTitle ?? "").Trim();
        if (title.Length is < Idea.TitleMin or > Idea.TitleMax) throw new DomainException("IdeaTitleLength");
        var description = (rawDescription ?? "").Trim();
        if (description.Length is < Idea.DescriptionMin or > Idea.DescriptionMax) throw new DomainException("IdeaDescriptionLength");
        var rendered = renderer.Render(description);

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var idea = await db.Ideas.FirstOrDefaultAsync(i => i.Id == ideaId && !i.IsDeleted, ct) ?? throw DomainException.NotFound("IdeaNotFound");
        if (idea.AuthorId != editorId) throw DomainException.Forbidden("OnlyAuthorCanEdit");
        if (!IdeaWorkflow.TakesVotes(idea.Status)) throw DomainException.Conflict("IdeaClosedForEdits");
        idea.Title = title;
        idea.DescriptionMarkdown = description;
        idea.DescriptionHtml = rendered.Html;
        idea.DescriptionText = rendered.Text;
        var number = await db.PostRevisions.Where(r => r.PostKind == PostKind.Idea && r.PostId == ideaId).MaxAsync(r => (int?)r.Number, ct) ?? 0;
        db.PostRevisions.Add(new PostRevision
        {
            PostKind = PostKind.Idea, PostId = ideaId, Number = number + 1, Title = title, BodyMarkdown = description, EditorId = editorId, CreatedAt = clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(ct);
        db.Events.Raise(new IdeaChanged(ideaId));
        await transaction.CommitAsync(ct);
    }
}
