using Community.Core.Members;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Community.Web.Pages.Brand;

/// <summary>How healthy the community is this period against the one before, filterable by product and tag.</summary>
[Authorize(Roles = $"{Roles.BrandTeam},{Roles.Admin}")]
public class HealthModel(HealthFigures health, BrandChoices choices, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public int Days { get; set; } = 30;
    [BindProperty(SupportsGet = true)] public string? Product { get; set; }
    [BindProperty(SupportsGet = true)] public string? Tag { get; set; }

    public HealthFigures.Period Current { get; private set; } = null!;
    public HealthFigures.Period Previous { get; private set; } = null!;
    public HealthFigures.Activity Activity { get; private set; } = null!;
    public int Unanswered { get; private set; }
    public IReadOnlyList<HealthFigures.Topic> Tags { get; private set; } = [];
    public IReadOnlyList<HealthFigures.Topic> Products { get; private set; } = [];
    public IReadOnlyList<(string Term, int Count)> Misses { get; private set; } = [];
    public BrandChoices.Lists Lists { get; private set; } = BrandChoices.Lists.Empty;
    public DateTime From { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (!HealthFigures.Windows.Contains(Days)) Days = 30;
        var now = clock.GetUtcNow().UtcDateTime;
        From = now.AddDays(-Days);
        Current = await health.PeriodAsync(From, now, Product, Tag, ct);
        Previous = await health.PeriodAsync(From.AddDays(-Days), From, Product, Tag, ct);
        Activity = await health.ActivityAsync(ct);
        Unanswered = await health.UnansweredOver48HoursAsync(Product, Tag, ct);
        Tags = await health.TopTagsAsync(From, now, Product, ct);
        Products = await health.TopProductsAsync(From, now, Tag, ct);
        Misses = await health.SearchMissesAsync(From, ct);
        Lists = await choices.LoadAsync(ct);
    }

    /// <summary>The comparison table (this period, the one before) in the reader's language, audited.</summary>
    public IReadOnlyList<HealthRow> Table(IStringLocalizer text)
    {
        static string Num(double? value) => value?.ToString("0.#", System.Globalization.CultureInfo.CurrentCulture) ?? "—";
        HealthRow Row(string key, double? now, double? before) => new(text[key], Num(now), Num(before));
        return
        [
            Row("HealthQuestionsAsked", Current.Questions.Asked, Previous.Questions.Asked),
            Row("HealthMedianFirstAnswer", Current.Questions.MedianHoursToFirstAnswer, Previous.Questions.MedianHoursToFirstAnswer),
            Row("HealthAnsweredShare", Current.Questions.AnsweredPercent, Previous.Questions.AnsweredPercent),
            Row("HealthAcceptedShare", Current.Questions.AcceptedPercent, Previous.Questions.AcceptedPercent),
            Row("HealthNewMembers", Current.NewMembers, Previous.NewMembers),
            Row("HealthIdeasSubmitted", Current.Ideas.Submitted, Previous.Ideas.Submitted),
            Row("HealthIdeasResponded", Current.Ideas.RespondedPercent, Previous.Ideas.RespondedPercent),
            Row("HealthIdeaResponseDays", Current.Ideas.MedianDaysToRespond, Previous.Ideas.MedianDaysToRespond),
            Row("HealthIdeasDelivered", Current.Ideas.Delivered, Previous.Ideas.Delivered),
        ];
    }

    /// <summary>GET ?handler=csv — the comparison table as shown, audited.</summary>
    public async Task<IActionResult> OnGetCsvAsync([FromServices] IStringLocalizer<SharedResource> text, [FromServices] Core.Audit.AuditLog audit, CancellationToken ct)
    {
        await OnGetAsync(ct);
        await audit.RecordAsync(User.Id()!.Value, "export.health", "brand/health", null, Request.QueryString.Value, ct);
        var rows = Table(text);
        return await Exports.CsvDownload.FileAsync($"community-health-{Days}d.csv", csv => csv.WriteRecordsAsync(rows, ct).AsTask());
    }
}

[CsvHelper.CsvRecord]
public sealed partial record HealthRow(string Measure, string ThisPeriod, string PreviousPeriod);
