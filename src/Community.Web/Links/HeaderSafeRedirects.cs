using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.Mvc.Routing;

namespace Community.Web.Links;

/// <summary>
/// Every redirect a page returns (Redirect, LocalRedirect, RedirectPermanent) goes out percent-encoded, whoever built
/// its URL: a title, a slug or a returnUrl with Hangul or emoji in it lands on its page instead of a 500.
/// </summary>
public static class HeaderSafeRedirects
{
    public static IServiceCollection AddHeaderSafeRedirects(this IServiceCollection services)
    {
        // Registered after MVC's own executors, so these are the ones resolved.
        services.AddSingleton<IActionResultExecutor<RedirectResult>, EncodedRedirectExecutor>();
        services.AddSingleton<IActionResultExecutor<LocalRedirectResult>, EncodedLocalRedirectExecutor>();
        return services;
    }

    private sealed class EncodedRedirectExecutor(ILoggerFactory logs, IUrlHelperFactory urls) : IActionResultExecutor<RedirectResult>
    {
        private readonly RedirectResultExecutor _inner = new(logs, urls);

        public Task ExecuteAsync(ActionContext context, RedirectResult result) =>
            _inner.ExecuteAsync(context, new RedirectResult(SiteLinks.ForHeader(result.Url), result.Permanent, result.PreserveMethod));
    }

    private sealed class EncodedLocalRedirectExecutor(ILoggerFactory logs, IUrlHelperFactory urls) : IActionResultExecutor<LocalRedirectResult>
    {
        private readonly LocalRedirectResultExecutor _inner = new(logs, urls);

        public Task ExecuteAsync(ActionContext context, LocalRedirectResult result) =>
            _inner.ExecuteAsync(context, new LocalRedirectResult(SiteLinks.ForHeader(result.Url), result.Permanent, result.PreserveMethod));
    }
}
