using Community.Core.Data;
using Community.Core.Members;
using Community.Core.Questions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace Community.Web.Pages.Moderation;

/// <summary>New members' first posts waiting for a moderator, oldest first (they have waited longest).</summary>
[Authorize(Roles = $"{Roles.Moderator},{Roles.Admin}")]
public class ReviewModel(CommunityDbContext db, Microsoft.Extensions.Options.IOptions<Community.Core.Moderation.ModerationOptions> options) : PageModel
{
    public sealed record Waiting(string Kind, int Id, string Title, string BodyHtml, string AuthorName, int AuthorId, DateTime CreatedAt, string Url);

    public IReadOnlyList<Waiting> Posts { get; private set; } = [];

    /// <summary>First posts already public ("review" mode) that a moderator should look at.</summary>
    public IReadOnlyList<Waiting> Published { get; private set; } = [];

    public sealed record Voted(int QuestionId, string Title, bool Reopen, int Votes);

    /// <summary>Questions with open close or reopen votes.</summary>
    public IReadOnlyList<Voted> CloseVotes { get; private set; } = [];

    /// <summary>Visible posts voted down to the low-quality score: improve, close or delete.</summary>
    public IReadOnlyList<Waiting> LowQuality { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Posts = await PostsAsync(q => q.IsDeleted && q.HiddenReason == HiddenReasons.AwaitingReview, a => a.IsDeleted && a.HiddenReason == HiddenReasons.AwaitingReview, ct);
        Published = await PostsAsync(q => !q.IsDeleted && q.NeedsReview, a => !a.IsDeleted && a.NeedsReview, ct);
        var floor = options.Value.LowQualityScore;
        LowQuality = await PostsAsync(q => !q.IsDeleted && q.Score <= floor, a => !a.IsDeleted && a.Score <= floor, ct);
        CloseVotes = (await db.CloseVotes.AsNoTracking().Where(v => !v.Settled).GroupBy(v => new { v.QuestionId, v.Reopen })
                .Select(g => new { g.Key.QuestionId, g.Key.Reopen, Votes = g.Count() }).OrderByDescending(g => g.Votes).Take(50).ToListAsync(ct))
            .Join(await db.Questions.AsNoTracking().Where(q => db.CloseVotes.Any(v => !v.Settled && v.QuestionId == q.Id)).Select(q => new { q.Id, q.Title }).ToListAsync(ct),
                v => v.QuestionId, q => q.Id, (v, q) => new Voted(q.Id, q.Title, v.Reopen, v.Votes)).ToList();
    }

    /// <summary>Questions and answers matching a queue's condition, oldest first (they have waited longest).</summary>
    private async Task<IReadOnlyList<Waiting>> PostsAsync(Expression<Func<Question, bool>> questionCondition, Expression<Func<Answer, bool>> answerCondition, CancellationToken ct)
    {
        var questions = await db.Questions.AsNoTracking().Where(questionCondition).OrderBy(q => q.CreatedAt).Take(50)
            .Select(q => new Waiting("question", q.Id, q.Title, q.BodyHtml, q.Author!.DisplayName, q.AuthorId, q.CreatedAt, "/questions/" + q.Id)).ToListAsync(ct);
        var answers = await db.Answers.AsNoTracking().Where(answerCondition).OrderBy(a => a.CreatedAt).Take(50)
            .Select(a => new Waiting("answer", a.Id, a.Question!.Title, a.BodyHtml, a.Author!.DisplayName, a.AuthorId, a.CreatedAt, "/questions/" + a.QuestionId + "#answer-" + a.Id)).ToListAsync(ct);
        return questions.Concat(answers).OrderBy(p => p.CreatedAt).ToList();
    }
}
