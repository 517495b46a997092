using Community.Core.Data;
using Community.Core.Members;
using Community.Core.Moderation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Community.Web.Pages.Moderation;

/// <summary>Open flags grouped by what they flag, heaviest first (weights carry each flagger's track record).</summary>
[Authorize(Roles = $"{Roles.Moderator},{Roles.Admin}")]
public class FlagsModel(CommunityDbContext db) : PageModel
{
    public sealed record FlagLine(string Reason, string? Text, int? DuplicateOfId, string FlaggerName, int FlaggerId, double Weight, DateTime At);

    public sealed record Target(string Kind, int Id, double Weight, IReadOnlyList<FlagLine> Flags, string Title, string Excerpt, string Url, string AuthorName, int AuthorId, string? HiddenReason);

    public IReadOnlyList<Target> Targets { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var open = await db.Flags.AsNoTracking().Where(f => f.Outcome == null)
            .Join(db.Users, f => f.FlaggerId, m => m.Id, (f, m) => new { f.TargetKind, f.TargetId, f.Reason, f.Text, f.DuplicateOfId, m.DisplayName, f.FlaggerId, f.Weight, f.CreatedAt })
            .ToListAsync(ct);
        var groups = open.GroupBy(f => (f.TargetKind, f.TargetId))
            .Select(g => (g.Key, Weight: g.Sum(f => f.Weight), Flags: g.OrderByDescending(f => f.Weight).Select(f => new FlagLine(f.Reason, f.Text, f.DuplicateOfId, f.DisplayName, f.FlaggerId, f.Weight, f.CreatedAt)).ToList()))
            .OrderByDescending(g => g.Weight).Take(100).ToList();
        var questionIds = groups.Where(g => g.Key.TargetKind == FlagTargets.Question).Select(g => g.Key.TargetId).ToList();
        var answerIds = groups.Where(g => g.Key.TargetKind == FlagTargets.Answer).Select(g => g.Key.TargetId).ToList();
        var memberIds = groups.Where(g => g.Key.TargetKind == FlagTargets.Member).Select(g => g.Key.TargetId).ToList();
        var questions = await db.Questions.AsNoTracking().IgnoreQueryFilters().Where(q => questionIds.Contains(q.Id))
            .Select(q => new { q.Id, q.Title, q.BodyText, q.AuthorId, q.Author!.DisplayName, Hidden = q.IsDeleted ? q.HiddenReason : null }).ToDictionaryAsync(q => q.Id, ct);
        var answers = await db.Answers.AsNoTracking().IgnoreQueryFilters().Where(a => answerIds.Contains(a.Id))
            .Select(a => new { a.Id, a.QuestionId, a.Question!.Title, a.BodyMarkdown, a.AuthorId, a.Author!.DisplayName, Hidden = a.IsDeleted ? a.HiddenReason : null }).ToDictionaryAsync(a => a.Id, ct);
        var members = await db.Users.AsNoTracking().Where(m => memberIds.Contains(m.Id)).Select(m => new { m.Id, m.DisplayName }).ToDictionaryAsync(m => m.Id, ct);

        Targets = groups.Select(g => g.Key.TargetKind switch
        {
            FlagTargets.Question when questions.TryGetValue(g.Key.TargetId, out var q) =>
                new Target(g.Key.TargetKind, q.Id, g.Weight, g.Flags, q.Title, Clip(q.BodyText), $"/questions/{q.Id}", q.DisplayName, q.AuthorId, q.Hidden),
            FlagTargets.Answer when answers.TryGetValue(g.Key.TargetId, out var a) =>
                new Target(g.Key.TargetKind, a.Id, g.Weight, g.Flags, a.Title, Clip(a.BodyMarkdown), $"/questions/{a.QuestionId}#answer-{a.Id}", a.DisplayName, a.AuthorId, a.Hidden),
            FlagTargets.Member when members.TryGetValue(g.Key.TargetId, out var m) =>
                new Target(g.Key.TargetKind, m.Id, g.Weight, g.Flags, m.DisplayName, "", $"/users/{m.Id}", m.DisplayName, m.Id, null),
            _ => null,
        }).OfType<Target>().ToList();
    }

    private static string Clip(string text) => text.Length > 300 ? text[..300] + "…" : text;
}
