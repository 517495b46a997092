using Microsoft.AspNetCore.SignalR;

namespace Community.Web.Realtime;

public static class RealtimeExtensions
{
    public const string HubPath = "/hubs/community";

    public static IServiceCollection AddCommunityRealtime(this IServiceCollection services)
    {
        services.AddSignalR(o =>
        {
            o.AddFilter<MemberConnectionTracking>();
            o.AddFilter<VisibilityHubFilter>();
            o.AddFilter<Security.DeclaredHubWriteLimits>();
            o.AddFilter<Refusals.HubRefusals>();
        });
        services.AddSingleton<PresenceTracker>();
        services.AddSingleton<MemberConnections>();
        return services;
    }

    public static IEndpointRouteBuilder MapCommunityRealtime(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHub<CommunityHub>(HubPath);
        return endpoints;
    }
}
