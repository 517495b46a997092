using Community.Core.Data;
using Community.Core.Notifications;
using Community.Core.Reputation;
using Community.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Community.Tests.Core.Events;

/// <summary>
/// What a use case raises is told only once it is committed: a reputation gain that crosses a level leaves a level-up
/// notification when its transaction commits, and none when it rolls back or is abandoned — even if the same scope
/// writes again afterwards.
/// </summary>
public class AfterCommitDispatchTests(CommunityFactory factory) : IClassFixture<CommunityFactory>
{
    private readonly Scenario _scenario = new(factory);

    private Task<int> LevelUpsAsync(int memberId) =>
        factory.WithDbAsync(db => db.Notifications.CountAsync(n => n.MemberId == memberId && n.Kind == NotificationKinds.LevelReached));

    [Fact]
    public async Task A_committed_gain_is_told_once_and_a_rolled_back_one_never()
    {
        var member = await _scenario.MemberAsync("레벨업 확인 회원");
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CommunityDbContext>();
        var ledger = scope.ServiceProvider.GetRequiredService<ReputationLedger>();

        await using (var rolledBack = await db.Database.BeginTransactionAsync())
        {
            await ledger.PostAsync(member, ReputationReason.Adjustment, "test:rolled-back", new Balances(300, 0));
            await rolledBack.RollbackAsync();
        }
        db.ChangeTracker.Clear();
        Assert.Equal(0, await LevelUpsAsync(member));

        await using (var committed = await db.Database.BeginTransactionAsync())
        {
            await ledger.PostAsync(member, ReputationReason.Adjustment, "test:committed", new Balances(300, 0));
            Assert.Equal(0, await LevelUpsAsync(member));
            await committed.CommitAsync();
        }
        Assert.Equal(1, await LevelUpsAsync(member));
    }

    [Fact]
    public async Task An_abandoned_transaction_leaves_nothing_for_the_next_write_in_the_same_scope_to_announce()
    {
        var member = await _scenario.MemberAsync("버려진 거래 회원");
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CommunityDbContext>();
        var ledger = scope.ServiceProvider.GetRequiredService<ReputationLedger>();

        await using (await db.Database.BeginTransactionAsync())
        {
            // A refusal thrown after this line would leave the transaction undisposed-of without a commit.
            await ledger.PostAsync(member, ReputationReason.Adjustment, "test:abandoned", new Balances(300, 0));
        }
        db.ChangeTracker.Clear();
        await ledger.PostAsync(member, ReputationReason.Adjustment, "test:points-only", new Balances(0, 5));

        Assert.Equal(0, await LevelUpsAsync(member));
        Assert.Equal((1, 5), await _scenario.BalancesAsync(member));
    }

    private Task<int> NewAnswerNoticesAsync(int memberId) =>
        factory.WithDbAsync(db => db.Notifications.CountAsync(n => n.MemberId == memberId && n.Kind == NotificationKinds.NewAnswer));

    [Fact]
    public async Task The_askers_notice_is_recorded_inside_the_answers_transaction_once_and_rolls_back_with_it()
    {
        var asker = await _scenario.MemberAsync("기록 질문자");
        var answerer = await _scenario.MemberAsync("기록 답변자");
        var questionId = await _scenario.AskAsync(asker);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CommunityDbContext>();

        await using (var rolledBack = await db.Database.BeginTransactionAsync())
        {
            db.Events.Raise(new Community.Core.Questions.AnswerPublished(questionId, "롤백될 답변", asker, 1, answerer));
            await rolledBack.RollbackAsync();
        }
        Assert.Equal(0, await NewAnswerNoticesAsync(asker));

        await using (var committed = await db.Database.BeginTransactionAsync())
        {
            db.Events.Raise(new Community.Core.Questions.AnswerPublished(questionId, "커밋될 답변", asker, 2, answerer));
            await committed.CommitAsync();
        }
        // Recorded while committing, inside the transaction: not a second time by the dispatch after it.
        Assert.Equal(1, await NewAnswerNoticesAsync(asker));
    }
}
