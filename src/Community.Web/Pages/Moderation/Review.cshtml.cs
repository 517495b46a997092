using Community.Core.Data;
using Community.Core.Members;
using Community.Core.Questions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
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
        var questions = await db.Questions.AsNoTracking().Where(q => q.HiddenReason == HiddenReasons.AwaitingReview && q.IsDeleted)
            .OrderBy(q => q.CreatedAt).Take(50)
            .Select(q => new Waiting("question", q.Id, q.Title, q.BodyHtml, q.Author!.DisplayName, q.AuthorId, q.CreatedAt, "/questions/" + q.Id)).ToListAsync(ct);
        var answers = await db.Answers.AsNoTracking().Where(a => a.HiddenReason == HiddenReasons.AwaitingReview && a.IsDeleted)
            .OrderBy(a => a.CreatedAt).Take(50)
            .Select(a => new Waiting("answer", a.Id, a.Question!.Title, a.BodyHtml, a.Author!.DisplayName, a.AuthorId, a.CreatedAt, "/questions/" + a.QuestionId + "#answer-" + a.Id)).ToListAsync(ct);
        Posts = questions.Concat(answers).OrderBy(p => p.CreatedAt).ToList();
        var publishedQuestions = await db.Questions.AsNoTracking().Where(q => q.NeedsReview && !q.IsDeleted).OrderBy(q => q.CreatedAt).Take(50)
            .Select(q => new Waiting("question", q.Id, q.Title, q.BodyHtml, q.Author!.DisplayName, q.AuthorId, q.CreatedAt, "/questions/" + q.Id)).ToListAsync(ct);
        var publishedAnswers = await db.Answers.AsNoTracking().Where(a => a.NeedsReview && !a.IsDeleted).OrderBy(a => a.CreatedAt).Take(50)
            .Select(a => new Waiting("answer", a.Id, a.Question!.Title, a.BodyHtml, a.Author!.DisplayName, a.AuthorId, a.CreatedAt, "/questions/" + a.QuestionId + "#answer-" + a.Id)).ToListAsync(ct);
        Published = publishedQuestions.Concat(publishedAnswers).OrderBy(p => p.CreatedAt).ToList();
        CloseVotes = (await db.CloseVotes.AsNoTracking().Where(v => !v.Settled).GroupBy(v => new { v.QuestionId, v.Reopen })
                .Select(g => new { g.Key.QuestionId, g.Key.Reopen, Votes = g.Count() }).OrderByDescending(g => g.Votes).Take(50).ToListAsync(ct))
            .Join(await db.Questions.AsNoTracking().Where(q => db.CloseVotes.Any(v => !v.Settled && v.QuestionId == q.Id)).Select(q => new { q.Id, q.Title }).ToListAsync(ct),
                v => v.QuestionId, q => q.Id, (v, q) => new Voted(q.Id, q.Title, v.Reopen, v.Votes)).ToList();
        var floor = options.Value.LowQualityScore;
        var lowQuestions = await db.Questions.AsNoTracking().Where(q => !q.IsDeleted && q.Score <= floor).OrderBy(q => q.Score).Take(25)
            .Select(q => new Waiting("question", q.Id, q.Title, q.BodyHtml, q.Author!.DisplayName, q.AuthorId, q.CreatedAt, "/questions/" + q.Id)).ToListAsync(ct);
        var lowAnswers = await db.Answers.AsNoTracking().Where(a => !a.IsDeleted && a.Score <= floor).OrderBy(a => a.Score).Take(25)
            .Select(a => new Waiting("answer", a.Id, a.Question!.Title, a.BodyHtml, a.Author!.DisplayName, a.AuthorId, a.CreatedAt, "/questions/" + a.QuestionId + "#answer-" + a.Id)).ToListAsync(ct);
        LowQuality = lowQuestions.Concat(lowAnswers).ToList();
    }
}
