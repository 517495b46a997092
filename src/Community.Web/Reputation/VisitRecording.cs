using Community.Core.Badges;
using Community.Core.Data;

namespace Community.Web.Reputation;

public static class VisitRecording
{
    /// <summary>Notes each signed-in member's first request of the day (for streak badges); later requests cost one in-memory lookup.</summary>
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
        await next();
    });
}
