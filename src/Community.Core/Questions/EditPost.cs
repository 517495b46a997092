using Community.Core.Members;
using Community.Core.Content;
using Community.Core.Data;
using Community.Core.Realtime;
using Community.Core.Tags;
using Microsoft.EntityFrameworkCore;
using Community.Core.Slugs;

namespace Community.Core.Questions;

/// <summary>Authors edit their own questions and answers; every edit is kept as a new revision.</summary>
public sealed class EditPost(CommunityDbContext db, MarkdownRenderer renderer, TagCatalog tagCatalog, TimeProvider clock)
{
    public async Task EditQuestionAsync(int questionId, string? rawTitle, string? rawBody, string? rawTags, int editorId, bool asModerator = false, CancellationToken ct = default)
    {
        if (!asModerator) await db.EnsureMayPublishAsync(editorId, clock.GetUtcNow().UtcDateTime, ct);
        var title = PostValidation.Title(rawTitle);
        var body = PostValidation.Body(rawBody);
        var tagNames = TagNames.Parse(rawTags, out var tagError) ?? throw new DomainException(tagError!);
        var rendered = renderer.Render(body);

        await using var own = await db.Database.JoinOrBeginTransactionAsync(ct);
        var question = await db.Questions.Include(q => q.Tags).FirstOrDefaultAsync(q => q.Id == questionId, ct)
            ?? throw DomainException.NotFound("PostNotFound");
        if (asModerator && question.IsDeleted) throw DomainException.Conflict("PostDeleted");
        if (!asModerator) question.EnsureEditableBy(editorId);

        var counted = question.SpaceId is null ? 1 : 0;
        TagCatalog.Count(question.Tags, -counted);
        question.Tags = await tagCatalog.ResolveAsync(tagNames, ct);
        TagCatalog.Count(question.Tags, +counted);
        var now = clock.GetUtcNow().UtcDateTime;
        question.Title = title;
        question.Slug = Slug.From(title);
        question.BodyMarkdown = body;
        question.BodyHtml = rendered.Html;
        question.BodyText = rendered.Text;
        question.EditedAt = now;
        question.LastActivityAt = now;
        await AddRevisionAsync(PostKind.Question, questionId, title, string.Join(' ', tagNames), body, editorId, now, ct);
        await db.SaveChangesAsync(ct);
        db.Events.Raise(new PostChanged(questionId, PostKind.Question, questionId));
        if (own is not null) await own.CommitAsync(ct);
    }

    public async Task<int> EditAnswerAsync(int answerId, string? rawBody, int editorId, bool asModerator = false, CancellationToken ct = default)
    {
        if (!asModerator) await db.EnsureMayPublishAsync(editorId, clock.GetUtcNow().UtcDateTime, ct);
        var body = PostValidation.Body(rawBody, PostLimits.AnswerMin);
        var rendered = renderer.Render(body);

        await using var own = await db.Database.JoinOrBeginTransactionAsync(ct);
        var answer = await db.Answers.Include(a => a.Question).FirstOrDefaultAsync(a => a.Id == answerId, ct) ?? throw DomainException.NotFound("PostNotFound");
        if (asModerator && answer.IsDeleted) throw DomainException.Conflict("PostDeleted");
        if (!asModerator) answer.EnsureEditableBy(editorId);
        if (!asModerator && answer.Question!.LockedAt is not null) throw DomainException.Conflict("QuestionLocked");
        var now = clock.GetUtcNow().UtcDateTime;
        answer.BodyMarkdown = body;
        answer.BodyHtml = rendered.Html;
        answer.EditedAt = now;
        await AddRevisionAsync(PostKind.Answer, answerId, null, null, body, editorId, now, ct);
        await db.SaveChangesAsync(ct);
        db.Events.Raise(new PostChanged(answer.QuestionId, PostKind.Answer, answerId));
        if (own is not null) await own.CommitAsync(ct);
        return answer.QuestionId;
    }

    /// <summary>Restores an earlier revision by saving it again as the newest one: history only grows.</summary>
    /// <remarks>With <paramref name="asModerator"/>, anyone's post (moderators restore vandalised posts; the caller checks the role and audits).</remarks>
    public async Task<int> RollbackAsync(PostKind kind, int postId, int revisionNumber, int editorId, bool asModerator = false, CancellationToken ct = default)
    {
        var revision = await db.PostRevisions.AsNoTracking()
            .FirstOrDefaultAsync(r => r.PostKind == kind && r.PostId == postId && r.Number == revisionNumber, ct)
            ?? throw DomainException.NotFound("PostNotFound");
        if (kind == PostKind.Question)
        {
            await EditQuestionAsync(postId, revision.Title, revision.BodyMarkdown, revision.Tags, editorId, asModerator, ct);
            return postId;
        }
        return await EditAnswerAsync(postId, revision.BodyMarkdown, editorId, asModerator, ct);
    }

    private async Task AddRevisionAsync(PostKind kind, int postId, string? title, string? tags, string body, int editorId, DateTime now, CancellationToken ct)
    {
        var last = await db.PostRevisions.Where(r => r.PostKind == kind && r.PostId == postId).MaxAsync(r => (int?)r.Number, ct) ?? 0;
        db.PostRevisions.Add(new PostRevision
        {
            PostKind = kind, PostId = postId, Number = last + 1, Title = title, Tags = tags, BodyMarkdown = body, EditorId = editorId, CreatedAt = now,
        });
    }
}
