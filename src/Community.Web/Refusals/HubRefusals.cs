using Community.Core;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Localization;

namespace Community.Web.Refusals;

/// <summary>A rule's refusal in a hub method reaches the caller's script as its reason in the member's language.</summary>
public sealed class HubRefusals(IStringLocalizer<SharedResource> text, Hosting.StorageHealth storage) : IHubFilter
{
    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocation, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        try
        {
            return await next(invocation);
        }
        catch (DomainException refusal)
        {
            throw new HubException(refusal.Localize(text));
        }
        catch (Exception full) when (Community.Core.Storage.StorageFull.Is(full))
        {
            storage.Failed(full);
            throw new HubException(text["StorageFull"]);
        }
    }
}
