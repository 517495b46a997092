using Community.Core.Badges;
using Community.Core.Content;
using Community.Core.Data;
using Community.Core.Realtime;
using Community.Core.Tags;
using Microsoft.EntityFrameworkCore;

namespace Community.Core.Questions;

public sealed record AskQuestionInput(string? Title, string? Body, string? Tags, int? ProductId, Guid SubmissionId);

/// <summary>Posts a question once per form submission, with its first revision and tags.</summary>
public sealed class AskQuestion(CommunityDbContext db, MarkdownRenderer renderer, TagCatalog tags, BadgeAwarder badges, ICommunityNotifier notifier, TimeProvider clock)
{
    public async Task<Question> ExecuteAsync(AskQuestionInput input, int authorId, CancellationToken ct = default)
    {
        var title = PostValidation.Title(input.Title);
        var body = PostValidation.Body(input.Body);
        var tagNames = TagNames.Parse(input.Tags, out var tagError) ?? throw new DomainException(tagError!);
        var rendered = renderer.Render(body);

        // IMMEDIATE transaction (the SQLite provider's default): the duplicate check and insert are one step.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var duplicate = await db.Questions.FirstOrDefaultAsync(q => q.AuthorId == authorId && q.SubmissionId == input.SubmissionId, ct);
        if (duplicate is not null) return duplicate;
        if (input.ProductId is { } productId && !await db.Products.AnyAsync(p => p.Id == productId, ct))
            throw new DomainException("ProductUnknown");

        var now = clock.GetUtcNow().UtcDateTime;
        var question = new Question
        {
            Title = title,
            Slug = Slug.From(title),
            BodyMarkdown = body,
            BodyHtml = rendered.Html,
            BodyText = rendered.Text,
            AuthorId = authorId,
            ProductId = input.ProductId,
            Tags = await tags.ResolveAsync(tagNames, ct),
            CreatedAt = now,
            LastActivityAt = now,
            SubmissionId = input.SubmissionId,
        };
        TagCatalog.Count(question.Tags, +1);
        db.Questions.Add(question);
        await db.SaveChangesAsync(ct);
        db.PostRevisions.Add(new PostRevision
        {
            PostKind = PostKind.Question, PostId = question.Id, Number = 1, Title = title,
            Tags = string.Join(' ', tagNames), BodyMarkdown = body, EditorId = authorId, CreatedAt = now,
        });
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);

        await notifier.QuestionAskedAsync(question.Id);
        await badges.CheckAsync(authorId, ct);
        return question;
    }
}
