using CsvHelper;
using Community.Core.Data;
using Community.Core.Members;
using Community.Web.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Community.Web.Pages.Moderation;

/// <summary>One line of the audit log as shown and exported (the CSV writer is generated for it).</summary>
[CsvRecord]
public sealed partial record AuditRow(DateTime CreatedAt, int ActorId, string ActorName, string Action, string Subject, string? Before, string? After);

/// <summary>
/// Every staff action, newest first, filterable by action and by who did it; the same rows as CSV. Moderators and
/// admins read all of it; the brand team reads what brand-team members did.
/// </summary>
[Authorize(Roles = $"{Roles.Moderator},{Roles.Admin},{Roles.BrandTeam}")]
public class AuditModel(CommunityDbContext db) : PageModel
{
    public const int PageSize = 100;

    [BindProperty(SupportsGet = true)] public string? Action { get; set; }
    [BindProperty(SupportsGet = true)] public string? Actor { get; set; }
    public IReadOnlyList<AuditRow> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Rows = await Query().Take(PageSize).ToListAsync(ct);

    /// <summary>GET /moderation/audit?handler=csv — the filtered log as a CSV download (up to 10,000 rows).</summary>
    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        var rows = await Query().Take(10_000).ToListAsync(ct);
        return await Exports.CsvDownload.FileAsync("audit-log.csv", csv => csv.WriteRecordsAsync(rows, ct).AsTask());
    }

    private IQueryable<AuditRow> Query()
    {
        var entries = db.AuditEntries.AsNoTracking();
        if (!User.IsModerator())
        {
            var brandTeam = db.Roles.Where(r => r.Name == Roles.BrandTeam).Select(r => r.Id);
            entries = entries.Where(e => db.UserRoles.Any(ur => ur.UserId == e.ActorId && brandTeam.Contains(ur.RoleId)));
        }
        if (!string.IsNullOrWhiteSpace(Action)) entries = entries.Where(e => e.Action.StartsWith(Action.Trim()));
        var rows = entries.Join(db.Users, e => e.ActorId, m => m.Id, (e, m) => new { e, m.DisplayName });
        if (!string.IsNullOrWhiteSpace(Actor)) rows = rows.Where(x => x.DisplayName.Contains(Actor.Trim()));
        return rows.OrderByDescending(x => x.e.CreatedAt).ThenByDescending(x => x.e.Id)
            .Select(x => new AuditRow(x.e.CreatedAt, x.e.ActorId, x.DisplayName, x.e.Action, x.e.Subject, x.e.Before, x.e.After));
    }
}
