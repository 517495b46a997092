using Community.Core.Content;
using Community.Core.Data;
using Community.Core.Spaces;
using Community.Core.Tags;
using Microsoft.EntityFrameworkCore;

namespace Community.Core.Questions;

/// <param name="Held">A new member's post that waits for a moderator before anyone else sees it.</param>
public sealed record QuestionDraft(string Title, string Body, RenderedMarkdown Rendered, IReadOnlyList<string> TagNames, int? ProductId, int? SpaceId, bool Held = false, bool NeedsReview = false);

/// <summary>
/// Turns what an asker typed into a checked draft: lengths, tags, rendered Markdown, a real product,
/// and a space the asker may post in. Everything here is refused before any write begins.
/// </summary>
public sealed class QuestionDrafts(CommunityDbContext db, MarkdownRenderer renderer, TagCatalog tags, SpaceAccess spaces, Moderation.FirstPostPolicy firstPosts)
{
    public async Task<QuestionDraft> PrepareAsync(AskQuestionInput input, int authorId, CancellationToken ct = default)
    {
        var title = PostValidation.Title(input.Title);
        var body = PostValidation.Body(input.Body);
        var tagNames = TagNames.Parse(input.Tags, out var tagError) ?? throw new DomainException(tagError!);
        var rendered = renderer.Render(body);
        await firstPosts.EnsureLinksAllowedAsync(authorId, rendered.Html, ct);
        if (input.ProductId is { } productId && !await db.Products.AnyAsync(p => p.Id == productId, ct))
            throw new DomainException("ProductUnknown");
        if (input.SpaceId is { } spaceId)
        {
            var allowed = await spaces.SpaceIdsForAsync(authorId, ct);
            if (!await db.Spaces.AnyAsync(s => s.Id == spaceId, ct) || (allowed is not null && !allowed.Contains(spaceId)))
                throw new DomainException("SpaceNotOpen");
        }
        return new QuestionDraft(title, body, rendered, tagNames, input.ProductId, input.SpaceId,
            await firstPosts.MustWaitAsync(authorId, ct), await firstPosts.NeedsReviewAsync(authorId, ct));
    }

    /// <summary>Finds or creates the draft's tags (inside the write transaction) and counts public questions on them.</summary>
    public async Task<List<Tag>> TagsForAsync(QuestionDraft draft, CancellationToken ct)
    {
        var resolved = await tags.ResolveAsync(draft.TagNames, ct);
        // Tag counts are public; a private or held question must not show up in them.
        if (draft.SpaceId is null && !draft.Held) TagCatalog.Count(resolved, +1);
        return resolved;
    }
}
