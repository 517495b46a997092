using Community.Core.Advocacy;
using Community.Core.Data;
using Community.Core.Members;
using Microsoft.EntityFrameworkCore;

namespace Community.Web.Pages.Brand;

/// <summary>The fan ladder in numbers: members per stage now, and the recorded moves between stages over a window.</summary>
public sealed class LadderFigures(CommunityDbContext db, TimeProvider clock)
{
    public static readonly int[] Windows = [7, 30, 90];

    /// <param name="UpInto">Members who moved up into this stage within the window; <paramref name="DownInto"/> likewise down.</param>
    public sealed record StageRow(FanStage Stage, int Members, int UpInto, int DownInto);

    public sealed record Figures(int Days, long Visitors, IReadOnlyList<StageRow> Stages, int Up, int Down, int New, int Lost);

    public async Task<Figures> LoadAsync(int days, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var since = now.AddDays(-days);
        var staffRoles = db.Roles.Where(r => Roles.Staff.Contains(r.Name!)).Select(r => r.Id);
        var standings = db.AdvocateStandings.Where(s => !db.UserRoles.Any(ur => ur.UserId == s.MemberId && staffRoles.Contains(ur.RoleId)));
        var perStage = await standings.GroupBy(s => s.Stage).Select(g => new { Stage = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Stage, g => g.Count, ct);
        var moves = await db.StageChanges.Where(c => c.At >= since && c.From != null)
            .GroupBy(c => new { c.From, c.To }).Select(g => new { g.Key.From, g.Key.To, Count = g.Count() }).ToListAsync(ct);
        var joined = await db.Users.CountAsync(m => m.JoinedAt >= since, ct);
        var sinceDay = DateOnly.FromDateTime(since);
        var visitors = await db.AnonymousVisitDays.Where(v => v.Day > sinceDay).SumAsync(v => (long)v.Sessions, ct);

        var rows = Enum.GetValues<FanStage>().Where(s => s != FanStage.Visitor)
            .Select(stage => new StageRow(stage, perStage.GetValueOrDefault(stage),
                moves.Where(m => m.To == stage && m.To > m.From).Sum(m => m.Count), moves.Where(m => m.To == stage && m.To < m.From).Sum(m => m.Count)))
            .ToList();
        return new Figures(days, visitors, rows,
            moves.Where(m => m.To > m.From).Sum(m => m.Count), moves.Where(m => m.To < m.From).Sum(m => m.Count), joined,
            moves.Where(m => m.From >= FanStage.Regular && m.To < FanStage.Regular).Sum(m => m.Count));
    }
}
