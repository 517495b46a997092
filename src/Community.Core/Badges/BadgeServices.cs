using Microsoft.Extensions.DependencyInjection;

namespace Community.Core.Badges;

public static class BadgeServices
{
    /// <summary>Badges, looked at again whenever reputation moves or an answer is published (registered after the bell's handlers).</summary>
    public static IServiceCollection AddBadges(this IServiceCollection services) => services
        .AddScoped<BadgeAwarder>()
        .AddSingleton<VisitRecorder>()
        .AddScoped<Events.IDomainEventHandler<Reputation.ReputationChanged>, AwardBadgesOnReputationChange>()
        .AddScoped<Events.IDomainEventHandler<Questions.AnswerPublished>, AwardBadgesOnAnswer>()
        .AddScoped<Events.IDomainEventHandler<Questions.QuestionAsked>, AwardBadgesOnQuestion>();
}
