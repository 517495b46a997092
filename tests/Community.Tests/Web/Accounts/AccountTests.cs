using System.Net;
using Community.Core.Members;
using Community.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Community.Tests.Web.Accounts;

public class AccountTests(CommunityFactory factory) : IClassFixture<CommunityFactory>
{
    private static (string, string)[] Registration(string email, string name, string password = Members.Password) =>
        [("Input.Email", email), ("Input.DisplayName", name), ("Input.Password", password)];

    [Fact]
    public async Task Registering_signs_the_member_in_during_development()
    {
        var client = factory.Browser();

        var response = await client.PostFormAsync("/account/register", Registration("new@test.example", "  Brand   New  "));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var home = await client.GetStringAsync("/");
        Assert.Contains("Brand New", home);
        Assert.Contains("Log out", home);
    }

    [Theory]
    [InlineData("Аdmin Kim", "looks like a staff name")]       // Cyrillic А imitating "admin"
    [InlineData("운영자", "looks like a staff name")]
    [InlineData("adm\u0456n", "looks like a staff name")]              // Cyrillic і
    [InlineData("Community Adm\u0456n", "looks like a staff name")]
    [InlineData("ｍｏｄ", "looks like a staff name")]                     // full width, folded by NFKC
    [InlineData("\u1D00dmin 하늘", "looks like a staff name")]           // small capital ᴀ
    [InlineData("Hidden\u200BName", "invisible")]
    [InlineData("\u3164\u3164\u3164", "invisible")]
    [InlineData("x", "2–30 characters")]
    public async Task Impersonating_or_invisible_names_are_refused(string name, string message)
    {
        var client = factory.Browser();

        var response = await client.PostFormAsync("/account/register", Registration($"{Guid.NewGuid():N}@test.example", name));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync());
        Assert.False(await factory.WithDbAsync(db => db.Users.AnyAsync(m => m.DisplayName == name.Trim())));
    }

    [Theory]
    [InlineData("password123")]
    [InlineData("qwertyuiop")]
    [InlineData("aaaaaaaaaa")]
    [InlineData("Common Sense Kim")]
    public async Task Common_passwords_or_ones_built_from_the_name_are_refused(string password)
    {
        var response = await factory.Browser().PostFormAsync("/account/register", Registration($"{Guid.NewGuid():N}@test.example", "Common Sense Kim", password));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("too common or too close to your email or name", System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        Assert.False(await factory.WithDbAsync(db => db.Users.AnyAsync(m => m.DisplayName == "Common Sense Kim")));
    }

    [Theory]
    [InlineData("Rosie Lee", "R0sie Lee")]
    [InlineData("Alice Tester", "Al\u0456ce Tester")]     // Cyrillic і
    [InlineData("김하늘 Kim", "김하늘 K\u0131m")]          // dotless ı
    public async Task A_look_alike_of_an_existing_member_is_refused(string existing, string lookAlike)
    {
        await factory.Browser().PostFormAsync("/account/register", Registration($"{Guid.NewGuid():N}@test.example", existing));

        var response = await factory.Browser().PostFormAsync("/account/register", Registration($"{Guid.NewGuid():N}@test.example", lookAlike));

        Assert.Contains("is taken", await response.Content.ReadAsStringAsync());
        Assert.False(await factory.WithDbAsync(db => db.Users.AnyAsync(m => m.DisplayName == lookAlike)));
    }

    [Fact]
    public async Task A_name_stored_under_an_older_look_alike_rule_still_blocks_its_look_alikes_after_start_up_refreshes_it()
    {
        await factory.Browser().PostFormAsync("/account/register", Registration($"{Guid.NewGuid():N}@test.example", "Mina Admiral"));
        // As the rule of an earlier release stored it (one pass, "rn" for "m" the other way round).
        await factory.WithDbAsync(async db =>
        {
            await db.RuleVersions.ExecuteDeleteAsync();
            return await db.Users.Where(m => m.DisplayName == "Mina Admiral").ExecuteUpdateAsync(set => set.SetProperty(m => m.DisplayNameSkeleton, "mlnaadmlral"));
        });

        var refreshed = await factory.WithDbAsync(db => Community.Core.Members.StoredSkeletons.RefreshAsync(db));

        Assert.True(refreshed >= 1);
        Assert.Equal(0, await factory.WithDbAsync(db => Community.Core.Members.StoredSkeletons.RefreshAsync(db)));
        var response = await factory.Browser().PostFormAsync("/account/register", Registration($"{Guid.NewGuid():N}@test.example", "M\u0456na Adm\u0456ral"));
        Assert.Contains("is taken", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Unknown_email_and_wrong_password_read_the_same()
    {
        await factory.Browser().PostFormAsync("/account/register", Registration("known@test.example", "Known Member"));

        var unknown = await factory.Browser().PostFormAsync("/account/login", ("Input.Email", "nobody@test.example"), ("Input.Password", "whatever-password"));
        var wrong = await factory.Browser().PostFormAsync("/account/login", ("Input.Email", "known@test.example"), ("Input.Password", "wrong-password"));

        var unknownHtml = await unknown.Content.ReadAsStringAsync();
        Assert.Contains("Email or password is incorrect", unknownHtml);
        Assert.Contains("Email or password is incorrect", await wrong.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_against_the_right_one()
    {
        await factory.Browser().PostFormAsync("/account/register", Registration("locked@test.example", "Locked Member"));
        for (var i = 0; i < 5; i++)
            await factory.Browser().PostFormAsync("/account/login", ("Input.Email", "locked@test.example"), ("Input.Password", "wrong-password"));

        var right = await factory.Browser().PostFormAsync("/account/login", ("Input.Email", "locked@test.example"), ("Input.Password", Members.Password));

        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Null(right.Headers.Location);
        // Locked out reads like a wrong password, so probing cannot tell which addresses have accounts.
        var lockedHtml = await right.Content.ReadAsStringAsync();
        Assert.Contains("Email or password is incorrect", lockedHtml);
        var unknown = await factory.Browser().PostFormAsync("/account/login", ("Input.Email", "never-registered@test.example"), ("Input.Password", Members.Password));
        Assert.Contains("Email or password is incorrect", await unknown.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Log_in_returns_only_to_local_urls()
    {
        await factory.Browser().PostFormAsync("/account/register", Registration("return@test.example", "Returning Member"));

        var response = await factory.Browser().PostFormAsync("/account/login?returnUrl=https%3A%2F%2Fevil.example",
            ("Input.Email", "return@test.example"), ("Input.Password", Members.Password), ("ReturnUrl", "https://evil.example"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Forgot_password_mails_a_working_reset_link()
    {
        await factory.Browser().PostFormAsync("/account/register", Registration("forgetful@test.example", "Forgetful Member"));

        var sent = await factory.Browser().PostFormAsync("/account/forgot-password", ("Input.Email", "forgetful@test.example"));
        Assert.Contains("a reset link is on its way", await sent.Content.ReadAsStringAsync());
        var mail = Directory.GetFiles(factory.MailFolder).Select(File.ReadAllText).Single(m => m.Contains("To: forgetful@test.example"));
        var link = System.Net.WebUtility.HtmlDecode(mail.Split("href=\"")[1].Split('"')[0]);
        Assert.StartsWith("http://localhost:5000/account/reset-password?", link);
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(new Uri(link).Query);

        var reset = await factory.Browser().PostFormAsync("/account/reset-password",
            ("Input.Email", "forgetful@test.example"), ("Input.Password", "a brand new passphrase"), ("Input.Code", query["code"].ToString()));
        var login = await factory.Browser().PostFormAsync("/account/login", ("Input.Email", "forgetful@test.example"), ("Input.Password", "a brand new passphrase"));

        Assert.Equal("/account/login", reset.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
    }

    [Fact]
    public async Task A_forged_host_header_cannot_redirect_a_reset_link()
    {
        await factory.Browser().PostFormAsync("/account/register", Registration("victim@test.example", "Reset Victim"));
        var attacker = factory.Browser();
        attacker.DefaultRequestHeaders.Host = "attacker.example";

        await attacker.PostFormAsync("/account/forgot-password", ("Input.Email", "victim@test.example"));

        var mail = Directory.GetFiles(factory.MailFolder).Select(File.ReadAllText).Single(m => m.Contains("To: victim@test.example"));
        Assert.DoesNotContain("attacker.example", mail);
        Assert.Contains("http://localhost:5000/account/reset-password?", mail);
    }

    [Fact]
    public async Task The_first_admin_comes_from_configuration()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Member>>();

        var admin = await users.FindByEmailAsync("admin@test.example");

        Assert.NotNull(admin);
        Assert.True(await users.IsInRoleAsync(admin, Roles.Admin));
        Assert.True(await users.CheckPasswordAsync(admin, "staff passphrase for tests"));
    }
}
