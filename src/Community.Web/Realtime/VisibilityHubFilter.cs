using Community.Core.Spaces;
using Microsoft.AspNetCore.SignalR;

namespace Community.Web.Realtime;

/// <summary>Each hub invocation gets a fresh scope; this gives it the caller's space visibility before the method runs.</summary>
public sealed class VisibilityHubFilter : IHubFilter
{
    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocation, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        // A visitor sees the public community, Visibility's default; as in SpaceVisibility, nothing to look up.
        if (invocation.Context.User?.Id() is { } memberId)
        {
            var services = invocation.ServiceProvider;
            await services.GetRequiredService<SpaceAccess>().ApplyAsync(services.GetRequiredService<Visibility>(), memberId);
        }
        return await next(invocation);
    }
}
