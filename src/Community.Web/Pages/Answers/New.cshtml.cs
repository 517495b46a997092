using Community.Core.Questions;
using Community.Web.Pages.Questions;
using Microsoft.AspNetCore.Authorization;
using Community.Web.Refusals;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Community.Web.Pages.Answers;

/// <summary>
/// Posts an answer from the form under a question. Accepted, it returns to the answer; refused, this page shows the
/// form again on its own with what was typed and the reason (the question page itself stays cacheable and read-only).
/// </summary>
[Authorize]
public class NewModel(PostAnswer postAnswer, QuestionDetailsQuery query) : PageModel, Refusals.IShowsRefusalsOnPage
{
    [BindProperty] public AnswerInput Answer { get; set; } = new();
    public QuestionView Question { get; private set; } = null!;

    public IActionResult OnGet(int id) => Redirect($"/questions/{id}#answer-body");

    [Security.RateLimited("answer")]
    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (Answer.SubmissionId == Guid.Empty) Answer.SubmissionId = Guid.NewGuid();
        var answer = await postAnswer.ExecuteAsync(id, Answer.Body, Answer.SubmissionId, User.Id()!.Value, ct);
        return Redirect($"/questions/{id}#answer-{answer.Id}");
    }

    public string RefusalKey(string messageKey, IFormCollection? sent) => Refusals.RefusalFields.For(messageKey, "Answer", sent);

    public async Task<bool> ReloadAfterRefusalAsync(CancellationToken ct)
    {
        var question = await query.QuestionAsync(this.RouteId(), ct);
        if (question is null || !question.IsVisibleTo(User.Id(), User.IsModerator())) return false;
        Question = question;
        return true;
    }
}
