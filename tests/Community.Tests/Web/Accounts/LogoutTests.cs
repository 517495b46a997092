using System.Net;
using Community.Tests.Support;

namespace Community.Tests.Web.Accounts;

/// <summary>Logging out ends that session on the server: a copy of the cookie saved before it no longer signs anyone in.</summary>
public class LogoutTests(CommunityFactory factory) : IClassFixture<CommunityFactory>
{
    private const string Email = "logout-member@test.example";

    private async Task<HttpClient> SignInAsync()
    {
        var client = factory.Browser();
        var response = await client.SubmitAsync("/account/login", "Log in", ("Input.Email", Email), ("Input.Password", Members.Password));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    private HttpClient WithSavedCookie(string cookieHeader)
    {
        var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = factory.BaseAddress };
        client.DefaultRequestHeaders.Add("Cookie", cookieHeader);
        return client;
    }

    [Fact]
    public async Task A_cookie_saved_before_logging_out_no_longer_works_while_the_other_device_stays_signed_in()
    {
        var registered = await factory.Browser().PostFormAsync("/account/register",
            ("Input.Email", Email), ("Input.DisplayName", "로그아웃 하는 회원"), ("Input.Password", Members.Password));
        Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
        var phone = await SignInAsync();
        var laptop = await SignInAsync();
        var saved = factory.CookieHeaderFor(phone);
        Assert.Contains("로그아웃 하는 회원", await WithSavedCookie(saved).GetStringAsync("/account/preferences"));

        var loggedOut = await phone.SubmitAsync("/", "Log out");
        Assert.Equal(HttpStatusCode.Redirect, loggedOut.StatusCode);

        var replayed = await WithSavedCookie(saved).GetAsync("/account/preferences");
        Assert.Equal(HttpStatusCode.Redirect, replayed.StatusCode);
        Assert.Contains("/account/login", replayed.Headers.Location!.OriginalString);
        Assert.Contains("로그아웃 하는 회원", await laptop.GetStringAsync("/account/preferences"));
    }
}
