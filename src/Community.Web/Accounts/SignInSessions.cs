using System.Collections.Concurrent;
using System.Security.Cryptography;
using Community.Core.Data;
using Community.Core.Members;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Community.Web.Accounts;

/// <summary>
/// Logging out ends that one session for good: a copy of its cookie saved before stops working at once, while the
/// member's other devices stay signed in. Each sign-in gets an id kept in the cookie ticket's properties (which
/// survive sliding renewal and the refreshes of roles and security stamp); logging out records the id. Ended ids
/// are kept for longer than any cookie can live unused, and checked per request from memory.
/// </summary>
public sealed class SignInSessions(IServiceScopeFactory scopes, TimeProvider clock) : IDisposable
{
    private const string SessionKey = ".session";

    /// <summary>Longer than the cookie's 14-day lifetime: an ended cookie cannot renew, so by then it has expired.</summary>
    private static readonly TimeSpan KeptFor = TimeSpan.FromDays(15);

    private readonly ConcurrentDictionary<string, byte> _ended = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _loading = new(1, 1);
    private volatile bool _loaded;

    /// <summary>Cookie event: a new sign-in gets its id.</summary>
    public static Task StampAsync(CookieSigningInContext context)
    {
        context.Properties.Items.TryAdd(SessionKey, NewId());
        return Task.CompletedTask;
    }

    /// <summary>Cookie event, before the security-stamp check: refuses an ended session; gives a cookie from before ids one.</summary>
    public static Func<CookieValidatePrincipalContext, Task> Validate(Func<CookieValidatePrincipalContext, Task> next) => async context =>
    {
        if (!context.Properties.Items.TryGetValue(SessionKey, out var id) || id is null)
        {
            context.Properties.Items[SessionKey] = NewId();
            context.ShouldRenew = true;
        }
        else if (await context.HttpContext.RequestServices.GetRequiredService<SignInSessions>().HasEndedAsync(id))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            return;
        }
        await next(context);
    };

    /// <summary>Ends the session the request is signed in with (if any) and signs this browser out.</summary>
    public async Task EndCurrentAsync(HttpContext http, SignInManager<Member> signIn)
    {
        var ticket = await http.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        if (ticket.Properties?.Items.TryGetValue(SessionKey, out var id) == true && id is not null)
        {
            await EnsureLoadedAsync();
            await using (var scope = scopes.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<CommunityDbContext>();
                if (!await db.EndedSessions.AnyAsync(s => s.Id == id))
                {
                    db.EndedSessions.Add(new EndedSession { Id = id, EndedAt = clock.GetUtcNow().UtcDateTime });
                    await db.SaveChangesAsync();
                }
            }
            _ended.TryAdd(id, 0);
        }
        await signIn.SignOutAsync();
    }

    private async Task<bool> HasEndedAsync(string id)
    {
        await EnsureLoadedAsync();
        return _ended.ContainsKey(id);
    }

    private async Task EnsureLoadedAsync()
    {
        if (_loaded) return;
        await _loading.WaitAsync();
        try
        {
            if (_loaded) return;
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<CommunityDbContext>();
            var oldest = clock.GetUtcNow().UtcDateTime - KeptFor;
            await db.EndedSessions.Where(s => s.EndedAt < oldest).ExecuteDeleteAsync();
            foreach (var id in await db.EndedSessions.Select(s => s.Id).ToListAsync()) _ended.TryAdd(id, 0);
            _loaded = true;
        }
        finally
        {
            _loading.Release();
        }
    }

    public void Dispose() => _loading.Dispose();

    private static string NewId() => Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
}
