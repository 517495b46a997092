using System.Globalization;
using System.Reflection;
using Community.Web.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Localization;

namespace Community.Web.Security;

/// <summary>
/// Applies what each page handler declares with <see cref="RateLimitedAttribute"/>: a silenced member is sent to the
/// page saying until when (for writes that publish text), and a write over its limit answers 429 with Retry-After and
/// the text the member typed, shown back by the error page. Runs after antiforgery, so a forged post costs no permit.
/// </summary>
public sealed class DeclaredPageWriteLimits(WriteLimiter limiter, MemberSilence silence) : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var http = context.HttpContext;
        var declared = context.HandlerMethod?.MethodInfo.GetCustomAttribute<RateLimitedAttribute>();
        if (declared is null || (declared.OnlyWithQuery is { } query && string.IsNullOrEmpty(http.Request.Query[query])))
        {
            await next();
            return;
        }
        if (WriteLimiter.Publishes(declared.Action) && await silence.IsSilencedAsync(http.User, http.RequestAborted))
        {
            context.Result = new RedirectResult("/account/silenced");
            return;
        }
        if (await limiter.TryAcquireAsync(declared.Action, http.User, http.Connection.RemoteIpAddress) is (false, var retryAfter))
        {
            SayWhenToRetry(http, retryAfter);
            await RefusedText.KeepAsync(http, http.RequestAborted);
            context.Result = new StatusCodeResult(StatusCodes.Status429TooManyRequests);
            return;
        }
        await next();
    }

    internal static void SayWhenToRetry(HttpContext http, TimeSpan retryAfter) =>
        http.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
}

/// <summary>The same declarations on hub methods: a vote cast live counts against the same limit as one from a form.</summary>
public sealed class DeclaredHubWriteLimits(WriteLimiter limiter, IStringLocalizer<SharedResource> text) : IHubFilter
{
    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocation, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        if (invocation.HubMethod.GetCustomAttribute<RateLimitedAttribute>() is { } declared
            && await limiter.TryAcquireAsync(declared.Action, invocation.Context.User ?? new(), invocation.Context.GetHttpContext()?.Connection.RemoteIpAddress) is (false, _))
            throw new HubException(text["Error429"]);
        return await next(invocation);
    }
}

/// <summary>The same declarations on minimal-API endpoints (image uploads), read from the endpoint's handler.</summary>
public sealed class DeclaredEndpointWriteLimits(WriteLimiter limiter) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (http.GetEndpoint()?.Metadata.GetMetadata<RateLimitedAttribute>() is { } declared
            && await limiter.TryAcquireAsync(declared.Action, http.User, http.Connection.RemoteIpAddress) is (false, var retryAfter))
        {
            DeclaredPageWriteLimits.SayWhenToRetry(http, retryAfter);
            return Results.StatusCode(StatusCodes.Status429TooManyRequests);
        }
        return await next(context);
    }
}
