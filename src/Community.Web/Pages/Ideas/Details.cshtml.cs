using Community.Core.Data;
using Community.Core.Ideas;
using Community.Web.Refusals;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Community.Web.Pages.Ideas;

/// <summary>
/// One idea: vote, follow, comment; its public timeline of brand messages and comments; the brand
/// team's status controls. Every write re-checks who may do it (Razor Pages ignore handler attributes).
/// </summary>
public class DetailsModel(CommunityDbContext db, IdeaVoteWeights weights, TimeProvider clock) : PageModel, Refusals.IShowsRefusalsOnPage
{
    public sealed record TimelineItem(DateTime At, string AuthorName, int AuthorId, string Html, bool ByBrand, IdeaStatus? From, IdeaStatus? To, int? DuplicateOfId, Guid? AuthorAvatarId = null);

    public sealed record Linked(int Id, string Title);

    public Idea Idea { get; private set; } = null!;
    public string AuthorName { get; private set; } = "";
    public string? ProductName { get; private set; }
    public string? ProductSlug { get; private set; }
    public IReadOnlyList<TimelineItem> Timeline { get; private set; } = [];
    public IReadOnlyList<Linked> MergedIn { get; private set; } = [];
    public Linked? DuplicateOf { get; private set; }
    public bool Voted { get; private set; }
    public bool Following { get; private set; }
    public decimal? MyWeight { get; private set; }
    public bool IsOverdue { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    [Security.RateLimited("vote")]
    public async Task<IActionResult> OnPostVoteAsync(int id, bool vote, [FromServices] VoteIdea votes, CancellationToken ct)
    {
        if (User.Id() is not { } me) return Challenge();
        await votes.ExecuteAsync(id, vote, me, ct);
        return Redirect($"/ideas/{id}");
    }

    [Security.RateLimited("vote")]
    public async Task<IActionResult> OnPostFollowAsync(int id, bool follow, [FromServices] FollowIdea following, CancellationToken ct)
    {
        if (User.Id() is not { } me) return Challenge();
        await following.ExecuteAsync(id, follow, me, ct);
        return Redirect($"/ideas/{id}");
    }

    [Security.RateLimited("comment")]
    public async Task<IActionResult> OnPostCommentAsync(int id, string? comment, [FromServices] CommentOnIdea commenting, CancellationToken ct)
    {
        if (User.Id() is not { } me) return Challenge();
        await commenting.ExecuteAsync(id, comment, me, User.IsBrandTeam(), ct);
        return Redirect($"/ideas/{id}#timeline");
    }

    /// <summary>Brand team only: the next status with its public message (a reason for Not planned, a target for Duplicate).</summary>
    [Security.NotRateLimited("brand team only")]
    public async Task<IActionResult> OnPostStatusAsync(int id, IdeaStatus to, string? message, int? duplicateOf, string? releaseNote,
        [FromServices] ChangeIdeaStatus change, CancellationToken ct)
    {
        if (User.Id() is not { } me) return Challenge();
        if (!User.IsBrandTeam()) return Forbid();
        await change.ExecuteAsync(id, new IdeaStatusInput(to, message, duplicateOf, releaseNote), me, ct);
        return Redirect($"/ideas/{id}");
    }

    public string RefusalKey(string messageKey, IFormCollection? sent) => "";

    public Task<bool> ReloadAfterRefusalAsync(CancellationToken ct) => LoadAsync(this.RouteId(), ct);

    private async Task<bool> LoadAsync(int id, CancellationToken ct)

    {
        var idea = await db.Ideas.AsNoTracking().Include(i => i.Author).Include(i => i.Product).FirstOrDefaultAsync(i => i.Id == id && !i.IsDeleted, ct);
        if (idea is null) return false;
        Idea = idea;
        AuthorName = idea.Author!.DisplayName;
        ProductName = idea.Product?.Name;
        ProductSlug = idea.Product?.Slug;
        IsOverdue = IdeaAccountability.IsOverdue(idea, clock.GetUtcNow().UtcDateTime);

        var changes = await db.IdeaStatusChanges.AsNoTracking().Where(c => c.IdeaId == id)
            .Select(c => new TimelineItem(c.CreatedAt, c.ChangedBy!.DisplayName, c.ChangedById, c.MessageHtml, true, c.From, c.To, c.DuplicateOfId, c.ChangedBy.AvatarId)).ToListAsync(ct);
        var comments = await db.IdeaComments.AsNoTracking().Where(c => c.IdeaId == id)
            .Select(c => new TimelineItem(c.CreatedAt, c.Author!.DisplayName, c.AuthorId, c.BodyHtml, c.ByBrand, null, null, null, c.Author.AvatarId)).ToListAsync(ct);
        Timeline = changes.Concat(comments).OrderBy(t => t.At).ToList();
        MergedIn = await db.Ideas.AsNoTracking().Where(i => i.DuplicateOfId == id).OrderBy(i => i.Id).Select(i => new Linked(i.Id, i.Title)).ToListAsync(ct);
        if (idea.DuplicateOfId is { } target)
            DuplicateOf = await db.Ideas.AsNoTracking().Where(i => i.Id == target).Select(i => new Linked(i.Id, i.Title)).FirstOrDefaultAsync(ct);

        if (User.Id() is { } me)
        {
            Voted = await db.IdeaVotes.AnyAsync(v => v.IdeaId == id && v.VoterId == me, ct);
            Following = await db.IdeaFollowers.AnyAsync(f => f.IdeaId == id && f.MemberId == me, ct);
            MyWeight = await weights.ForAsync(me, ct);
        }
        return true;
    }
}
