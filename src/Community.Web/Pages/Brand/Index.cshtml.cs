using Community.Core.Advocacy;
using Community.Core.Data;
using Community.Core.Members;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Community.Web.Pages.Brand;

/// <summary>
/// The brand team's start: the month in four figures, who leads and who rises, the posts of the members this person
/// manages (newest first — dedicated personal assistance), and the segments built so far.
/// </summary>
[Authorize(Roles = $"{Roles.BrandTeam},{Roles.Admin}")]
public class IndexModel(CommunityDbContext db, AdvocateFinder finder) : PageModel
{
    public sealed record ManagedPost(int MemberId, string MemberName, string Title, string Url, DateTime At);

    public sealed record SegmentLine(int Id, string Name, int Members);

    public int Advocates { get; private set; }
    public int Rising { get; private set; }
    public int AtRisk { get; private set; }
    public IReadOnlyList<AdvocateRow> Leaders { get; private set; } = [];
    public IReadOnlyList<AdvocateRow> Risers { get; private set; } = [];
    public IReadOnlyList<ManagedPost> MyMembersPosts { get; private set; } = [];
    public int MyMembers { get; private set; }
    public IReadOnlyList<SegmentLine> Segments { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Advocates = await finder.Query(new AdvocateFilter { AtLeastStage = FanStage.Advocate }).CountAsync(ct);
        Rising = await finder.Query(new AdvocateFilter { Trend = AdvocateTrend.Rising }).CountAsync(ct);
        AtRisk = await finder.Query(new AdvocateFilter { AnyRisk = true }).CountAsync(ct);
        Leaders = await finder.Query(new AdvocateFilter()).Take(5).ToListAsync(ct);
        Risers = await finder.Query(new AdvocateFilter { Sort = "rising", Trend = AdvocateTrend.Rising }).Take(5).ToListAsync(ct);
        var me = User.Id()!.Value;
        var mine = db.Users.Where(m => m.ManagerId == me).Select(m => m.Id);
        MyMembers = await mine.CountAsync(ct);
        var questions = await db.Questions.AsNoTracking().Where(q => mine.Contains(q.AuthorId) && !q.IsDeleted).OrderByDescending(q => q.CreatedAt).Take(10)
            .Select(q => new ManagedPost(q.AuthorId, q.Author!.DisplayName, q.Title, "/questions/" + q.Id + "/" + q.Slug, q.CreatedAt)).ToListAsync(ct);
        var answers = await db.Answers.AsNoTracking().Where(a => mine.Contains(a.AuthorId) && !a.IsDeleted).OrderByDescending(a => a.CreatedAt).Take(10)
            .Select(a => new ManagedPost(a.AuthorId, a.Author!.DisplayName, a.Question!.Title, "/questions/" + a.QuestionId + "/" + a.Question.Slug + "#answer-" + a.Id, a.CreatedAt)).ToListAsync(ct);
        MyMembersPosts = questions.Concat(answers).OrderByDescending(p => p.At).Take(10).ToList();
        Segments = await db.Segments.AsNoTracking().OrderBy(s => s.Name)
            .Select(s => new SegmentLine(s.Id, s.Name, db.SegmentMembers.Count(m => m.SegmentId == s.Id))).ToListAsync(ct);
    }
}
