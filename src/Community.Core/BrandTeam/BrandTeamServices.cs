using Microsoft.Extensions.DependencyInjection;

namespace Community.Core.BrandTeam;

public static class BrandTeamServices
{
    /// <summary>What the brand team does for advocates: spotlight, badge, space invitation, manager, message, segment, re-engagement.</summary>
    public static IServiceCollection AddBrandTeam(this IServiceCollection services) => services
        .AddScoped<FeatureAdvocate>()
        .AddScoped<RecogniseAdvocates>()
        .AddScoped<InviteAdvocates>()
        .AddScoped<AssignManager>()
        .AddScoped<MessageMembers>()
        .AddScoped<AddToSegment>()
        .AddScoped<ReengageMember>();
}
