using Community.Core.Data;
using Community.Core.Members;
using Community.Web.Accounts;
using Community.Web.Pages.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Community.Web.Pages.Admin;

public sealed record MemberRow(int Id, string DisplayName, string? Email, int Reputation, DateTime JoinedAt, DateOnly? LastSeen, IReadOnlyCollection<string> Roles)
{
    public bool Holds(string role) => Roles.Contains(role);
}

/// <summary>Admins find members by name or e-mail and give or take away staff roles (effective on the member's next request).</summary>
[Authorize(Roles = Roles.Admin)]
[Security.NotRateLimited("admins only")]
public class MembersModel(CommunityDbContext db) : PageModel, Refusals.IShowsRefusalsOnPage
{
    private const int PageSize = 50;

    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    // "page" is also Razor Pages' own route value (the page path): the number binds from the query only.
    [FromQuery(Name = "page")] public int PageNumber { get; set; } = 1;
    public IReadOnlyList<MemberRow> Rows { get; private set; } = [];
    public PagerModel Pager { get; private set; } = null!;
    /// <summary>The member whose roles were being saved: a refusal is shown in that row.</summary>
    public int? RefusedMemberId { get; private set; }
    public string RefusalKey(string messageKey, IFormCollection? sent) => $"member-{RefusedMemberId}";

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public async Task<IActionResult> OnPostRolesAsync(int memberId, bool moderator, bool brandTeam, bool admin,
        [FromServices] ChangeStaffRoles change, [FromServices] RoleChanges roleChanges, CancellationToken ct)
    {
        RefusedMemberId = memberId;
        if (await change.ExecuteAsync(memberId, new StaffRoles(moderator, brandTeam, admin), User.Id()!.Value, ct)) roleChanges.Changed(memberId);
        TempData["Notice"] = "RolesSaved";
        return Redirect($"/admin/members{(string.IsNullOrWhiteSpace(Q) ? "" : $"?q={Uri.EscapeDataString(Q)}")}#member-{memberId}");
    }

    public async Task<bool> ReloadAfterRefusalAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        return true;
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var members = db.Users.AsNoTracking();
        var query = Q?.Trim().Replace("\0", "");
        if (!string.IsNullOrEmpty(query))
        {
            // LIKE ignores ASCII case as the lowered comparison did; the member's own % and _ match only themselves.
            var pattern = "%" + query.Replace(@"\", @"\\", StringComparison.Ordinal).Replace("%", @"\%", StringComparison.Ordinal).Replace("_", @"\_", StringComparison.Ordinal) + "%";
            // PostgreSQL's LIKE minds case; its ILIKE is the same comparison as SQLite's LIKE here.
            members = db.Database.IsNpgsql()
                ? members.Where(m => EF.Functions.ILike(m.DisplayName, pattern, @"\") || (m.Email != null && EF.Functions.ILike(m.Email, pattern, @"\")))
                : members.Where(m => EF.Functions.Like(m.DisplayName, pattern, @"\") || (m.Email != null && EF.Functions.Like(m.Email, pattern, @"\")));
        }
        var count = await members.CountAsync(ct);
        var pageCount = Math.Max(1, (count + PageSize - 1) / PageSize);
        PageNumber = Math.Clamp(PageNumber, 1, pageCount);
        var page = await members.OrderBy(m => m.DisplayName).Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(m => new { m.Id, m.DisplayName, m.Email, m.Reputation, m.JoinedAt }).ToListAsync(ct);
        var ids = page.Select(m => m.Id).ToList();
        var roles = (await db.UserRoles.Where(r => ids.Contains(r.UserId)).Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name })
            .ToListAsync(ct)).ToLookup(r => r.UserId, r => r.Name!);
        var lastSeen = await db.MemberVisits.Where(v => ids.Contains(v.MemberId)).GroupBy(v => v.MemberId)
            .Select(g => new { MemberId = g.Key, Day = g.Max(v => v.Day) }).ToDictionaryAsync(v => v.MemberId, v => v.Day, ct);
        Rows = page.Select(m => new MemberRow(m.Id, m.DisplayName, m.Email, m.Reputation, m.JoinedAt,
            lastSeen.TryGetValue(m.Id, out var day) ? day : null, roles[m.Id].ToList())).ToList();
        Pager = PagerModel.For(Request, PageNumber, pageCount);
    }
}
