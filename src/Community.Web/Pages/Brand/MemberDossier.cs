using Community.Core.Advocacy;
using Community.Core.Data;
using Community.Core.Moderation;
using Community.Core.Reputation;
using Microsoft.EntityFrameworkCore;

namespace Community.Web.Pages.Brand;

/// <summary>Everything the brand team may know about one member — only what they did in the community — for /brand/members/{id}.</summary>
public sealed class MemberDossier(CommunityDbContext db)
{
    public sealed record Counts(int Questions, int Answers, int Accepted, int Comments, int Reviews, int Ideas, int DistinctUpvoters, int UpheldFlags);

    public sealed record Post(string Kind, string Title, string Url, DateTime At);

    public sealed record Note(string Author, string Text, DateTime At);

    public sealed record Outreach(ReengagementKind Kind, string By, DateTime At, DateTime? ReturnedAt, bool Settled);

    public sealed record View(
        int Id, string DisplayName, Guid? AvatarId, int Reputation, DateTime JoinedAt, bool? Contact, string? Manager, AdvocateStanding? Standing,
        Counts Counts, IReadOnlyList<StageChange> Stages, IReadOnlyList<string> Badges, IReadOnlyList<string> Spaces, IReadOnlyList<(int Id, string Name)> Segments,
        IReadOnlyList<Note> Notes, IReadOnlyList<Outreach> Outreaches, IReadOnlyList<Post> Recent);

    public async Task<View?> LoadAsync(int id, CancellationToken ct)
    {
        var member = await db.Users.AsNoTracking().Where(m => m.Id == id)
            .Select(m => new { m.Id, m.DisplayName, m.AvatarId, m.Reputation, m.JoinedAt, m.AdvocacyContact, Manager = db.Users.Where(x => x.Id == m.ManagerId).Select(x => x.DisplayName).FirstOrDefault() })
            .SingleOrDefaultAsync(ct);
        if (member is null) return null;
        var standing = await db.AdvocateStandings.AsNoTracking().SingleOrDefaultAsync(s => s.MemberId == id, ct);
        var stages = await db.StageChanges.AsNoTracking().Where(c => c.MemberId == id).OrderByDescending(c => c.At).ThenByDescending(c => c.Id).Take(50).ToListAsync(ct);
        var badges = await db.MemberBadges.AsNoTracking().Where(b => b.MemberId == id).OrderByDescending(b => b.AwardedAt).Select(b => b.BadgeKey).ToListAsync(ct);
        var spaces = await db.SpaceMembers.AsNoTracking().Where(s => s.MemberId == id).Join(db.Spaces, s => s.SpaceId, s => s.Id, (_, s) => s.Name).ToListAsync(ct);
        var segments = await db.SegmentMembers.AsNoTracking().Where(s => s.MemberId == id).Join(db.Segments, s => s.SegmentId, s => s.Id, (_, s) => new { s.Id, s.Name }).ToListAsync(ct);
        var notes = await db.MemberNotes.AsNoTracking().Where(n => n.MemberId == id).OrderByDescending(n => n.CreatedAt).Take(20)
            .Join(db.Users, n => n.AuthorId, u => u.Id, (n, u) => new Note(u.DisplayName, n.Text, n.CreatedAt)).ToListAsync(ct);
        var outreaches = await db.Reengagements.AsNoTracking().Where(r => r.MemberId == id).OrderByDescending(r => r.At).Take(20)
            .Join(db.Users, r => r.ById, u => u.Id, (r, u) => new Outreach(r.Kind, u.DisplayName, r.At, r.ReturnedAt, r.Settled)).ToListAsync(ct);
        return new View(member.Id, member.DisplayName, member.AvatarId, member.Reputation, member.JoinedAt, member.AdvocacyContact, member.Manager, standing,
            await CountsAsync(id, ct), stages, badges, spaces, segments.Select(s => (s.Id, s.Name)).ToList(), notes, outreaches, await RecentAsync(id, ct));
    }

    private async Task<Counts> CountsAsync(int id, CancellationToken ct)
    {
        var questions = db.Questions.IgnoreQueryFilters().Where(q => q.AuthorId == id && !q.IsDeleted);
        var answers = db.Answers.IgnoreQueryFilters().Where(a => a.AuthorId == id && !a.IsDeleted);
        var upvoters = await db.ReputationEntries.Where(e => e.MemberId == id && (e.Reason == ReputationReason.QuestionUpvoted || e.Reason == ReputationReason.AnswerUpvoted)
                && e.ReversesEntryId == null && !db.ReputationEntries.Any(r => r.ReversesEntryId == e.Id))
            .Select(e => e.ActorId).Distinct().CountAsync(ct);
        var upheld = await db.Flags.CountAsync(f => f.Outcome == FlagOutcomes.Helpful
            && ((f.TargetKind == FlagTargets.Question && questions.Any(q => q.Id == f.TargetId))
                || (f.TargetKind == FlagTargets.Answer && answers.Any(a => a.Id == f.TargetId))
                || (f.TargetKind == FlagTargets.Member && f.TargetId == id)), ct);
        return new Counts(
            await questions.CountAsync(ct), await answers.CountAsync(ct), await answers.CountAsync(a => a.Question!.AcceptedAnswerId == a.Id, ct),
            await db.Comments.IgnoreQueryFilters().CountAsync(c => c.AuthorId == id, ct), await db.Reviews.CountAsync(r => r.AuthorId == id && !r.IsDeleted, ct),
            await db.Ideas.CountAsync(i => i.AuthorId == id && !i.IsDeleted, ct), upvoters, upheld);
    }

    /// <summary>The latest questions and answers, private spaces included (the brand team sees every space).</summary>
    private async Task<IReadOnlyList<Post>> RecentAsync(int id, CancellationToken ct)
    {
        var questions = await db.Questions.IgnoreQueryFilters().AsNoTracking().Where(q => q.AuthorId == id && !q.IsDeleted).OrderByDescending(q => q.CreatedAt).Take(10)
            .Select(q => new Post("question", q.Title, "/questions/" + q.Id + "/" + q.Slug, q.CreatedAt)).ToListAsync(ct);
        var answers = await db.Answers.IgnoreQueryFilters().AsNoTracking().Where(a => a.AuthorId == id && !a.IsDeleted).OrderByDescending(a => a.CreatedAt).Take(10)
            .Select(a => new Post(a.Question!.AcceptedAnswerId == a.Id ? "accepted" : "answer", a.Question.Title, "/questions/" + a.QuestionId + "/" + a.Question.Slug + "#answer-" + a.Id, a.CreatedAt))
            .ToListAsync(ct);
        return questions.Concat(answers).OrderByDescending(p => p.At).Take(10).ToList();
    }
}
