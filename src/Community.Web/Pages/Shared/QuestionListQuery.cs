using Community.Core.Data;
using Community.Core.Questions;
using Community.Core.Spaces;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Community.Web.Pages.Shared;

public enum QuestionSort { Newest, Active, Votes, Unanswered }

public sealed record QuestionFilter(QuestionSort Sort = QuestionSort.Newest, string? Tag = null, int? ProductId = null, bool UnansweredOnly = false, int? AuthorId = null, int? SpaceId = null);

public sealed record QuestionListPage(IReadOnlyList<QuestionSummary> Items, int Total, int Page, int PageSize)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>The one query behind every question list: filter, sort, page, project to summaries without tracking.</summary>
public sealed class QuestionListQuery(CommunityDbContext db, Visibility visibility, IMemoryCache cache)
{
    public const int DefaultPageSize = 20;

    public async Task<QuestionListPage> RunAsync(QuestionFilter filter, int page, int pageSize = DefaultPageSize, CancellationToken ct = default)
    {
        var questions = db.Questions.AsNoTracking().Where(q => !q.IsDeleted);
        if (!string.IsNullOrEmpty(filter.Tag)) questions = questions.Where(q => q.Tags.Any(t => t.Name == filter.Tag));
        if (filter.ProductId is { } productId) questions = questions.Where(q => q.ProductId == productId);
        if (filter.AuthorId is { } authorId) questions = questions.Where(q => q.AuthorId == authorId);
        if (filter.SpaceId is { } spaceId) questions = questions.Where(q => q.SpaceId == spaceId);
        if (filter.UnansweredOnly || filter.Sort == QuestionSort.Unanswered) questions = questions.Where(q => q.AnswerCount == 0);

        // Totals only feed the pager and the "N questions" line: 30 s stale is fine, while COUNT(*) over
        // every question was the costliest part of a list page. Keyed by what the reader may see, too.
        var spaces = visibility.SpaceIds is null ? "all" : string.Join(',', visibility.SpaceIds.Order());
        var unanswered = filter.UnansweredOnly || filter.Sort == QuestionSort.Unanswered;
        var total = await cache.GetOrCreateAsync(("question-count", filter.Tag, filter.ProductId, filter.AuthorId, filter.SpaceId, unanswered, spaces), entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromSeconds(30);
            return questions.CountAsync(ct);
        });
        page = Math.Clamp(page, 1, Math.Max(1, (total + pageSize - 1) / pageSize));
        questions = filter.Sort switch
        {
            // Id breaks ties so the split query for tags pages over exactly the same rows.
            QuestionSort.Active => questions.OrderByDescending(q => q.LastActivityAt).ThenByDescending(q => q.Id),
            QuestionSort.Votes => questions.OrderByDescending(q => q.Score).ThenByDescending(q => q.CreatedAt).ThenByDescending(q => q.Id),
            _ => questions.OrderByDescending(q => q.CreatedAt).ThenByDescending(q => q.Id),
        };
        var items = await Project(questions.Skip((page - 1) * pageSize).Take(pageSize)).ToListAsync(ct);
        // A stale count must never contradict the rows beside it ("0 questions" above three of them).
        total = Math.Max(total, (page - 1) * pageSize + items.Count);
        return new QuestionListPage(items, total, page, pageSize);
    }

    public static IQueryable<QuestionSummary> Project(IQueryable<Question> questions) => questions.Select(q => new QuestionSummary(
        q.Id, q.Title, q.Slug, q.Score, q.AnswerCount, q.AcceptedAnswerId != null, q.CreatedAt, q.LastActivityAt,
        q.AuthorId, q.Author!.DisplayName, q.Author.Reputation, q.Product != null ? q.Product.Name : null, q.Space != null ? q.Space.Name : null,
        q.Tags.OrderBy(t => t.Name).Select(t => t.Name).ToList(), q.Author.AvatarId, q.Product != null ? q.Product.ImageId : null));
}
