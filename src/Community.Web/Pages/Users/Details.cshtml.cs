using Community.Core.Data;
using Community.Web.Pages.Shared;
using Community.Web.Refusals;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Community.Web.Pages.Users;

[Uploads.UploadSizeLimit(6 * 1024 * 1024)]
public class DetailsModel(CommunityDbContext db, QuestionListQuery questions, TimeProvider clock) : PageModel, Refusals.IShowsRefusalsOnPage
{
    public sealed record Profile(int Id, string DisplayName, DateTime JoinedAt, int Reputation, Guid? AvatarId = null);
    public sealed record HeldBadge(string Key, Community.Core.Badges.BadgeTier Tier, int Count);
    public sealed record AnswerLine(int Id, int QuestionId, string QuestionTitle, string QuestionSlug, int Score, bool IsAccepted, DateTime CreatedAt);

    public Profile Member { get; private set; } = null!;
    public QuestionListPage Questions { get; private set; } = new([], 0, 1, 10);
    public IReadOnlyList<AnswerLine> Answers { get; private set; } = [];
    public int AnswerTotal { get; private set; }
    public IReadOnlyList<HeldBadge> Badges { get; private set; } = [];

    /// <summary>Brand team: feature this member on the home page. (Razor Pages ignore [Authorize] on handlers, so the role is checked here.)</summary>
    [Security.NotRateLimited("brand team only")]
    public async Task<IActionResult> OnPostFeatureAsync(int id, string? message, string? messageKo, [FromServices] Community.Core.BrandTeam.FeatureAdvocate feature, CancellationToken ct)
    {
        if (User.Id() is null) return Challenge();
        if (!User.IsInRole(Community.Core.Members.Roles.BrandTeam) && !User.IsInRole(Community.Core.Members.Roles.Admin)) return Forbid();
        await feature.ExecuteAsync(id, Community.Core.Content.Bilingual.Trimmed(message, messageKo), User.Id()!.Value, ct);
        TempData["Notice"] = "SpotlightSaved";
        return Redirect("/");
    }

    public sealed record NoteLine(DateTime CreatedAt, string AuthorName, string Text);

    /// <summary>What moderators see about the member: current measures and their notes.</summary>
    public sealed record MemberMeasures(DateTime? SilencedUntil, DateTime? SuspendedUntil, IReadOnlyList<NoteLine> Notes);

    public MemberMeasures Measures { get; private set; } = new(null, null, []);

    /// <summary>Members set or remove their own picture only (the route's id must be theirs).</summary>
    [Security.RateLimited("upload")]
    public async Task<IActionResult> OnPostAvatarAsync(int id, IFormFile? avatar, bool remove, [FromServices] Community.Core.Uploads.SetAvatar setAvatar, CancellationToken ct)
    {
        if (User.Id() is not { } me) return Challenge();
        if (me != id) return Forbid();
        if (remove) await setAvatar.ExecuteAsync(me, null, ct);
        else if (avatar is { Length: > 0 })
        {
            await using var stream = avatar.OpenReadStream();
            await setAvatar.ExecuteAsync(me, stream, ct);
        }
        else throw new Community.Core.DomainException("UploadEmpty");
        return Redirect($"/users/{id}");
    }

    /// <summary>A refused spotlight or picture is said above the profile.</summary>
    public string RefusalKey(string messageKey, IFormCollection? sent) => "";

    public async Task<bool> ReloadAfterRefusalAsync(CancellationToken ct) =>
        await OnGetAsync(this.RouteId(), ct) is PageResult;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (User.IsModerator())
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var state = await db.Users.AsNoTracking().Where(m => m.Id == id).Select(m => new { m.SilencedUntil, m.SuspendedUntil }).FirstOrDefaultAsync(ct);
            var notes = await db.MemberNotes.AsNoTracking().Where(n => n.MemberId == id).OrderByDescending(n => n.CreatedAt).Take(50)
                .Join(db.Users, n => n.AuthorId, m => m.Id, (n, m) => new NoteLine(n.CreatedAt, m.DisplayName, n.Text)).ToListAsync(ct);
            Measures = new MemberMeasures(state?.SilencedUntil > now ? state.SilencedUntil : null, state?.SuspendedUntil > now ? state.SuspendedUntil : null, notes);
        }
        var member = await db.Users.AsNoTracking().Where(m => m.Id == id)
            .Select(m => new Profile(m.Id, m.DisplayName, m.JoinedAt, m.Reputation, m.AvatarId)).FirstOrDefaultAsync(ct);
        if (member is null) return NotFound();
        Member = member;
        Questions = await questions.RunAsync(new QuestionFilter(AuthorId: id), 1, 10, ct);
        var answers = db.Answers.AsNoTracking().Where(a => a.AuthorId == id && !a.IsDeleted && !a.Question!.IsDeleted);
        AnswerTotal = await answers.CountAsync(ct);
        Answers = await answers.OrderByDescending(a => a.CreatedAt).Take(10)
            .Select(a => new AnswerLine(a.Id, a.QuestionId, a.Question!.Title, a.Question.Slug, a.Score, a.Question.AcceptedAnswerId == a.Id, a.CreatedAt))
            .ToListAsync(ct);
        var held = await db.MemberBadges.AsNoTracking().Where(b => b.MemberId == id).GroupBy(b => b.BadgeKey)
            .Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        Badges = held.Select(h => (h, Definition: Community.Core.Badges.BadgeCatalog.Find(h.Key)))
            .Where(x => x.Definition is not null)
            .Select(x => new HeldBadge(x.h.Key, x.Definition!.Tier, x.h.Count))
            .OrderByDescending(b => b.Tier).ToList();
        return Page();
    }
}
