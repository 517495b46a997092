using Community.Core.Data;
using Community.Core.Members;
using Community.Core.Questions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Community.Web.Pages.Moderation;

/// <summary>GET /moderation/counts — open flag targets and waiting posts, for the moderators' live badges.</summary>
[Authorize(Roles = $"{Roles.Moderator},{Roles.Admin}")]
public class CountsModel(CommunityDbContext db) : PageModel
{
    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => new JsonResult(new
    {
        flags = await db.Flags.Where(f => f.Outcome == null).Select(f => new { f.TargetKind, f.TargetId }).Distinct().CountAsync(ct),
        review = await db.Questions.CountAsync(q => q.HiddenReason == HiddenReasons.AwaitingReview && q.IsDeleted, ct)
                 + await db.Answers.CountAsync(a => a.HiddenReason == HiddenReasons.AwaitingReview && a.IsDeleted, ct)
                 + await db.SuggestedEdits.CountAsync(s => s.Outcome == null, ct)
                 + await db.Questions.CountAsync(q => q.NeedsReview && !q.IsDeleted, ct) + await db.Answers.CountAsync(a => a.NeedsReview && !a.IsDeleted, ct),
    });
}
