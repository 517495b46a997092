namespace Community.Web.Realtime;

public static class RealtimeExtensions
{
    public const string HubPath = "/hubs/community";

    public static IServiceCollection AddCommunityRealtime(this IServiceCollection services)
    {
        services.AddSignalR();
        services.AddSingleton<PresenceTracker>();
        return services;
    }

    public static IEndpointRouteBuilder MapCommunityRealtime(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHub<CommunityHub>(HubPath);
        return endpoints;
    }
}
