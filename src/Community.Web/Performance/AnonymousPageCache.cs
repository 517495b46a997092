using System.Globalization;
using Microsoft.AspNetCore.OutputCaching;

namespace Community.Web.Performance;

/// <summary>
/// Caches question pages and the question list for visitors who are not signed in: they all see the
/// same page per language. Signed-in members always get a fresh page (their votes, their controls).
/// Every change to a question evicts its page at once (see <see cref="Tags"/>); the time limit only
/// bounds staleness that no event announces, such as an author's reputation shown beside a post.
/// </summary>
public sealed class AnonymousPageCache : IOutputCachePolicy
{
    public const string PolicyName = "anonymous-pages";
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    public static class Tags
    {
        public const string QuestionList = "questions";
        /// <summary>Every cached page: a change every page shows (the brand's look) evicts them all.</summary>
        public const string Everything = "pages";
        public static string Question(int id) => $"question:{id}";
    }

    ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken ct)
    {
        var http = context.HttpContext;
        var cacheable = HttpMethods.IsGet(http.Request.Method) && http.User.Identity?.IsAuthenticated != true;
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = Lifetime;
        context.CacheVaryByRules.QueryKeys = "*";
        context.CacheVaryByRules.VaryByValues["culture"] = CultureInfo.CurrentUICulture.Name;
        context.Tags.Add(Tags.Everything);
        context.Tags.Add(http.Request.RouteValues["id"] is string id && int.TryParse(id, out var questionId)
            ? Tags.Question(questionId)
            : Tags.QuestionList);
        return ValueTask.CompletedTask;
    }

    ValueTask IOutputCachePolicy.ServeFromCacheAsync(OutputCacheContext context, CancellationToken ct) => ValueTask.CompletedTask;

    /// <summary>Only plain successful pages are kept: no redirects, errors or responses that set a cookie.</summary>
    ValueTask IOutputCachePolicy.ServeResponseAsync(OutputCacheContext context, CancellationToken ct)
    {
        var response = context.HttpContext.Response;
        if (response.StatusCode != StatusCodes.Status200OK || response.Headers.SetCookie.Count > 0)
            context.AllowCacheStorage = false;
        return ValueTask.CompletedTask;
    }
}

public static class AnonymousPageCacheExtensions
{
    public static IServiceCollection AddAnonymousPageCache(this IServiceCollection services) => services
        .AddSingleton<SharedThreadCache>()
        .AddOutputCache(o => o.AddPolicy(AnonymousPageCache.PolicyName, new AnonymousPageCache()));
}
