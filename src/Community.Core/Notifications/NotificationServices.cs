using Microsoft.Extensions.DependencyInjection;

namespace Community.Core.Notifications;

public static class NotificationServices
{
    /// <summary>The member's bell; told (in this order, after each commit) of reputation changes and of answers to their questions.</summary>
    public static IServiceCollection AddNotifications(this IServiceCollection services) => services
        .AddScoped<MemberInbox>()
        .AddScoped<Events.IDomainEventHandler<Reputation.ReputationChanged>, TellReputationChange>()
        .AddScoped<Events.IDomainEventHandler<Questions.AnswerPublished>, TellAskerAboutAnswer>()
        .AddScoped<Events.IDomainEventHandler<Questions.AnswerAccepted>, TellAnswererAboutAcceptance>()
        .AddScoped<Events.IDomainEventHandler<Rewards.RedemptionDecided>, TellMemberAboutRedemption>();
}
