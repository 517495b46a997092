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

    /// <summary>Points to spend, as an admin adjustment through the ledger would give them.</summary>
    public Task GivePointsAsync(int memberId, int points) => RunAsync<int, ReputationLedger>(async ledger =>
    {
        await ledger.PostAsync(memberId, ReputationReason.Adjustment, "test:points", new Balances(0, points));
        return points;
    });

    /// <summary>A catalogue item as the brand team's desk adds it (by the bootstrap admin, member 1); returns its id.</summary>
    public async Task<int> RewardAsync(Bilingual name, int cost = 100, int stock = 10, bool digital = false, int minimumLevel = 1) =>
        (await RunAsync<Community.Core.Rewards.RewardItem, Community.Core.Rewards.ManageRewards>(manage =>
            manage.AddAsync(new Community.Core.Rewards.RewardInput(name, new("", ""), cost, stock, minimumLevel, digital), 1))).Id;

    public Task<(int Reputation, int Points)> BalancesAsync(int memberId) =>
        factory.WithDbAsync(db => db.Users.Where(m => m.Id == memberId).Select(m => ValueTuple.Create(m.Reputation, m.Points)).SingleAsync());

    private async Task<T> Scoped<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }
}
