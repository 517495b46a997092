using Community.Core.Advocacy;
using Community.Core.Data;
using Community.Core.Members;
using Community.Core.Reputation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Community.Web.Pages.Brand;

/// <summary>The finder's filters as they appear in the query string (every one optional).</summary>
public sealed class AdvocateFilter
{
    public string? Product { get; set; }
    public string? Tag { get; set; }
    public int? Level { get; set; }
    public FanStage? Stage { get; set; }

    /// <summary>This stage or any above it (advocates and fans).</summary>
    public FanStage? AtLeastStage { get; set; }
    public AdvocateTrend? Trend { get; set; }
    public ChurnRisk? Risk { get; set; }

    /// <summary>Only members at some risk of leaving (the care page's list).</summary>
    public bool AnyRisk { get; set; }

    /// <summary>"yes", "no" or "unasked".</summary>
    public string? Contact { get; set; }

    public int? Segment { get; set; }

    /// <summary>Moved on the fan ladder within <see cref="Days"/> days: "up", "down", "lost" (fell below regular) or "new" (joined).</summary>
    public string? Moved { get; set; }
    public int? Days { get; set; }

    /// <summary>"score" (default), "rising" or "newest".</summary>
    public string? Sort { get; set; }
}

/// <summary>One member as the brand pages list them, from the pre-aggregated standing.</summary>
public sealed record AdvocateRow(
    int MemberId, string DisplayName, Guid? AvatarId, int Reputation, DateTime JoinedAt, double Score, string PartsJson, string WeeklyJson,
    AdvocateTrend Trend, double Momentum, FanStage Stage, bool? Contact, int AcceptedAnswers, DateTime? LastActiveAt, ChurnRisk Risk,
    double? UsualGapDays, int SilentDays, int DropPercent);

/// <summary>One exported line: what the row shows, with the score's parts spelled out.</summary>
[CsvHelper.CsvRecord]
public sealed partial record AdvocateExportRow(
    int MemberId, string DisplayName, double Score, string Parts, string Trend, double Momentum, string Stage, int Reputation, int AcceptedAnswers,
    string Contact, DateTime? LastActiveAt, string Risk, DateTime JoinedAt);

/// <summary>
/// Reads standings for the brand pages: filtered, sorted and paged by index, staff left out (they are not advocates).
/// Never touches posts: everything it filters on was rolled up beforehand.
/// </summary>
public sealed class AdvocateFinder(CommunityDbContext db, IOptions<AdvocacyOptions> advocacy, TimeProvider clock)
{
    public const int PageSize = 50;

    public IQueryable<AdvocateRow> Query(AdvocateFilter filter)
    {
        var staffRoles = db.Roles.Where(r => Roles.Staff.Contains(r.Name!)).Select(r => r.Id);
        var rows = db.AdvocateStandings.AsNoTracking()
            .Join(db.Users, s => s.MemberId, m => m.Id, (s, m) => new { s, m })
            .Where(x => !db.UserRoles.Any(ur => ur.UserId == x.m.Id && staffRoles.Contains(ur.RoleId)));

        if (!string.IsNullOrWhiteSpace(filter.Product))
        {
            var productId = db.Products.Where(p => p.Slug == filter.Product).Select(p => p.Id);
            rows = rows.Where(x => db.AdvocateTopics.Any(t => t.MemberId == x.m.Id && t.Kind == TopicKind.Product && productId.Contains(t.TopicId)));
        }
        if (!string.IsNullOrWhiteSpace(filter.Tag))
        {
            var tagName = filter.Tag.Trim().ToLowerInvariant();
            var tagId = db.Tags.Where(t => t.Name == tagName).Select(t => t.Id);
            rows = rows.Where(x => db.AdvocateTopics.Any(t => t.MemberId == x.m.Id && t.Kind == TopicKind.Tag && tagId.Contains(t.TopicId)));
        }
        if (filter.Level is { } level && advocacy.Value.Ladder.FirstOrDefault(l => l.Number == level) is { } rung)
        {
            var next = advocacy.Value.Ladder.FirstOrDefault(l => l.Reputation > rung.Reputation)?.Reputation ?? int.MaxValue;
            rows = rows.Where(x => x.m.Reputation >= rung.Reputation && x.m.Reputation < next);
        }
        if (filter.Stage is { } stage) rows = rows.Where(x => x.s.Stage == stage);
        if (filter.AtLeastStage is { } lowest) rows = rows.Where(x => x.s.Stage >= lowest);
        if (filter.Trend is { } trend) rows = rows.Where(x => x.s.Trend == trend);
        if (filter.Risk is { } risk) rows = rows.Where(x => x.s.Risk == risk);
        else if (filter.AnyRisk) rows = rows.Where(x => x.s.Risk != ChurnRisk.None);
        if (filter.Segment is { } segment) rows = rows.Where(x => db.SegmentMembers.Any(sm => sm.SegmentId == segment && sm.MemberId == x.m.Id));
        if (filter.Moved is { } moved)
        {
            var since = clock.GetUtcNow().UtcDateTime.AddDays(-Math.Clamp(filter.Days ?? 30, 1, 3650));
            var changes = db.StageChanges.Where(c => c.At >= since && c.From != null);
            rows = moved switch
            {
                "up" => rows.Where(x => changes.Any(c => c.MemberId == x.m.Id && c.To > c.From)),
                "down" => rows.Where(x => changes.Any(c => c.MemberId == x.m.Id && c.To < c.From)),
                "lost" => rows.Where(x => changes.Any(c => c.MemberId == x.m.Id && c.From >= FanStage.Regular && c.To < FanStage.Regular)),
                "new" => rows.Where(x => x.m.JoinedAt >= since),
                _ => rows,
            };
        }
        rows = filter.Contact switch
        {
            "yes" => rows.Where(x => x.m.AdvocacyContact == true),
            "no" => rows.Where(x => x.m.AdvocacyContact == false),
            "unasked" => rows.Where(x => x.m.AdvocacyContact == null),
            _ => rows,
        };
        rows = filter.Sort switch
        {
            "rising" => rows.OrderByDescending(x => x.s.Momentum).ThenByDescending(x => x.s.Score),
            "newest" => rows.OrderByDescending(x => x.m.JoinedAt),
            "value" => rows.OrderByDescending(x => x.m.Reputation).ThenBy(x => x.m.Id),
            _ => rows.OrderByDescending(x => x.s.Score).ThenBy(x => x.m.Id),
        };
        return rows.Select(x => new AdvocateRow(
            x.m.Id, x.m.DisplayName, x.m.AvatarId, x.m.Reputation, x.m.JoinedAt, x.s.Score, x.s.PartsJson, x.s.WeeklyJson, x.s.Trend, x.s.Momentum,
            x.s.Stage, x.m.AdvocacyContact, x.s.AcceptedAnswers, x.s.LastActiveAt, x.s.Risk, x.s.UsualGapDays, x.s.SilentDays, x.s.DropPercent));
    }

    public const int ExportMax = 10_000;

    public async Task<IReadOnlyList<AdvocateExportRow>> ExportAsync(AdvocateFilter filter, CancellationToken ct)
    {
        var rows = await Query(filter).Take(ExportMax).ToListAsync(ct);
        return rows.Select(r => new AdvocateExportRow(
            r.MemberId, r.DisplayName, r.Score,
            string.Join("; ", StandingViews.Parts(r.PartsJson).Select(p => $"{p.Kind} {p.Count} = {p.Points.ToString(System.Globalization.CultureInfo.InvariantCulture)}")),
            r.Trend.ToString(), r.Momentum, r.Stage.ToString(), r.Reputation, r.AcceptedAnswers,
            r.Contact switch { true => "yes", false => "no", null => "unasked" }, r.LastActiveAt, r.Risk.ToString(), r.JoinedAt)).ToList();
    }

    public async Task<(IReadOnlyList<AdvocateRow> Rows, int Total)> PageAsync(AdvocateFilter filter, int page, CancellationToken ct)
    {
        var query = Query(filter);
        var total = await query.CountAsync(ct);
        var rows = await query.Skip((Math.Max(1, page) - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        return (rows, total);
    }
}
