using Community.Core.Spaces;

namespace Community.Web.Spaces;

public static class SpaceVisibility
{
    /// <summary>
    /// Before any page runs, limits this request's database reads to the public community plus the
    /// signed-in member's spaces (staff: all). Runs right after authentication.
    /// </summary>
    public static IApplicationBuilder UseSpaceVisibility(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        // A visitor sees the public community, which is Visibility's default. Resolving SpaceAccess would build a
        // database context (its options, interceptors) on every request, cached pages included: ~15 % of such a request.
        if (context.User.Id() is { } memberId)
        {
            var services = context.RequestServices;
            await services.GetRequiredService<SpaceAccess>().ApplyAsync(services.GetRequiredService<Visibility>(), memberId, context.RequestAborted);
        }
        await next();
    });
}
