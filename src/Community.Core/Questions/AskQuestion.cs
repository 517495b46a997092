using Community.Core.Members;
using Community.Core.Content;
using Community.Core.Data;
using Community.Core.Realtime;
using Microsoft.EntityFrameworkCore;
using Community.Core.Slugs;

namespace Community.Core.Questions;

public sealed record AskQuestionInput(string? Title, string? Body, string? Tags, int? ProductId, Guid SubmissionId, int? SpaceId = null);

/// <summary>Posts a question once per form submission, with its first revision and tags.</summary>
public sealed class AskQuestion(CommunityDbContext db, QuestionDrafts drafts, TimeProvider clock)
{
    public async Task<Question> ExecuteAsync(AskQuestionInput input, int authorId, CancellationToken ct = default)
    {
        await db.EnsureMayPublishAsync(authorId, clock.GetUtcNow().UtcDateTime, ct);
        var draft = await drafts.PrepareAsync(input, authorId, ct);

        // IMMEDIATE transaction (the SQLite provider's default): the duplicate check and insert are one step.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var duplicate = await db.Questions.IgnoreQueryFilters().FirstOrDefaultAsync(q => q.AuthorId == authorId && q.SubmissionId == input.SubmissionId, ct);
        if (duplicate is not null) return duplicate;

        var now = clock.GetUtcNow().UtcDateTime;
        var question = new Question
        {
            Title = draft.Title,
            Slug = Slug.From(draft.Title),
            BodyMarkdown = draft.Body,
            BodyHtml = draft.Rendered.Html,
            BodyText = draft.Rendered.Text,
            AuthorId = authorId,
            ProductId = draft.ProductId,
            SpaceId = draft.SpaceId,
            Tags = await drafts.TagsForAsync(draft, ct),
            CreatedAt = now,
            LastActivityAt = now,
            SubmissionId = input.SubmissionId,
            NeedsReview = draft.NeedsReview,
        };
        if (draft.Held) question.HoldForReview();
        db.Questions.Add(question);
        await db.SaveChangesAsync(ct);
        db.PostRevisions.Add(new PostRevision
        {
            PostKind = PostKind.Question, PostId = question.Id, Number = 1, Title = draft.Title,
            Tags = string.Join(' ', draft.TagNames), BodyMarkdown = draft.Body, EditorId = authorId, CreatedAt = now,
        });
        if (draft.Held || draft.NeedsReview) db.Events.Raise(new Moderation.ModerationQueuesChanged());
        db.Events.Raise(new QuestionAsked(question.Id, question.SpaceId, authorId, draft.Held));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return question;
    }
}
