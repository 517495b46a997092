using Community.Core.Data;
using Community.Core.Members;
using Community.Core.Questions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Community.Web.Pages.Moderation;

/// <summary>New members' first posts waiting for a moderator, oldest first (they have waited longest).</summary>
[Authorize(Roles = $"{Roles.Moderator},{Roles.Admin}")]
public class ReviewModel(CommunityDbContext db) : PageModel
{
    public sealed record Waiting(string Kind, int Id, string Title, string BodyHtml, string AuthorName, int AuthorId, DateTime CreatedAt, string Url);

    public IReadOnlyList<Waiting> Posts { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var questions = await db.Questions.AsNoTracking().Where(q => q.HiddenReason == HiddenReasons.AwaitingReview && q.IsDeleted)
            .OrderBy(q => q.CreatedAt).Take(50)
            .Select(q => new Waiting("question", q.Id, q.Title, q.BodyHtml, q.Author!.DisplayName, q.AuthorId, q.CreatedAt, "/questions/" + q.Id)).ToListAsync(ct);
        var answers = await db.Answers.AsNoTracking().Where(a => a.HiddenReason == HiddenReasons.AwaitingReview && a.IsDeleted)
            .OrderBy(a => a.CreatedAt).Take(50)
            .Select(a => new Waiting("answer", a.Id, a.Question!.Title, a.BodyHtml, a.Author!.DisplayName, a.AuthorId, a.CreatedAt, "/questions/" + a.QuestionId + "#answer-" + a.Id)).ToListAsync(ct);
        Posts = questions.Concat(answers).OrderBy(p => p.CreatedAt).ToList();
    }
}
