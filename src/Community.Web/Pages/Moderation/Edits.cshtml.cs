using Community.Core;
using Community.Core.Content;
using Community.Core.Data;
using Community.Core.Moderation;
using Community.Core.Reputation;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Community.Web.Pages.Moderation;

/// <summary>Suggested edits waiting for review, each as a side-by-side diff against the post as it stands. Moderators and members with the review-queues privilege.</summary>
[Authorize]
public class EditsModel(CommunityDbContext db, PrivilegeCheck privileges) : PageModel, Refusals.IShowsRefusalsOnPage
{
    public sealed record Pending(int Id, PostKind Kind, int PostId, int QuestionId, string ProposerName, int ProposerId, string? Summary, DateTime CreatedAt,
        string? CurrentTitle, string? NewTitle, SideBySideDiffModel Diff);

    public IReadOnlyList<Pending> Suggestions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await privileges.HasAsync(User.Id()!.Value, Privilege.ReviewQueues, ct)) return Forbid();
        var pending = await db.SuggestedEdits.AsNoTracking().Where(s => s.Outcome == null).OrderBy(s => s.CreatedAt).Take(30)
            .Join(db.Users, s => s.ProposerId, m => m.Id, (s, m) => new { Suggestion = s, m.DisplayName }).ToListAsync(ct);
        var questionIds = pending.Where(p => p.Suggestion.PostKind == PostKind.Question).Select(p => p.Suggestion.PostId).ToList();
        var answerIds = pending.Where(p => p.Suggestion.PostKind == PostKind.Answer).Select(p => p.Suggestion.PostId).ToList();
        var questions = await db.Questions.AsNoTracking().Where(q => questionIds.Contains(q.Id)).ToDictionaryAsync(q => q.Id, q => (q.Title, q.BodyMarkdown), ct);
        var answers = await db.Answers.AsNoTracking().Where(a => answerIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => (a.QuestionId, a.BodyMarkdown), ct);
        Suggestions = pending.Select(p =>
        {
            var s = p.Suggestion;
            var (questionId, title, body) = s.PostKind == PostKind.Question
                ? (s.PostId, questions.GetValueOrDefault(s.PostId).Title, questions.GetValueOrDefault(s.PostId).BodyMarkdown ?? "")
                : (answers.GetValueOrDefault(s.PostId).QuestionId, (string?)null, answers.GetValueOrDefault(s.PostId).BodyMarkdown ?? "");
            return new Pending(s.Id, s.PostKind, s.PostId, questionId, p.DisplayName, s.ProposerId, s.Summary, s.CreatedAt, title, s.Title,
                SideBySideDiffBuilder.Diff(body, s.BodyMarkdown));
        }).ToList();
        return Page();
    }

    [Security.RateLimited("edit")]

    public async Task<IActionResult> OnPostAsync(int suggestionId, bool approve, [FromServices] ReviewSuggestedEdits review, CancellationToken ct)
    {
        await review.DecideAsync(suggestionId, approve, User.Id()!.Value, ct);
        return Redirect("/moderation/edits");
    }

    public async Task<bool> ReloadAfterRefusalAsync(CancellationToken ct) => await OnGetAsync(ct) is PageResult;
}
