using System.Net;
using System.Text.RegularExpressions;
using Community.Tests.Support;
using Microsoft.EntityFrameworkCore;
using OtpNet;

namespace Community.Tests.Web.Accounts;

/// <summary>Production's rule: admins must use an authenticator app.</summary>
public sealed class TwoFactorFactory : CommunityFactory
{
    protected override bool RequireTwoFactorForAdmins => true;
}

public partial class TwoFactorTests(TwoFactorFactory factory) : IClassFixture<TwoFactorFactory>
{
    [GeneratedRegex("data-authenticator-key=\"([A-Z2-7]+)\"")]
    private static partial Regex KeyPattern();

    private static string CodeFor(string key) => new Totp(Base32Encoding.ToBytes(key)).ComputeTotp();

    /// <summary>
    /// Opening the set-up page makes the member's first authenticator key. Identity's key reset also renews the security
    /// stamp, which signed the member out on every device at the next stamp check a minute later (the page-health
    /// browser journey lost its admin that way on a slow CI run). Making a first key must not.
    /// </summary>
    [Fact]
    public async Task Opening_the_set_up_page_makes_a_key_that_stays_and_signs_no_one_out()
    {
        var member = await factory.RegisterAsync("보안 설정 회원 한서윤");
        var id = await factory.MemberIdAsync("보안 설정 회원 한서윤");
        var stamp = await factory.WithDbAsync(db => db.Users.Where(m => m.Id == id).Select(m => m.SecurityStamp).SingleAsync());

        var key = KeyPattern().Match(await member.GetStringAsync("/account/two-factor")).Groups[1].Value;
        Assert.NotEmpty(key);

        Assert.Equal(key, KeyPattern().Match(await member.GetStringAsync("/account/two-factor")).Groups[1].Value);
        Assert.Equal(stamp, await factory.WithDbAsync(db => db.Users.Where(m => m.Id == id).Select(m => m.SecurityStamp).SingleAsync()));
    }

    [Fact]
    public async Task An_admin_must_turn_on_an_authenticator_and_then_signs_in_with_its_code()
    {
        var admin = await factory.AdminAsync();
        var blocked = await admin.GetAsync("/moderation/audit");
        Assert.Equal("/account/two-factor?required=true", blocked.Headers.Location!.OriginalString);

        var setup = WebUtility.HtmlDecode(await admin.GetStringAsync("/account/two-factor?required=true"));
        Assert.Contains("Admins must turn on two-factor sign-in before continuing.", setup);
        Assert.Contains("src=\"data:image/png;base64,", setup);
        var key = KeyPattern().Match(setup).Groups[1].Value;

        var wrong = await admin.PostFormAsync("/account/two-factor?handler=Enable", ("code", "000000"));
        Assert.Contains("That code is not right.", WebUtility.HtmlDecode(await wrong.Content.ReadAsStringAsync()));
        var enabled = await admin.PostFormAsync("/account/two-factor?handler=Enable", ("code", CodeFor(key)));
        var enabledPage = WebUtility.HtmlDecode(await enabled.Content.ReadAsStringAsync());
        Assert.Contains("Two-factor sign-in is on.", enabledPage);
        Assert.Contains("aria-label=\"Recovery codes\"", enabledPage);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/moderation/audit")).StatusCode);

        // A fresh sign-in now needs the code: the password alone leads to the code page, and a wrong code does not pass.
        var fresh = factory.Browser();
        var password = await fresh.PostFormAsync("/account/login", ("Input.Email", "admin@test.example"), ("Input.Password", "staff passphrase for tests"), ("ReturnUrl", "/moderation/audit"));
        Assert.StartsWith("/account/login-code", password.Headers.Location!.OriginalString);
        Assert.NotEqual(HttpStatusCode.OK, (await fresh.GetAsync("/moderation/audit")).StatusCode);
        var bad = await fresh.PostFormAsync("/account/login-code", ("code", "123456"), ("ReturnUrl", "/moderation/audit"));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var good = await fresh.PostFormAsync("/account/login-code", ("code", CodeFor(key)), ("ReturnUrl", "/moderation/audit"));
        Assert.Equal("/moderation/audit", good.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await fresh.GetAsync("/moderation/audit")).StatusCode);
        Assert.DoesNotContain("Turn off two-factor sign-in", await fresh.GetStringAsync("/account/two-factor"));
    }

    [Fact]
    public async Task Members_may_use_two_factor_but_are_not_forced_to()
    {
        var member = await factory.RegisterAsync("Optional two-factor");

        Assert.Equal(HttpStatusCode.OK, (await member.GetAsync("/notifications")).StatusCode);
        var setup = WebUtility.HtmlDecode(await member.GetStringAsync("/account/two-factor"));
        var key = KeyPattern().Match(setup).Groups[1].Value;
        await member.PostFormAsync("/account/two-factor?handler=Enable", ("code", CodeFor(key)));
        Assert.Contains("Turn off two-factor sign-in", await member.GetStringAsync("/account/two-factor"));
    }
}
