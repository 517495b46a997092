using Microsoft.Extensions.DependencyInjection;

namespace Community.Core.Notifications;

public static class NotificationServices
{
    /// <summary>
    /// The member's bell. Answers to their questions and acceptances of their answers are recorded with the change itself
    /// (same transaction); reputation changes and redemptions are told after each commit; the count is pushed after that.
    /// </summary>
    public static IServiceCollection AddNotifications(this IServiceCollection services) => services
        .AddScoped<MemberInbox>()
        .AddScoped<Events.IDomainEventHandler<Reputation.ReputationChanged>, TellReputationChange>()
        .AddScoped<Events.IDomainEventRecorder<Questions.AnswerPublished>, TellAskerAboutAnswer>()
        .AddScoped<Events.IDomainEventRecorder<Questions.AnswerAccepted>, TellAnswererAboutAcceptance>()
        .AddScoped<Events.IDomainEventHandler<InboxChanged>, PushInboxCount>()
        .AddScoped<Events.IDomainEventHandler<Rewards.RedemptionDecided>, TellMemberAboutRedemption>();
}
