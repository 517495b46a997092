using Community.Core;
using Community.Core.Content;
using Community.Core.Reputation;
using Community.Core.Voting;
using Community.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Community.Tests.Web.Reputation;

public class ReputationLedgerTests(CommunityFactory factory) : IClassFixture<CommunityFactory>
{
    private readonly Scenario _scenario = new(factory);

    [Fact]
    public async Task An_upvote_gives_ten_and_retracting_it_gives_back_exactly_that()
    {
        var author = await _scenario.MemberAsync("Upvoted author");
        var voter = await _scenario.MemberAsync("Upvoter", reputation: 200);
        var questionId = await _scenario.AskAsync(author);
        var answerId = await _scenario.AnswerAsync(questionId, author);

        await _scenario.VoteAsync(PostKind.Answer, answerId, VoteDirection.Up, voter);
        Assert.Equal((11, 10), await _scenario.BalancesAsync(author));

        await _scenario.VoteAsync(PostKind.Answer, answerId, VoteDirection.None, voter);
        Assert.Equal((1, 0), await _scenario.BalancesAsync(author));
        var entries = await factory.WithDbAsync(db => db.ReputationEntries.Where(e => e.MemberId == author).OrderBy(e => e.Id).ToListAsync());
        Assert.Equal([10, -10], entries.Select(e => e.Reputation));
        Assert.Equal(entries[0].Id, entries[1].ReversesEntryId);
    }

    [Fact]
    public async Task A_downvote_on_an_answer_costs_the_author_two_and_the_voter_one_and_changing_it_reverses_both()
    {
        var author = await _scenario.MemberAsync("Downvoted author", reputation: 50);
        var voter = await _scenario.MemberAsync("Downvoter", reputation: 200);
        var questionId = await _scenario.AskAsync(await _scenario.MemberAsync("Downvote asker"));
        var answerId = await _scenario.AnswerAsync(questionId, author);

        await _scenario.VoteAsync(PostKind.Answer, answerId, VoteDirection.Down, voter);
        Assert.Equal(48, (await _scenario.BalancesAsync(author)).Reputation);
        Assert.Equal(199, (await _scenario.BalancesAsync(voter)).Reputation);

        await _scenario.VoteAsync(PostKind.Answer, answerId, VoteDirection.Up, voter);
        Assert.Equal(60, (await _scenario.BalancesAsync(author)).Reputation);
        Assert.Equal(200, (await _scenario.BalancesAsync(voter)).Reputation);
    }

    [Fact]
    public async Task Accepting_gives_fifteen_and_two_and_changing_the_choice_moves_them()
    {
        var asker = await _scenario.MemberAsync("Accepting asker");
        var first = await _scenario.MemberAsync("First answerer");
        var second = await _scenario.MemberAsync("Second answerer");
        var questionId = await _scenario.AskAsync(asker);
        var firstAnswer = await _scenario.AnswerAsync(questionId, first);
        var secondAnswer = await _scenario.AnswerAsync(questionId, second);

        await _scenario.AcceptAsync(firstAnswer, asker);
        Assert.Equal(16, (await _scenario.BalancesAsync(first)).Reputation);
        Assert.Equal(3, (await _scenario.BalancesAsync(asker)).Reputation);

        await _scenario.AcceptAsync(secondAnswer, asker);
        Assert.Equal(1, (await _scenario.BalancesAsync(first)).Reputation);
        Assert.Equal(16, (await _scenario.BalancesAsync(second)).Reputation);
        Assert.Equal(3, (await _scenario.BalancesAsync(asker)).Reputation);

        await _scenario.AcceptAsync(secondAnswer, asker);
        Assert.Equal(1, (await _scenario.BalancesAsync(second)).Reputation);
        Assert.Equal(1, (await _scenario.BalancesAsync(asker)).Reputation);
    }

    [Fact]
    public async Task Accepting_ones_own_answer_gives_nothing()
    {
        var asker = await _scenario.MemberAsync("Self accepter");
        var questionId = await _scenario.AskAsync(asker);
        var ownAnswer = await _scenario.AnswerAsync(questionId, asker);

        await _scenario.AcceptAsync(ownAnswer, asker);

        Assert.Equal((1, 0), await _scenario.BalancesAsync(asker));
    }

    [Fact]
    public async Task Reputation_never_drops_below_one_and_a_reversal_undoes_only_what_was_applied()
    {
        var author = await _scenario.MemberAsync("Floor author");
        var voter = await _scenario.MemberAsync("Floor voter", reputation: 200);
        var questionId = await _scenario.AskAsync(author);

        await _scenario.VoteAsync(PostKind.Question, questionId, VoteDirection.Down, voter);
        Assert.Equal(1, (await _scenario.BalancesAsync(author)).Reputation);

        await _scenario.VoteAsync(PostKind.Question, questionId, VoteDirection.None, voter);
        Assert.Equal(1, (await _scenario.BalancesAsync(author)).Reputation);
    }

    [Fact]
    public async Task Deleting_an_answer_reverses_its_votes_and_acceptance()
    {
        var asker = await _scenario.MemberAsync("Deletion asker");
        var author = await _scenario.MemberAsync("Deleting answerer");
        var voter = await _scenario.MemberAsync("Deletion voter", reputation: 200);
        var questionId = await _scenario.AskAsync(asker);
        var answerId = await _scenario.AnswerAsync(questionId, author);
        await _scenario.VoteAsync(PostKind.Answer, answerId, VoteDirection.Up, voter);
        await _scenario.AcceptAsync(answerId, asker);
        Assert.Equal(26, (await _scenario.BalancesAsync(author)).Reputation);

        await _scenario.RunAsync<int, Community.Core.Questions.DeletePost>(delete => delete.DeleteAnswerAsync(answerId, author));

        Assert.Equal((1, 0), await _scenario.BalancesAsync(author));
        Assert.Equal((1, 0), await _scenario.BalancesAsync(asker));
    }

    [Fact]
    public async Task Members_below_the_threshold_cannot_vote()
    {
        var strictFactory = new DefaultRulesFactory();
        var strict = new Scenario(strictFactory);
        var author = await strict.MemberAsync("Strict author");
        var newcomer = await strict.MemberAsync("Newcomer");
        var questionId = await strict.AskAsync(author);

        var refusal = await Assert.ThrowsAsync<DomainException>(() => strict.VoteAsync(PostKind.Question, questionId, VoteDirection.Up, newcomer));

        Assert.Equal("NeedsPrivilegeUpvote", refusal.MessageKey);
        Assert.Equal(15, refusal.Arguments.Single());
        Assert.Equal(0, await strictFactory.WithDbAsync(db => db.Votes.CountAsync(v => v.PostId == questionId)));
        strictFactory.Dispose();
    }

    [Fact]
    public async Task A_hundred_simultaneous_identical_votes_make_one_vote_and_one_entry()
    {
        var author = await _scenario.MemberAsync("Raced author");
        var voter = await _scenario.MemberAsync("Racing voter", reputation: 200);
        var questionId = await _scenario.AskAsync(author);

        await Task.WhenAll(Enumerable.Range(0, 100).Select(_ => Task.Run(() => _scenario.VoteAsync(PostKind.Question, questionId, VoteDirection.Up, voter))));

        Assert.Equal(1, await factory.WithDbAsync(db => db.Votes.CountAsync(v => v.PostKind == PostKind.Question && v.PostId == questionId)));
        Assert.Equal(1, await factory.WithDbAsync(db => db.ReputationEntries.CountAsync(e => e.MemberId == author)));
        Assert.Equal(1, await factory.WithDbAsync(db => db.Questions.Where(q => q.Id == questionId).Select(q => q.Score).SingleAsync()));
        Assert.Equal(11, (await _scenario.BalancesAsync(author)).Reputation);
    }

    [Fact]
    public async Task Recomputing_from_the_ledger_matches_stored_totals_after_a_thousand_random_actions()
    {
        var random = new Random(1234);
        var members = new List<int>();
        for (var i = 0; i < 6; i++) members.Add(await _scenario.MemberAsync($"Random member {i}", reputation: random.Next(1, 300)));
        var questions = new List<(int Id, int Asker, List<(int Id, int Author)> Answers)>();
        for (var i = 0; i < 4; i++)
        {
            var asker = members[random.Next(members.Count)];
            var id = await _scenario.AskAsync(asker);
            var answers = new List<(int, int)>();
            foreach (var author in members.Where(m => m != asker).Take(3)) answers.Add((await _scenario.AnswerAsync(id, author), author));
            questions.Add((id, asker, answers));
        }

        for (var action = 0; action < 1000; action++)
        {
            var question = questions[random.Next(questions.Count)];
            var answer = question.Answers[random.Next(question.Answers.Count)];
            var voter = members[random.Next(members.Count)];
            var direction = (VoteDirection)random.Next(-1, 2);
            try
            {
                switch (random.Next(3))
                {
                    case 0: await _scenario.VoteAsync(PostKind.Question, question.Id, direction, voter); break;
                    case 1: await _scenario.VoteAsync(PostKind.Answer, answer.Id, direction, voter); break;
                    default: await _scenario.AcceptAsync(answer.Id, question.Asker); break;
                }
            }
            catch (DomainException)
            {
                // Self-votes and missing privileges are refused; refusals must leave the ledger consistent too.
            }
        }

        var mismatches = await _scenario.RunAsync<IReadOnlyList<TotalsMismatch>, ReputationAudit>(audit => audit.RecomputeAsync(fix: false));
        Assert.Empty(mismatches);
        var reputations = await factory.WithDbAsync(db => db.Users.Where(m => members.Contains(m.Id)).Select(m => m.Reputation).ToListAsync());
        Assert.All(reputations, r => Assert.True(r >= 1));
    }
}

public sealed class DefaultRulesFactory : CommunityFactory
{
    protected override bool RelaxPrivileges => false;
}
