using Community.Core.Badges;
using Community.Core.Data;

namespace Community.Web.Reputation;

public static class VisitRecording
{
    /// <summary>
    /// Notes each signed-in member's first request of the day (for streak badges; later requests cost one in-memory
    /// lookup), and counts anonymous page sessions for the fan ladder's visitor rung (counted, never tracked).
    /// </summary>
    public static IApplicationBuilder UseVisitRecording(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.User.Id() is { } memberId)
        {
            var visits = context.RequestServices.GetRequiredService<VisitRecorder>();
            if (!visits.IsRecorded(memberId))
            {
                var services = context.RequestServices;
                await visits.RecordAsync(memberId, services.GetRequiredService<CommunityDbContext>(), services.GetRequiredService<BadgeAwarder>(), context.RequestAborted);
            }
        }
        else if (HttpMethods.IsGet(context.Request.Method) && context.GetEndpoint() is { } endpoint && endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Mvc.RazorPages.PageActionDescriptor>() is not null)
        {
            context.RequestServices.GetRequiredService<Advocacy.AnonymousVisitors>()
                .Saw(context.Connection.RemoteIpAddress?.ToString(), context.Request.Headers.UserAgent.ToString());
        }
        await next();
    });
}
