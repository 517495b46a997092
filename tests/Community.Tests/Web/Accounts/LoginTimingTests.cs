using System.Net;
using Community.Core.Members;
using Community.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Community.Tests.Web.Accounts;

/// <summary>The real password hasher, counting its verifications: how long a refusal takes is what it verified.</summary>
public sealed class HasherCountingFactory : CommunityFactory
{
    public int Verifications => _verifications;
    private int _verifications;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddScoped<IPasswordHasher<Member>>(s =>
            new Counting(new PasswordHasher<Member>(s.GetRequiredService<IOptions<PasswordHasherOptions>>()), () => Interlocked.Increment(ref _verifications))));
    }

    private sealed class Counting(PasswordHasher<Member> real, Action counted) : IPasswordHasher<Member>
    {
        public string HashPassword(Member user, string password) => real.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(Member user, string hashedPassword, string providedPassword)
        {
            counted();
            return real.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }
}

/// <summary>A refused log-in costs one password verification whether or not the account exists, so its timing tells nothing.</summary>
public class LoginTimingTests(HasherCountingFactory factory) : IClassFixture<HasherCountingFactory>
{
    private async Task<int> VerificationsForLoginAsync(string email, string password)
    {
        var before = factory.Verifications;
        var response = await factory.Browser().SubmitAsync("/account/login", "Log in", ("Input.Email", email), ("Input.Password", password));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Email or password is incorrect", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        return factory.Verifications - before;
    }

    [Fact]
    public async Task An_unknown_email_a_wrong_password_and_a_locked_out_account_each_cost_one_verification()
    {
        var email = $"{Guid.NewGuid():N}@test.example";
        var registered = await factory.Browser().PostFormAsync("/account/register",
            ("Input.Email", email), ("Input.DisplayName", "시간 재는 회원"), ("Input.Password", Members.Password));
        Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);

        Assert.Equal(1, await VerificationsForLoginAsync($"{Guid.NewGuid():N}@test.example", "아무 비밀번호나 넣어요"));
        Assert.Equal(1, await VerificationsForLoginAsync(email, "wrong password here"));
        for (var attempt = 2; attempt <= 5; attempt++) await VerificationsForLoginAsync(email, "wrong password here");
        Assert.Equal(1, await VerificationsForLoginAsync(email, "wrong password here"));
    }
}
