using Community.Core.Members;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Community.Web.Pages.Brand;

/// <summary>
/// Care: members drifting away from their own habits (silent for several of their usual gaps, or contributing far less),
/// most valuable first, each with the reason and a way to reach out; and how well reaching out has worked.
/// </summary>
[Authorize(Roles = $"{Roles.BrandTeam},{Roles.Admin}")]
public class AtRiskModel(AdvocateFinder finder, BrandChoices choices, CareFigures care) : PageModel
{
    [BindProperty(SupportsGet = true)] public AdvocateFilter Filter { get; set; } = new();
    [BindProperty(SupportsGet = true, Name = "page")] public int PageNumber { get; set; } = 1;

    public IReadOnlyList<AdvocateRow> Rows { get; private set; } = [];
    public int Total { get; private set; }
    public BrandChoices.Lists Lists { get; private set; } = BrandChoices.Lists.Empty;
    public IReadOnlyList<CareFigures.KindRow> Outcomes { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Prepare();
        (Rows, Total) = await finder.PageAsync(Filter, PageNumber, ct);
        Lists = await choices.LoadAsync(ct);
        Outcomes = await care.LoadAsync(ct);
    }

    /// <summary>GET ?handler=csv — everyone at risk under the filters shown, audited.</summary>
    public async Task<IActionResult> OnGetCsvAsync([FromServices] Core.Audit.AuditLog audit, CancellationToken ct)
    {
        Prepare();
        var rows = await finder.ExportAsync(Filter, ct);
        await audit.RecordAsync(User.Id()!.Value, "export.at-risk", "brand/at-risk", null, Request.QueryString.Value, ct);
        return await Exports.CsvDownload.FileAsync("at-risk.csv", csv => csv.WriteRecordsAsync(rows, ct).AsTask());
    }

    private void Prepare()
    {
        Filter.AnyRisk = true;
        Filter.Sort ??= "value";
    }
}
