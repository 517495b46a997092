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
        var services = context.RequestServices;
        await services.GetRequiredService<SpaceAccess>().ApplyAsync(services.GetRequiredService<Visibility>(), context.User.Id(), context.RequestAborted);
        await next();
    });
}
