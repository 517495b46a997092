using System.Text.Json;
using Community.Core.Advocacy;
using Community.Core.Content;
using Community.Core.Data;
using Community.Core.Questions;
using Community.Core.Reputation;
using Community.Core.Voting;
using Community.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Community.Tests.Web.Advocacy;

public class AdvocacyRollUpTests(CommunityFactory factory) : IClassFixture<CommunityFactory>
{
    private readonly Scenario _scenario = new(factory);

    private sealed class FixedClock(DateTime now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(now, TimeSpan.Zero);
    }

    /// <summary>The real roll-up over the real database, at a chosen moment.</summary>
    private async Task RollUpAsync(int memberId, DateTime? at = null)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var rules = at is { } now
            ? new AdvocacyRules(services.GetRequiredService<IOptions<AdvocateScoreOptions>>(), services.GetRequiredService<IOptions<FanLadderOptions>>(),
                services.GetRequiredService<IOptions<CareOptions>>(), new FixedClock(now))
            : services.GetRequiredService<AdvocacyRules>();
        var rollUp = new AdvocacyRollUp(services.GetRequiredService<CommunityDbContext>(), services.GetRequiredService<AdvocacySources>(), rules,
            services.GetRequiredService<StandingsToRefresh>());
        await rollUp.RunAsync([memberId]);
    }

    private Task<AdvocateStanding> StandingAsync(int memberId) => factory.WithDbAsync(db => db.AdvocateStandings.AsNoTracking().SingleAsync(s => s.MemberId == memberId));

    private static Dictionary<string, StoredPart> Parts(AdvocateStanding standing) =>
        JsonSerializer.Deserialize<List<StoredPart>>(standing.PartsJson)!.ToDictionary(p => p.Kind);

    [Fact]
    public async Task Acceptances_count_once_per_asker_votes_once_per_voter_and_first_answers_to_newcomers_are_credited()
    {
        var helper = await _scenario.MemberAsync("도우미");
        var friend = await _scenario.MemberAsync("Friend asker");
        var stranger = await _scenario.MemberAsync("Stranger asker");
        var keenVoter = await _scenario.MemberAsync("Keen voter", reputation: 200);
        var otherVoter = await _scenario.MemberAsync("Other voter", reputation: 200);
        var answers = new List<int>();
        foreach (var asker in new[] { friend, friend, friend, stranger })
        {
            var question = await _scenario.AskAsync(asker);
            var answer = await _scenario.AnswerAsync(question, helper);
            await _scenario.AcceptAsync(answer, asker);
            answers.Add(answer);
        }
        foreach (var answer in answers.Take(3)) await _scenario.VoteAsync(PostKind.Answer, answer, VoteDirection.Up, keenVoter);
        await _scenario.VoteAsync(PostKind.Answer, answers[0], VoteDirection.Up, otherVoter);

        await RollUpAsync(helper);

        var standing = await StandingAsync(helper);
        var parts = Parts(standing);
        Assert.Equal(2, parts[nameof(SignalKind.AcceptedForDistinctAsker)].Count);
        Assert.Equal(20, parts[nameof(SignalKind.AcceptedForDistinctAsker)].Points);
        Assert.Equal(2, parts[nameof(SignalKind.DistinctUpvoter)].Count);
        Assert.Equal(2, parts[nameof(SignalKind.FirstAnswerToNewcomer)].Count);
        Assert.Equal(20 + 4 + 16, standing.Score);
        Assert.Equal(AdvocateTrend.Rising, standing.Trend);
        Assert.Equal(2, standing.AcceptedAnswers);
    }

    [Fact]
    public async Task A_vote_taken_back_no_longer_counts()
    {
        var author = await _scenario.MemberAsync("Author");
        var voter = await _scenario.MemberAsync("Changing voter", reputation: 200);
        var question = await _scenario.AskAsync(author);
        await _scenario.VoteAsync(PostKind.Question, question, VoteDirection.Up, voter);
        await _scenario.VoteAsync(PostKind.Question, question, VoteDirection.None, voter);

        await RollUpAsync(author);

        Assert.DoesNotContain(nameof(SignalKind.DistinctUpvoter), Parts(await StandingAsync(author)).Keys);
    }

    [Fact]
    public async Task Over_a_simulated_year_a_member_climbs_the_ladder_and_every_move_is_kept()
    {
        var start = DateTime.UtcNow.Date.AddDays(-400);
        var member = await _scenario.MemberAsync("한 해 회원");
        var askers = new List<int>();
        for (var i = 0; i < 5; i++) askers.Add(await _scenario.MemberAsync($"Asker {i}"));

        await RollUpAsync(member, start.AddDays(1));
        await factory.WithDbAsync(async db =>
        {
            db.Questions.Add(new Question
            {
                Title = "첫 질문", Slug = "first", BodyMarkdown = "본문", BodyHtml = "<p>본문</p>", BodyText = "본문", AuthorId = member,
                CreatedAt = start.AddDays(7), LastActivityAt = start.AddDays(7), SubmissionId = Guid.NewGuid(),
            });
            for (var week = 2; week <= 20; week++) db.MemberVisits.Add(new Community.Core.Badges.MemberVisit { MemberId = member, Day = DateOnly.FromDateTime(start.AddDays(week * 7)) });
            for (var i = 0; i < askers.Count; i++)
                db.ReputationEntries.Add(new ReputationEntry
                {
                    MemberId = member, Reason = ReputationReason.AnswerAccepted, Reputation = 15, Points = 15, Source = $"test:accept:{i}",
                    PostKind = PostKind.Answer, PostId = 1000 + i, ActorId = askers[i], CreatedAt = start.AddDays(140 + i * 7),
                });
            await db.SaveChangesAsync();
            return 0;
        });

        foreach (var day in new[] { 10, 60, 180, 330, 520 }) await RollUpAsync(member, start.AddDays(day));

        var moves = await factory.WithDbAsync(db => db.StageChanges.Where(c => c.MemberId == member).OrderBy(c => c.Id).Select(c => new { c.From, c.To }).ToListAsync());
        Assert.Equal(
            [(null, FanStage.Member), (FanStage.Member, FanStage.Contributor), (FanStage.Contributor, FanStage.Regular), (FanStage.Regular, FanStage.Advocate), (FanStage.Advocate, FanStage.Contributor)],
            moves.Select(m => (m.From, m.To)).ToList());
    }
}
