using Community.Core.Data;
using Community.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Community.Tests.Core.Data;

/// <summary>
/// Writers wait for their turn in memory (<see cref="WriteQueue"/>): many members answering at once all get their answer
/// saved, and a transaction that ends any way — even abandoned by an exception — lets the next writer in at once.
/// </summary>
public class WriteQueueTests(CommunityFactory factory) : IClassFixture<CommunityFactory>
{
    private readonly Scenario _scenario = new(factory);

    [Fact]
    public async Task Forty_members_answering_at_once_each_get_their_answer_saved()
    {
        var asker = await _scenario.MemberAsync("동시 답변 질문자", reputation: 500);
        var question = await _scenario.AskAsync(asker);
        var members = new List<int>();
        for (var i = 0; i < 40; i++) members.Add(await _scenario.MemberAsync($"동시 답변자 {i}", reputation: 500));

        var answers = await Task.WhenAll(members.Select(member => Task.Run(() => _scenario.AnswerAsync(question, member))));

        Assert.Equal(40, answers.Distinct().Count());
        var saved = await factory.WithDbAsync(db => db.Answers.Where(a => a.QuestionId == question).Select(a => a.Id).ToListAsync());
        Assert.Equal(answers.Order(), saved.Order());
        Assert.Equal(40, await factory.WithDbAsync(db => db.Questions.Where(q => q.Id == question).Select(q => q.AnswerCount).SingleAsync()));
    }

    [Fact]
    public async Task A_transaction_abandoned_without_commit_or_rollback_lets_the_next_writer_in_at_once()
    {
        var member = await _scenario.MemberAsync("버려진 쓰기 회원");
        await using var abandoning = factory.Services.CreateAsyncScope();
        var db = abandoning.ServiceProvider.GetRequiredService<CommunityDbContext>();
        await using (await db.Database.BeginTransactionAsync())
        {
            var row = await db.Users.SingleAsync(m => m.Id == member);
            row.Reputation = 77;
            await db.SaveChangesAsync();
            // An exception here leaves the block without a commit; the scope (a request) lives on.
        }

        // Another request's write must not wait for the abandoned one's scope to end (it would wait 30 s, then fail).
        var other = await _scenario.MemberAsync("다음 쓰기 회원")
            .WaitAsync(TimeSpan.FromSeconds(10));

        Assert.True(other > member);
        Assert.Equal(1, await factory.WithDbAsync(d => d.Users.Where(m => m.Id == member).Select(m => m.Reputation).SingleAsync()));
    }

    [SqliteOnlyFact("the write queue is SQLite's; PostgreSQL takes row locks")]
    public async Task A_save_outside_any_transaction_waits_its_turn_in_memory_and_is_stored_when_the_writer_before_it_commits()
    {
        var writer = await _scenario.MemberAsync("먼저 쓰는 회원");
        var notified = await _scenario.MemberAsync("알림 받을 회원");
        var queue = factory.Services.GetRequiredService<WriteQueue>();

        await using var first = factory.Services.CreateAsyncScope();
        var firstDb = first.ServiceProvider.GetRequiredService<CommunityDbContext>();
        var transaction = await firstDb.Database.BeginTransactionAsync();
        (await firstDb.Users.SingleAsync(m => m.Id == writer)).Reputation = 321;
        await firstDb.SaveChangesAsync();

        // One statement, no transaction: the kind of save a notification after an answer's commit makes.
        await using var second = factory.Services.CreateAsyncScope();
        var secondDb = second.ServiceProvider.GetRequiredService<CommunityDbContext>();
        secondDb.Notifications.Add(new Community.Core.Notifications.Notification
        {
            MemberId = notified, Kind = "NewAnswer", Argument = "줄 선 알림", Url = "/questions/1", CreatedAt = DateTime.UtcNow,
        });
        var saving = secondDb.SaveChangesAsync();

        // Left to SQLite it would sit in the busy handler on a blocked thread, invisible to the queue.
        await Eventually.TrueAsync(() => Task.FromResult(queue.Waiting == 1), TimeSpan.FromSeconds(10),
            () => $"writers waiting in the queue: {queue.Waiting}, the save {(saving.IsCompleted ? "already finished" : "still running")}");
        Assert.False(saving.IsCompleted);

        await transaction.CommitAsync();
        await transaction.DisposeAsync();
        Assert.Equal(1, await saving.WaitAsync(TimeSpan.FromSeconds(10)));

        Assert.Equal(321, await factory.WithDbAsync(db => db.Users.Where(m => m.Id == writer).Select(m => m.Reputation).SingleAsync()));
        Assert.Equal(["줄 선 알림"], await factory.WithDbAsync(db => db.Notifications.Where(n => n.MemberId == notified).Select(n => n.Argument).ToListAsync()));
    }
}
