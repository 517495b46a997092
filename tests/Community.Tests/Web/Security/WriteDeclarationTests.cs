using System.Net;
using System.Reflection;
using System.Security.Claims;
using System.Text.RegularExpressions;
using Community.Web.Security;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;
using Community.Tests.Support;

namespace Community.Tests.Web.Security;

/// <summary>
/// Every write declares its limit (or why it has none) where it is written: page handlers, hub methods and endpoints.
/// A new page that forgets fails here, before a spammer finds it.
/// </summary>
public partial class WriteDeclarationTests(CommunityFactory factory) : IClassFixture<CommunityFactory>
{
    private static readonly Assembly Web = typeof(RateLimitedAttribute).Assembly;

    [GeneratedRegex("^On(Post|Put|Patch|Delete)")]
    private static partial Regex WriteHandler();

    private static bool Declared(MemberInfo member) =>
        member.IsDefined(typeof(RateLimitedAttribute)) || member.IsDefined(typeof(NotRateLimitedAttribute))
        || member.DeclaringType!.IsDefined(typeof(NotRateLimitedAttribute));

    private static IEnumerable<string> AllActions() =>
        Web.GetTypes().SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Select(m => m.GetCustomAttribute<RateLimitedAttribute>()?.Action).OfType<string>().Distinct();

    [Fact]
    public void Every_page_write_handler_declares_its_limit()
    {
        var handlers = Web.GetTypes().Where(t => t.IsSubclassOf(typeof(PageModel)))
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(m => WriteHandler().IsMatch(m.Name)).ToList();

        Assert.True(handlers.Count > 50, $"found only {handlers.Count} write handlers");
        Assert.Empty(handlers.Where(m => !Declared(m)).Select(m => $"{m.DeclaringType!.Name}.{m.Name}"));
    }

    [Fact]
    public void Every_hub_method_declares_its_limit()
    {
        var methods = Web.GetTypes().Where(t => t.IsSubclassOf(typeof(Hub)) || (t.BaseType?.IsGenericType == true && t.BaseType.GetGenericTypeDefinition() == typeof(Hub<>)))
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(m => !m.IsSpecialName && m.Name is not ("OnConnectedAsync" or "OnDisconnectedAsync")).ToList();

        Assert.NotEmpty(methods);
        Assert.Empty(methods.Where(m => !Declared(m)).Select(m => $"{m.DeclaringType!.Name}.{m.Name}"));
    }

    [Fact]
    public void Every_posting_endpoint_outside_pages_and_hubs_declares_its_limit()
    {
        var endpoints = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods.Contains("POST") == true)
            .Where(e => e.Metadata.GetMetadata<PageActionDescriptor>() is null && e.Metadata.GetMetadata<HubMetadata>() is null)
            .ToList();

        Assert.NotEmpty(endpoints);
        Assert.Empty(endpoints.Where(e => e.Metadata.GetMetadata<RateLimitedAttribute>() is null && e.Metadata.GetMetadata<NotRateLimitedAttribute>() is null)
            .Select(e => e.RoutePattern.RawText));
    }

    [Fact]
    public async Task Every_declared_limit_names_a_configured_limit()
    {
        using var counter = new InMemoryWindowCounter();
        var limiter = new WriteLimiter(new AbuseLimitOptions(), counter, TimeProvider.System);

        foreach (var action in AllActions())
            Assert.True((await limiter.TryAcquireAsync(action, new ClaimsPrincipal(new ClaimsIdentity()), IPAddress.Loopback)).Allowed, action);
    }

    /// <summary>A request naming a handler the page does not have used to render the page without its data (a 500).</summary>
    [Fact]
    public async Task A_post_to_a_handler_that_does_not_exist_is_not_found_and_changes_nothing()
    {
        var member = await factory.RegisterAsync("Handler guesser");
        var asker = await factory.RegisterAsync("Handler guess asker");
        var id = await asker.AskAsync("무선 이어폰 연결이 자꾸 끊겨요 — 어떻게 하나요?");

        foreach (var action in new[] { $"/questions/{id}?handler=Nothing", "/rewards?handler=Nothing", "/ideas/1?handler=Nothing" })
        {
            var response = await member.PostFormAsync(action, ("Answer.Body", "이 답변은 저장되면 안 됩니다. 충분히 긴 본문입니다."));
            Assert.True(response.StatusCode is HttpStatusCode.NotFound, $"{action}: {(int)response.StatusCode}");
            var read = await member.GetAsync(action);
            if (read.StatusCode == HttpStatusCode.MovedPermanently) read = await member.GetAsync(read.Headers.Location!.OriginalString);
            Assert.True((int)read.StatusCode < 500, $"GET {action}: {(int)read.StatusCode}");
        }
        Assert.Equal(0, await factory.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.Answers, a => a.QuestionId == id)));
    }
}
