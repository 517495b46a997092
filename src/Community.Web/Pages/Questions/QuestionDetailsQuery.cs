using Community.Core.Content;
using Community.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Community.Web.Pages.Questions;

/// <summary>
/// The reads behind a question page: one query each for the question, its answers, its comments and
/// (signed in) the reader's votes. Stored HTML only; nothing is rendered or tracked here.
/// </summary>
public sealed class QuestionDetailsQuery(CommunityDbContext db)
{
    // First in the class: the compiled queries below use it as they are initialised.
    private static readonly System.Linq.Expressions.Expression<Func<Core.Questions.Answer, AnswerView>> AnswerViewOf = a => new AnswerView(
        a.Id, a.QuestionId, a.BodyHtml, a.Score, a.CreatedAt, a.EditedAt, a.AuthorId, a.Author!.DisplayName, a.Author.Reputation,
        a.IsOfficial, a.IsDeleted ? a.HiddenReason : null, a.Author.AvatarId);

    // The page's three main reads are compiled once: a question page is the most viewed page, and EF Core's per-call
    // work (building and looking up the expression tree) cost as much as SQLite's own.
    public Task<QuestionView?> QuestionAsync(int id, CancellationToken ct) => Question(db, id, ct);

    private static readonly Func<CommunityDbContext, int, CancellationToken, Task<QuestionView?>> Question = EF.CompileAsyncQuery(
        (CommunityDbContext db, int id, CancellationToken ct) => db.Questions.AsNoTracking()
            .Where(q => q.Id == id)
            .Select(q => new QuestionView(q.Id, q.Title, q.Slug, q.BodyHtml, q.Score, q.AnswerCount, q.AcceptedAnswerId,
                q.CreatedAt, q.LastActivityAt, q.EditedAt, q.AuthorId, q.Author!.DisplayName, q.Author.Reputation,
                q.Product != null ? q.Product.Name : null, q.Product != null ? q.Product.Slug : null,
                q.Tags.OrderBy(t => t.Name).Select(t => t.Name).ToList(), q.IsDeleted, q.ConvertedToIdeaId,
                q.IsDeleted ? q.HiddenReason : null, q.ClosedAt, q.CloseReason, q.DuplicateOfId, q.LockedAt, q.PinnedAt, q.Author.AvatarId,
                q.Product != null ? q.Product.ImageId : null, q.SpaceId))
            .FirstOrDefault());

    /// <summary>Public answers; moderators also see hidden ones, and authors their own (e.g. waiting for review).</summary>
    public async Task<IReadOnlyList<AnswerView>> AnswersAsync(int questionId, int? acceptedAnswerId, CancellationToken ct, int? viewerId = null, bool isModerator = false)
    {
        var answers = new List<AnswerView>();
        await foreach (var answer in AnswersOf(db, questionId, isModerator, viewerId ?? 0).WithCancellation(ct)) answers.Add(answer);
        // The accepted answer leads, as readers expect, then the brand's official answer; the rest follow by score.
        return answers.OrderByDescending(a => a.Id == acceptedAnswerId).ThenByDescending(a => a.IsOfficial).ToList();
    }

    // viewerId 0 (no member has it) for a visitor: one SQL text for visitors and members.
    private static readonly Func<CommunityDbContext, int, bool, int, IAsyncEnumerable<AnswerView>> AnswersOf = EF.CompileAsyncQuery(
        (CommunityDbContext db, int questionId, bool isModerator, int viewerId) => db.Answers.AsNoTracking()
            .Where(a => a.QuestionId == questionId && (!a.IsDeleted || isModerator || a.AuthorId == viewerId))
            .OrderByDescending(a => a.Score).ThenBy(a => a.CreatedAt)
            .Select(AnswerViewOf));

    public Task<string?> TitleAsync(int questionId, CancellationToken ct) =>
        db.Questions.Where(q => q.Id == questionId && !q.IsDeleted).Select(q => q.Title).FirstOrDefaultAsync(ct);

    public Task<AnswerView?> AnswerAsync(int questionId, int answerId, CancellationToken ct) =>
        Answers(db.Answers.Where(a => a.Id == answerId && a.QuestionId == questionId && !a.IsDeleted)).FirstOrDefaultAsync(ct);

    public async Task<IReadOnlyList<CommentView>> CommentsAsync(int questionId, int? answerId, bool allOfQuestion, CancellationToken ct)
    {
        var comments = new List<CommentView>();
        await foreach (var comment in CommentsOf(db, questionId, answerId ?? 0, allOfQuestion).WithCancellation(ct)) comments.Add(comment);
        return comments;
    }

    // answerId 0 (no answer has it) stands for the question's own comments.
    private static readonly Func<CommunityDbContext, int, int, bool, IAsyncEnumerable<CommentView>> CommentsOf = EF.CompileAsyncQuery(
        (CommunityDbContext db, int questionId, int answerId, bool allOfQuestion) => db.Comments.AsNoTracking()
            .Where(c => c.QuestionId == questionId && !c.IsDeleted && (allOfQuestion || (answerId == 0 ? c.AnswerId == null : c.AnswerId == answerId)))
            .OrderBy(c => c.CreatedAt)
            .Select(c => new CommentView(c.Id, c.AnswerId, c.Body, c.AuthorId, c.Author!.DisplayName, c.Author.AvatarId, c.CreatedAt)));

    public Task<CommentView?> CommentAsync(int questionId, int commentId, CancellationToken ct) => db.Comments.AsNoTracking()
        .Where(c => c.Id == commentId && c.QuestionId == questionId && !c.IsDeleted)
        .Select(c => new CommentView(c.Id, c.AnswerId, c.Body, c.AuthorId, c.Author!.DisplayName, c.Author.AvatarId, c.CreatedAt))
        .FirstOrDefaultAsync(ct);

    /// <summary>The reader's votes on this question and its answers, keyed by (kind, post id).</summary>
    public async Task<Dictionary<(PostKind, int), int>> MyVotesAsync(int? memberId, int questionId, CancellationToken ct) =>
        (await ReadersPartAsync(memberId, questionId, ct)).Votes;

    /// <summary>
    /// In one query: the reader's votes on this question and its answers, and whether they answered it (an answer of
    /// theirs may be waiting for review, shown to them alone).
    /// </summary>
    public async Task<ReadersPart> ReadersPartAsync(int? memberId, int questionId, CancellationToken ct)
    {
        if (memberId is null) return new([], false);
        var votes = new Dictionary<(PostKind, int), int>();
        var answered = false;
        await foreach (var row in ReadersRows(db, memberId.Value, questionId).WithCancellation(ct))
        {
            if (row.Kind == OwnAnswer) answered = true;
            else votes[((PostKind)row.Kind, row.PostId)] = row.Value;
        }
        return new(votes, answered);
    }

    private const int OwnAnswer = 0; // not a PostKind: marks the reader's own answer

    private sealed class ReaderRow
    {
        public int Kind { get; init; }
        public int PostId { get; init; }
        public int Value { get; init; }
    }

    // Compiled once: every signed-in question page runs it, and building this union's expression tree on each call was
    // most of its cost. Only ids are read here; the page decides whether the question may be seen, so the space filter
    // is not repeated.
    private static readonly Func<CommunityDbContext, int, int, IAsyncEnumerable<ReaderRow>> ReadersRows = EF.CompileAsyncQuery(
        (CommunityDbContext db, int memberId, int questionId) => db.Votes
            .Where(v => v.VoterId == memberId && ((v.PostKind == PostKind.Question && v.PostId == questionId)
                || (v.PostKind == PostKind.Answer && db.Answers.IgnoreQueryFilters().Where(a => a.QuestionId == questionId).Select(a => a.Id).Contains(v.PostId))))
            .Select(v => new ReaderRow { Kind = (int)v.PostKind, PostId = v.PostId, Value = v.Value })
            .Concat(db.Answers.IgnoreQueryFilters().Where(a => a.QuestionId == questionId && a.AuthorId == memberId)
                .Select(a => new ReaderRow { Kind = OwnAnswer, PostId = a.Id, Value = 0 })));

    /// <summary>Scores with each vote weighted by its voter's level (the influence rung), keyed by (kind, post id).</summary>
    public async Task<Dictionary<(PostKind, int), decimal>> WeightedScoresAsync(int questionId, Func<int, decimal> weightForReputation, CancellationToken ct)
    {
        var answerIds = db.Answers.Where(a => a.QuestionId == questionId).Select(a => a.Id);
        var votes = await db.Votes.AsNoTracking()
            .Where(v => (v.PostKind == PostKind.Question && v.PostId == questionId) || (v.PostKind == PostKind.Answer && answerIds.Contains(v.PostId)))
            .Join(db.Users, v => v.VoterId, m => m.Id, (v, m) => new { v.PostKind, v.PostId, v.Value, m.Reputation })
            .ToListAsync(ct);
        return votes.GroupBy(v => (v.PostKind, v.PostId)).ToDictionary(g => g.Key, g => g.Sum(v => v.Value * weightForReputation(v.Reputation)));
    }

    private static IQueryable<AnswerView> Answers(IQueryable<Core.Questions.Answer> answers) => answers.AsNoTracking().Select(AnswerViewOf);

    /// <summary>For the moderators' "move" form.</summary>
    public async Task<IReadOnlyList<(int Id, string Name)>> ProductChoicesAsync(CancellationToken ct) =>
        (await db.Products.AsNoTracking().OrderBy(p => p.Name).Select(p => new { p.Id, p.Name }).ToListAsync(ct)).Select(p => (p.Id, p.Name)).ToList();
}

/// <summary>What the reader has done on a question page: their votes, keyed by (kind, post id), and whether they answered it.</summary>
public sealed record ReadersPart(Dictionary<(PostKind Kind, int PostId), int> Votes, bool Answered);
