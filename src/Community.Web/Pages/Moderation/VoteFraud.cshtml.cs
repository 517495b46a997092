using Community.Core;
using Community.Core.Content;
using Community.Core.Data;
using Community.Core.Members;
using Community.Core.Reputation;
using Community.Web.Pages.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Community.Web.Pages.Moderation;

/// <summary>
/// Vote fraud found by the scheduled scan, newest first, with the evidence. The reputation was
/// reversed when each case was recorded; here moderators look, act elsewhere, and mark it reviewed.
/// </summary>
[Authorize(Roles = $"{Roles.Moderator},{Roles.Admin}")]
[Security.NotRateLimited("moderators only")]
public class VoteFraudModel(CommunityDbContext db, TimeProvider clock) : PageModel, Refusals.IShowsRefusalsOnPage
{
    private const int PageSize = 20;

    /// <summary>Posts listed per case; the rest are counted.</summary>
    public const int PostsShown = 10;

    public sealed record MemberLink(int Id, string DisplayName);

    public sealed record PostLink(PostKind Kind, int PostId, int QuestionId)
    {
        public string Url => Kind == PostKind.Question ? $"/questions/{QuestionId}" : $"/questions/{QuestionId}#answer-{PostId}";
    }

    public sealed record CaseView(int Id, VoteFraudKind Kind, IReadOnlyList<MemberLink> Members, int VoteCount, DateTime? FirstVoteAt, DateTime? LastVoteAt,
        IReadOnlyList<PostLink> Posts, int ReversedEntries, DateTime DetectedAt, DateTime? ReviewedAt, MemberLink? ReviewedBy, string? Outcome);

    public IReadOnlyList<CaseView> Cases { get; private set; } = [];
    public PagerModel Pager { get; private set; } = null!;

    // Read from the query by hand: in Razor Pages "page" is also a route value (the page's own path).
    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(int.TryParse(Request.Query["page"], out var page) ? page : 1, ct);

    public async Task<IActionResult> OnPostReviewAsync(int id, string? outcome, int fromPage, [FromServices] Community.Core.Audit.AuditLog audit, CancellationToken ct)
    {
        if (User.Id() is not { } me) return Challenge();
        // IMMEDIATE transaction: two moderators reviewing at once queue here, and the first review stands.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var fraudCase = await db.Set<VoteFraudCase>().FirstOrDefaultAsync(c => c.Id == id, ct);
        if (fraudCase is null) return NotFound();
        (reviewedCaseId, reviewedFromPage) = (id, fromPage);
        fraudCase.MarkReviewed(me, clock.GetUtcNow().UtcDateTime, outcome);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(me, "fraud.review", $"fraud-case:{id}", "open", fraudCase.Outcome ?? "reviewed", ct);
        await transaction.CommitAsync(ct);
        return Redirect($"/moderation/vote-fraud{(fromPage > 1 ? $"?page={fromPage}" : "")}#case-{id}");
    }

    private int reviewedCaseId, reviewedFromPage;

    /// <summary>A refused outcome is shown under that case's field, on the page it was sent from.</summary>
    public string RefusalKey(string messageKey, IFormCollection? sent) => $"outcome-{reviewedCaseId}";

    public async Task<bool> ReloadAfterRefusalAsync(CancellationToken ct)
    {
        await LoadAsync(reviewedFromPage, ct);
        return true;
    }

    private async Task LoadAsync(int page, CancellationToken ct)
    {
        var cases = db.Set<VoteFraudCase>().AsNoTracking();
        var pageCount = Math.Max(1, (await cases.CountAsync(ct) + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, pageCount);
        var rows = await cases.OrderByDescending(c => c.DetectedAt).ThenByDescending(c => c.Id)
            .Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(ct);

        var memberIds = rows.SelectMany(c => c.Members).Concat(rows.Where(c => c.ReviewedById is not null).Select(c => c.ReviewedById!.Value)).Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(m => memberIds.Contains(m.Id)).ToDictionaryAsync(m => m.Id, m => m.DisplayName, ct);
        MemberLink Link(int memberId) => new(memberId, names.GetValueOrDefault(memberId, $"#{memberId}"));

        Cases = rows.Select(c =>
        {
            var evidence = VoteFraudEvidence.FromJson(c.Evidence);
            var posts = evidence.Votes.Select(v => new PostLink(v.PostKind, v.PostId, v.QuestionId)).Distinct().ToList();
            return new CaseView(c.Id, c.Kind, c.Members.Select(Link).ToList(), evidence.Votes.Count, evidence.FirstVoteAt, evidence.LastVoteAt,
                posts, c.ReversedEntries, c.DetectedAt, c.ReviewedAt, c.ReviewedById is { } by ? Link(by) : null, c.Outcome);
        }).ToList();
        Pager = PagerModel.For(Request, page, pageCount);
    }
}
