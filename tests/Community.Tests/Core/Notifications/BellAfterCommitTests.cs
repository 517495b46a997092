using Community.Core.Content;
using Community.Core.Data;
using Community.Core.Moderation;
using Community.Core.Realtime;
using Community.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Community.Tests.Core.Notifications;

/// <summary>
/// The real live notifier, noting for each bell it rings how many notifications of that member another connection could
/// read at that moment: a count announced before its notification was committed shows as a shortfall.
/// </summary>
public sealed class BellWitnessFactory : CommunityFactory
{
    public List<(int MemberId, int Announced, int Committed)> Rings { get; } = [];

    protected override bool HoldFirstPosts => true;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            var real = services.Single(s => s.ServiceType == typeof(ICommunityNotifier));
            services.Remove(real);
            services.AddSingleton(real.ImplementationType!);
            services.AddSingleton<ICommunityNotifier>(s => DispatchProxyWitness.Create((ICommunityNotifier)s.GetRequiredService(real.ImplementationType!), s, Rings));
        });
    }
}

/// <summary>Forwards every call; before forwarding a bell count, reads that member's committed notifications in a scope of its own.</summary>
public class DispatchProxyWitness : System.Reflection.DispatchProxy
{
    private ICommunityNotifier _real = null!;
    private IServiceProvider _services = null!;
    private List<(int, int, int)> _rings = null!;

    public static ICommunityNotifier Create(ICommunityNotifier real, IServiceProvider services, List<(int, int, int)> rings)
    {
        var proxy = Create<ICommunityNotifier, DispatchProxyWitness>();
        var witness = (DispatchProxyWitness)(object)proxy;
        (witness._real, witness._services, witness._rings) = (real, services, rings);
        return proxy;
    }

    protected override object? Invoke(System.Reflection.MethodInfo? method, object?[]? args)
    {
        if (method!.Name == nameof(ICommunityNotifier.InboxChangedAsync))
        {
            var memberId = (int)args![0]!;
            using var scope = _services.CreateScope();
            var committed = scope.ServiceProvider.GetRequiredService<CommunityDbContext>().Notifications.Count(n => n.MemberId == memberId && n.ReadAt == null);
            lock (_rings) _rings.Add((memberId, (int)args[1]!, committed));
        }
        return method.Invoke(_real, args);
    }
}

public class BellAfterCommitTests(BellWitnessFactory factory) : IClassFixture<BellWitnessFactory>
{
    private readonly Scenario _scenario = new(factory);

    [Fact]
    public async Task Approving_a_first_answer_rings_the_askers_and_the_authors_bells_only_once_their_notices_are_committed()
    {
        var asker = await _scenario.MemberAsync("벨 질문자", reputation: 500);
        var newcomer = await _scenario.MemberAsync("벨 새내기");
        var moderator = await _scenario.MemberAsync("벨 운영자", reputation: 500);
        var questionId = await _scenario.AskAsync(asker);
        var answerId = await _scenario.AnswerAsync(questionId, newcomer);   // a newcomer's first answer waits for review

        await _scenario.RunAsync<int, ReviewFirstPosts>(async review => { await review.ApproveAsync(PostKind.Answer, answerId, moderator); return 0; });

        List<(int MemberId, int Announced, int Committed)> rings;
        lock (factory.Rings) rings = factory.Rings.Where(r => r.MemberId == asker || r.MemberId == newcomer).ToList();
        Assert.Contains(rings, r => r.MemberId == newcomer && r.Announced >= 1);
        Assert.Contains(rings, r => r.MemberId == asker && r.Announced >= 1);
        Assert.All(rings, r => Assert.Equal(r.Announced, r.Committed));
    }
}
