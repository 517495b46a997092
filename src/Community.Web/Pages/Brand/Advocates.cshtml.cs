using Community.Core.Audit;
using Community.Core.Members;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Community.Web.Pages.Brand;

/// <summary>
/// The advocate finder: members ranked by an explainable score (its parts and 12 weeks shown on each row), filtered by
/// product, tag, level, stage, trend, risk, segment and contact choice; act on the ones ticked, or export what is shown.
/// </summary>
[Authorize(Roles = $"{Roles.BrandTeam},{Roles.Admin}")]
public class AdvocatesModel(AdvocateFinder finder, BrandChoices choices) : PageModel
{
    [BindProperty(SupportsGet = true)] public AdvocateFilter Filter { get; set; } = new();
    [BindProperty(SupportsGet = true, Name = "page")] public int PageNumber { get; set; } = 1;

    public IReadOnlyList<AdvocateRow> Rows { get; private set; } = [];
    public int Total { get; private set; }
    public BrandChoices.Lists Lists { get; private set; } = BrandChoices.Lists.Empty;

    public async Task OnGetAsync(CancellationToken ct)
    {
        (Rows, Total) = await finder.PageAsync(Filter, PageNumber, ct);
        Lists = await choices.LoadAsync(ct);
    }

    /// <summary>GET ?handler=csv — every row the filters select (up to 10,000), audited.</summary>
    public async Task<IActionResult> OnGetCsvAsync([FromServices] AuditLog audit, CancellationToken ct)
    {
        var rows = await finder.ExportAsync(Filter, ct);
        await audit.RecordAsync(User.Id()!.Value, "export.advocates", "brand/advocates", null, Request.QueryString.Value, ct);
        return await Exports.CsvDownload.FileAsync("advocates.csv", csv => csv.WriteRecordsAsync(rows, ct).AsTask());
    }
}
