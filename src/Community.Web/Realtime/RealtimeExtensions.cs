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
            o.AddFilter<HubAntiforgery>();
            o.AddFilter<VisibilityHubFilter>();
            o.AddFilter<Security.DeclaredHubWriteLimits>();
            o.AddFilter<Refusals.HubRefusals>();
        });
        services.AddOptions<RealtimeOptions>().BindConfiguration("Realtime")
            .Validate(o => o.AllowedOrigins.All(origin => HubOriginPolicy.Normalize(origin) is not null), "Realtime:AllowedOrigins takes origins such as https://www.example.com")
            .ValidateOnStart();
        services.AddSingleton<HubOriginPolicy>();
        services.AddSingleton<PresenceTracker>();
        services.AddSingleton<Presence>();
        services.AddSingleton<ViewerCountBroadcast>();
        services.AddSingleton<MemberConnections>();
        return services;
    }

    public static IEndpointRouteBuilder MapCommunityRealtime(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHub<CommunityHub>(HubPath).AddEndpointFilter<HubEndpointConventionBuilder, HubOriginFilter>();
        return endpoints;
    }
}
