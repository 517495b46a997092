using Microsoft.Extensions.Caching.Memory;
using Community.Core.Members;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Community.Web.Pages.Brand;

/// <summary>How healthy the community is this period against the one before, filterable by product and tag.</summary>
[Authorize(Roles = $"{Roles.BrandTeam},{Roles.Admin}")]
public class HealthModel(HealthFigures health, BrandChoices choices, TimeProvider clock, IMemoryCache cache) : PageModel
{
    [BindProperty(SupportsGet = true)] public int Days { get; set; } = 30;
    [BindProperty(SupportsGet = true)] public string? Product { get; set; }
    [BindProperty(SupportsGet = true)] public string? Tag { get; set; }

    /// <summary>Everything the page shows for one period and filter, computed together.</summary>
    public sealed record Snapshot(
        DateTime From, HealthFigures.Period Current, HealthFigures.Period Previous, HealthFigures.Activity Activity, int Unanswered,
        IReadOnlyList<HealthFigures.Topic> Tags, IReadOnlyList<HealthFigures.Topic> Products, IReadOnlyList<(string Term, int Count)> Misses);

    /// <summary>
    /// Health is read as a trend, not a live counter: one computation per period and filter serves for a few minutes
    /// (a 90-day view reads ~16,000 questions on the load database, ~280 ms of CPU; a cached one costs nothing).
    /// </summary>
    public static readonly TimeSpan Freshness = TimeSpan.FromMinutes(5);

    public Snapshot Figures { get; private set; } = null!;
    public BrandChoices.Lists Lists { get; private set; } = BrandChoices.Lists.Empty;

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (!HealthFigures.Windows.Contains(Days)) Days = 30;
        var key = (nameof(HealthModel), Days, Product?.Trim() ?? "", Tag?.Trim().ToLowerInvariant() ?? "");
        Figures = (await cache.GetOrCreateAsync(key, entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = Freshness;
            entry.Size = 1;
            return ComputeAsync(ct);
        }))!;
        Lists = await choices.LoadAsync(ct);
    }

    private async Task<Snapshot> ComputeAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var from = now.AddDays(-Days);
        return new Snapshot(from,
            await health.PeriodAsync(from, now, Product, Tag, ct), await health.PeriodAsync(from.AddDays(-Days), from, Product, Tag, ct),
            await health.ActivityAsync(ct), await health.UnansweredOver48HoursAsync(Product, Tag, ct),
            await health.TopTagsAsync(from, now, Product, ct), await health.TopProductsAsync(from, now, Tag, ct), await health.SearchMissesAsync(from, ct));
    }

    /// <summary>The comparison table (this period, the one before) in the reader's language, audited.</summary>
    public IReadOnlyList<HealthRow> Table(IStringLocalizer text)
    {
        static string Num(double? value) => value?.ToString("0.#", System.Globalization.CultureInfo.CurrentCulture) ?? "—";
        HealthRow Row(string key, double? now, double? before) => new(text[key], Num(now), Num(before));
        return
        [
            Row("HealthQuestionsAsked", Figures.Current.Questions.Asked, Figures.Previous.Questions.Asked),
            Row("HealthMedianFirstAnswer", Figures.Current.Questions.MedianHoursToFirstAnswer, Figures.Previous.Questions.MedianHoursToFirstAnswer),
            Row("HealthAnsweredShare", Figures.Current.Questions.AnsweredPercent, Figures.Previous.Questions.AnsweredPercent),
            Row("HealthAcceptedShare", Figures.Current.Questions.AcceptedPercent, Figures.Previous.Questions.AcceptedPercent),
            Row("HealthNewMembers", Figures.Current.NewMembers, Figures.Previous.NewMembers),
            Row("HealthIdeasSubmitted", Figures.Current.Ideas.Submitted, Figures.Previous.Ideas.Submitted),
            Row("HealthIdeasResponded", Figures.Current.Ideas.RespondedPercent, Figures.Previous.Ideas.RespondedPercent),
            Row("HealthIdeaResponseDays", Figures.Current.Ideas.MedianDaysToRespond, Figures.Previous.Ideas.MedianDaysToRespond),
            Row("HealthIdeasDelivered", Figures.Current.Ideas.Delivered, Figures.Previous.Ideas.Delivered),
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
