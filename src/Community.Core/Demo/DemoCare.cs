using Community.Core.Badges;
using Community.Core.BrandTeam;
using Community.Core.Data;
using Community.Core.Members;
using Microsoft.EntityFrameworkCore;

namespace Community.Core.Demo;

/// <summary>
/// The history the brand pages read, for the demo: a visit on every day a member posted or voted in the last half year,
/// visiting habits on top (regulars every few days, others now and then), one regular who went quiet five weeks ago
/// (so "at risk" has someone real to show), contact choices, and a regular looked after by the brand team.
/// </summary>
public static class DemoCare
{
    private const int HistoryDays = 180;

    /// <param name="regulars">The members who carry the forum; <paramref name="brandTeam"/> manages the first; the last went quiet at <paramref name="quietSince"/>.</param>
    public static async Task AddAsync(CommunityDbContext db, IReadOnlyList<Member> regulars, Member brandTeam, DateTime quietSince, DateTime now, Random random, CancellationToken ct)
    {
        var since = now.AddDays(-HistoryDays);
        var today = DateOnly.FromDateTime(now);
        var quiet = regulars[^1].Id;
        var days = new HashSet<(int, DateOnly)>();
        void Saw(int member, DateTime at)
        {
            // The quiet regular left: nothing of theirs, not even a visit, after that.
            if (member == quiet && at >= quietSince) return;
            if (at >= since && at <= now) days.Add((member, DateOnly.FromDateTime(at)));
        }

        foreach (var q in await db.Questions.IgnoreQueryFilters().Where(q => q.CreatedAt >= since).Select(q => new { q.AuthorId, q.CreatedAt }).ToListAsync(ct)) Saw(q.AuthorId, q.CreatedAt);
        foreach (var a in await db.Answers.IgnoreQueryFilters().Where(a => a.CreatedAt >= since).Select(a => new { a.AuthorId, a.CreatedAt }).ToListAsync(ct)) Saw(a.AuthorId, a.CreatedAt);
        foreach (var c in await db.Comments.IgnoreQueryFilters().Where(c => c.CreatedAt >= since).Select(c => new { c.AuthorId, c.CreatedAt }).ToListAsync(ct)) Saw(c.AuthorId, c.CreatedAt);
        foreach (var v in await db.Votes.Where(v => v.CreatedAt >= since).Select(v => new { v.VoterId, v.CreatedAt }).ToListAsync(ct)) Saw(v.VoterId, v.CreatedAt);
        foreach (var member in regulars)
            for (var day = now.AddDays(-HistoryDays); day <= now; day = day.AddDays(random.Next(2, 5))) Saw(member.Id, day);
        db.MemberVisits.AddRange(days.Where(d => d.Item2 <= today).Select(d => new MemberVisit { MemberId = d.Item1, Day = d.Item2 }));

        for (var i = 0; i < regulars.Count; i++) regulars[i].ChooseAdvocacyContact(i != 1);
        regulars[0].ManagerId = brandTeam.Id;
        db.BrandMessages.Add(new BrandMessage
        {
            MemberId = regulars[0].Id, SenderId = brandTeam.Id, SentAt = now.AddDays(-3),
            Text = "이번 달에도 새 회원 질문에 가장 먼저 답해 주셔서 고마워요. 다음 펌웨어 베타에 먼저 초대하고 싶어요!",
        });
        await db.SaveChangesAsync(ct);
    }
}
