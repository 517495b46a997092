using Community.Core.Members;
using Microsoft.AspNetCore.Identity;
using QRCoder;

namespace Community.Web.Accounts;

/// <summary>The authenticator-app key of a member (Identity's TOTP provider), as text and as a QR code for phones.</summary>
public sealed class TwoFactorSetup(UserManager<Member> users, IUserStore<Member> store)
{
    public const string Issuer = "Community";

    public sealed record AuthenticatorKey(string Key, string QrDataUri);

    public async Task<AuthenticatorKey> KeyForAsync(Member member)
    {
        var key = await users.GetAuthenticatorKeyAsync(member);
        if (string.IsNullOrEmpty(key))
        {
            // The first key, through the store: UserManager.ResetAuthenticatorKeyAsync also renews the security stamp,
            // which signed the member out on every device (this one too) at the next stamp check, a minute later, for
            // merely opening this page. A first key replaces nothing, so no session needs ending.
            await ((IUserAuthenticatorKeyStore<Member>)store).SetAuthenticatorKeyAsync(member, users.GenerateNewAuthenticatorKey(), CancellationToken.None);
            var saved = await users.UpdateAsync(member);
            if (!saved.Succeeded) throw new InvalidOperationException($"The authenticator key was not saved: {string.Join("; ", saved.Errors.Select(e => e.Description))}");
            key = await users.GetAuthenticatorKeyAsync(member);
        }
        var uri = $"otpauth://totp/{Uri.EscapeDataString(Issuer)}:{Uri.EscapeDataString(member.Email!)}?secret={key}&issuer={Uri.EscapeDataString(Issuer)}&digits=6";
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(uri, QRCodeGenerator.ECCLevel.Q);
        var png = new PngByteQRCode(data).GetGraphic(5);
        return new AuthenticatorKey(key!, "data:image/png;base64," + Convert.ToBase64String(png));
    }

    /// <summary>Turns two-factor on once the member proves the app works; returns one-time recovery codes.</summary>
    public async Task<IReadOnlyList<string>?> EnableAsync(Member member, string? code)
    {
        var digits = new string((code ?? "").Where(char.IsAsciiDigit).ToArray());
        if (!await users.VerifyTwoFactorTokenAsync(member, users.Options.Tokens.AuthenticatorTokenProvider, digits)) return null;
        await users.SetTwoFactorEnabledAsync(member, true);
        return (await users.GenerateNewTwoFactorRecoveryCodesAsync(member, 10))?.ToList() ?? [];
    }
}

public static class TwoFactorRequirement
{
    /// <summary>An admin without two-factor is sent to set it up before anything else (sign-out and the setup page stay open).</summary>
    public static IApplicationBuilder UseTwoFactorForAdmins(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        var required = http.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<AccountOptions>>().Value.RequireTwoFactorForAdmins;
        if (required && http.User.IsInRole(Roles.Admin) && !http.Request.Path.StartsWithSegments("/account") && !http.Request.Path.StartsWithSegments("/culture")
            && http.User.Id() is { } adminId)
        {
            var users = http.RequestServices.GetRequiredService<UserManager<Member>>();
            var admin = await users.FindByIdAsync(adminId.ToString(System.Globalization.CultureInfo.InvariantCulture));
            if (admin is not null && !await users.GetTwoFactorEnabledAsync(admin))
            {
                http.Response.Redirect("/account/two-factor?required=true");
                return;
            }
        }
        await next();
    });
}
