using Community.Core.Content;
using Community.Core.Data;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Community.Web.Pages.Revisions;

/// <summary>Every kept version of a question or answer, newest first, each shown as a line diff against the one before.</summary>
public class IndexModel(CommunityDbContext db) : PageModel
{
    public sealed record RevisionView(int Number, string? Title, string? Tags, string EditorName, int EditorId, DateTime CreatedAt, IReadOnlyList<DiffPiece> Lines, SideBySideDiffModel SideBySide);

    /// <summary>"side" shows old and new next to each other; otherwise one inline column.</summary>
    [BindProperty(SupportsGet = true)] public string? View { get; set; }
    public bool SideBySide => View == "side";

    public IReadOnlyList<RevisionView> Revisions { get; private set; } = [];
    public bool CanRollBack { get; private set; }
    public int QuestionId { get; private set; }
    public PostKind Kind { get; private set; }

    /// <summary>Also routed as /answers/{id}/revisions (see <see cref="RevisionRoutes"/>).</summary>
    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        Kind = Request.Path.StartsWithSegments("/answers") ? PostKind.Answer : PostKind.Question;
        var post = Kind == PostKind.Question
            ? await db.Questions.AsNoTracking().Where(q => q.Id == id).Select(q => new { QuestionId = q.Id, q.AuthorId, q.IsDeleted }).FirstOrDefaultAsync(ct)
            : await db.Answers.AsNoTracking().Where(a => a.Id == id).Select(a => new { a.QuestionId, a.AuthorId, IsDeleted = a.IsDeleted || a.Question!.IsDeleted }).FirstOrDefaultAsync(ct);
        if (post is null || (post.IsDeleted && post.AuthorId != User.Id() && !User.IsModerator())) return NotFound();
        QuestionId = post.QuestionId;
        CanRollBack = !post.IsDeleted && (post.AuthorId == User.Id() || User.IsModerator());

        var revisions = await db.PostRevisions.AsNoTracking()
            .Where(r => r.PostKind == Kind && r.PostId == id).OrderBy(r => r.Number)
            .Join(db.Users, r => r.EditorId, m => m.Id, (r, m) => new { Revision = r, m.DisplayName })
            .ToListAsync(ct);
        var previous = "";
        var views = new List<RevisionView>();
        foreach (var item in revisions)
        {
            var diff = InlineDiffBuilder.Diff(previous, item.Revision.BodyMarkdown);
            views.Add(new RevisionView(item.Revision.Number, item.Revision.Title, item.Revision.Tags, item.DisplayName, item.Revision.EditorId, item.Revision.CreatedAt, diff.Lines,
                SideBySideDiffBuilder.Diff(previous, item.Revision.BodyMarkdown)));
            previous = item.Revision.BodyMarkdown;
        }
        views.Reverse();
        Revisions = views;
        return Page();
    }

    /// <summary>The author restores an earlier revision (Core refuses anyone else); moderators restore anyone's, audited.</summary>
    [Security.RateLimited("edit")]
    public async Task<IActionResult> OnPostRollbackAsync(int id, int number, [FromServices] Community.Core.Questions.EditPost editPost,
        [FromServices] Community.Core.Moderation.RestoreRevision restore, CancellationToken ct)
    {
        if (User.Id() is not { } me) return Challenge();
        var kind = Request.Path.StartsWithSegments("/answers") ? PostKind.Answer : PostKind.Question;
        var isAuthor = kind == PostKind.Question
            ? await db.Questions.AnyAsync(q => q.Id == id && q.AuthorId == me, ct)
            : await db.Answers.AnyAsync(a => a.Id == id && a.AuthorId == me, ct);
        var questionId = !isAuthor && User.IsModerator()
            ? await restore.ExecuteAsync(kind, id, number, me, ct)
            : await editPost.RollbackAsync(kind, id, number, me, ct: ct);
        return Redirect($"/questions/{questionId}");
    }

    public static class RevisionRoutes
    {
        public static void Add(Microsoft.AspNetCore.Mvc.ApplicationModels.PageConventionCollection conventions) =>
            conventions.AddPageRoute("/Revisions/Index", "/answers/{id:int}/revisions");
    }

    public static string LineClass(ChangeType type) => type switch
    {
        ChangeType.Inserted => "diff-inserted",
        ChangeType.Deleted => "diff-deleted",
        ChangeType.Modified => "diff-modified",
        ChangeType.Imaginary => "diff-imaginary",
        _ => "diff-unchanged",
    };
}
