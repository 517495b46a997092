using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Community.Core.Advocacy;

public static class AdvocacyServices
{
    /// <summary>The advocate score, the fan ladder and churn care: their rules, the roll-up, and the events that trigger it.</summary>
    public static IServiceCollection AddAdvocacy(this IServiceCollection services, IConfiguration configuration) => services
        .Configure<AdvocateScoreOptions>(configuration.GetSection(AdvocateScoreOptions.Section))
        .Configure<FanLadderOptions>(configuration.GetSection(FanLadderOptions.Section))
        .Configure<CareOptions>(configuration.GetSection(CareOptions.Section))
        .AddScoped<AdvocacyRules>()
        .AddScoped<AdvocateSignals>()
        .AddScoped<MemberActivity>()
        .AddScoped<AdvocateTopics>()
        .AddScoped<AdvocacySources>()
        .AddScoped<AdvocacyRollUp>()
        .AddScoped<CountAnonymousVisits>()
        .AddSingleton<StandingsToRefresh>()
        .AddScoped<Events.IDomainEventHandler<Reputation.ReputationChanged>, RefreshOnReputation>()
        .AddScoped<Events.IDomainEventHandler<Questions.QuestionAsked>, RefreshOnQuestion>()
        .AddScoped<Events.IDomainEventHandler<Questions.AnswerPublished>, RefreshOnAnswer>();
}
