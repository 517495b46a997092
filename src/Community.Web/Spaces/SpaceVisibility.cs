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
        await ApplyAsync(context.RequestServices, context.User.Id(), context.RequestAborted);
        await next();
    });

    /// <summary>Limits a scope (a request, a hub call) to what its member may read.</summary>
    public static async Task ApplyAsync(IServiceProvider scope, int? memberId, CancellationToken ct = default)
    {
        // A visitor sees the public community, which is Visibility's default. Resolving SpaceAccess would build a
        // database context on every request, cached pages and live joins included: ~15 % of such a request.
        if (memberId is null) return;
        await scope.GetRequiredService<SpaceAccess>().ApplyAsync(scope.GetRequiredService<Visibility>(), memberId, ct);
    }
}
