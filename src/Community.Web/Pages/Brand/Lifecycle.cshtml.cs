using Community.Core.Members;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Community.Web.Pages.Brand;

/// <summary>The fan ladder: members per stage as a funnel, and the recorded moves between stages over 7, 30 or 90 days.</summary>
[Authorize(Roles = $"{Roles.BrandTeam},{Roles.Admin}")]
public class LifecycleModel(LadderFigures ladder) : PageModel
{
    [BindProperty(SupportsGet = true)] public int Days { get; set; } = 30;

    public LadderFigures.Figures Figures { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (!LadderFigures.Windows.Contains(Days)) Days = 30;
        Figures = await ladder.LoadAsync(Days, ct);
    }

    /// <summary>GET ?handler=csv — the stage table as shown, audited.</summary>
    public async Task<IActionResult> OnGetCsvAsync([FromServices] Core.Audit.AuditLog audit, CancellationToken ct)
    {
        await OnGetAsync(ct);
        await audit.RecordAsync(User.Id()!.Value, "export.lifecycle", "brand/lifecycle", null, $"days={Days}", ct);
        return await Exports.CsvDownload.FileAsync($"fan-ladder-{Days}d.csv", csv =>
            csv.WriteRecordsAsync(Figures.Stages.Select(s => new StageExportRow(s.Stage.ToString(), s.Members, s.UpInto, s.DownInto)), ct).AsTask());
    }
}

[CsvHelper.CsvRecord]
public sealed partial record StageExportRow(string Stage, int Members, int MovedUpInto, int MovedDownInto);
