using Microsoft.Extensions.DependencyInjection;
using Community.Core.Audit;

namespace Community.Core.Moderation;

public static class ModerationServices
{
    /// <summary>Moderators' tools, the first-posts queue, flags, suggested edits and the audit log.</summary>
    public static IServiceCollection AddModeration(this IServiceCollection services, Microsoft.Extensions.Configuration.IConfiguration configuration) => services
        .Configure<ModerationOptions>(configuration.GetSection(ModerationOptions.Section))
        .AddScoped<AuditLog>().AddScoped<ModerateQuestion>().AddScoped<ModeratePosts>().AddScoped<MarkOfficialAnswer>()
        .AddScoped<FirstPostPolicy>().AddScoped<FlagContent>().AddScoped<ResolveFlags>().AddScoped<ReviewFirstPosts>()
        .AddScoped<ModerateMember>().AddScoped<DeleteSpammer>().AddScoped<RestoreRevision>()
        .AddScoped<SuggestEdits>().AddScoped<ApplySuggestedEdit>().AddScoped<ReviewSuggestedEdits>().AddScoped<VoteToClose>().AddScoped<MergeAndMoveQuestions>()
        .AddScoped<Events.IDomainEventHandler<ModerationQueuesChanged>, RefreshModerationQueues>()
        .AddScoped<Events.IDomainEventHandler<MemberSuspended>, DisconnectSuspendedMember>();
}
