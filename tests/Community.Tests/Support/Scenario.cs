using Community.Core.Content;
using Community.Core.Data;
using Community.Core.Members;
using Community.Core.Questions;
using Community.Core.Reputation;
using Community.Core.Voting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Community.Tests.Support;

/// <summary>Drives Core use cases directly (each call in its own scope, as a request would) for ledger-heavy tests.</summary>
public sealed class Scenario(CommunityFactory factory)
{
    public async Task<int> MemberAsync(string name, int reputation = 1)
    {
        var unique = $"{name} {Guid.NewGuid().ToString("N")[..6]}";
        return await factory.WithDbAsync(async db =>
        {
            var member = new Member
            {
                UserName = $"{Guid.NewGuid():N}@scenario.example", Email = $"{Guid.NewGuid():N}@scenario.example", DisplayName = unique,
                DisplayNameSkeleton = DisplayNamePolicy.Skeleton(unique), Reputation = reputation, SecurityStamp = Guid.NewGuid().ToString(),
                JoinedAt = DateTime.UtcNow,
            };
            db.Users.Add(member);
            await db.SaveChangesAsync();
            if (reputation > 1)
            {
                // Starting reputation is itself a ledger entry, so recompute checks stay exact.
                db.ReputationEntries.Add(new ReputationEntry
                {
                    MemberId = member.Id, Reason = ReputationReason.Adjustment, Reputation = reputation - 1, Source = "test:start", CreatedAt = DateTime.UtcNow,
                });
                await db.SaveChangesAsync();
            }
            return member.Id;
        });
    }

    public Task<T> RunAsync<T, TUseCase>(Func<TUseCase, Task<T>> action) where TUseCase : notnull => Scoped(s => action(s.GetRequiredService<TUseCase>()));

    public Task<int> AskAsync(int authorId) => RunAsync<int, AskQuestion>(async ask =>
        (await ask.ExecuteAsync(new AskQuestionInput("A question for the ledger tests", "A body long enough for the ledger tests to pass.", "ledger", null, Guid.NewGuid()), authorId)).Id);

    public Task<int> AnswerAsync(int questionId, int authorId) => RunAsync<int, PostAnswer>(async post =>
        (await post.ExecuteAsync(questionId, "An answer long enough for the ledger tests to pass.", Guid.NewGuid(), authorId)).Id);

    public Task<VoteResult> VoteAsync(PostKind kind, int postId, VoteDirection direction, int voterId) =>
        RunAsync<VoteResult, CastVote>(vote => vote.ExecuteAsync(kind, postId, direction, voterId));

    public Task<int?> AcceptAsync(int answerId, int byMemberId) => RunAsync<int?, AcceptAnswer>(accept => accept.ExecuteAsync(answerId, byMemberId));

    public Task<(int Reputation, int Points)> BalancesAsync(int memberId) =>
        factory.WithDbAsync(db => db.Users.Where(m => m.Id == memberId).Select(m => ValueTuple.Create(m.Reputation, m.Points)).SingleAsync());

    private async Task<T> Scoped<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }
}
