using System.Net;
using System.Text;
using Community.Core.Members;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Community.Web.Accounts;

/// <summary>The account mails (confirm address, reset password), with single-use Identity tokens in the links.</summary>
public sealed class AccountEmails(UserManager<Member> users, IEmailSender sender, IOptions<AccountOptions> options, IStringLocalizer<SharedResource> text)
{
    public async Task SendConfirmationAsync(Member member)
    {
        var token = Encode(await users.GenerateEmailConfirmationTokenAsync(member));
        var link = $"{BaseUrl}/account/confirm-email?userId={member.Id}&code={token}";
        await SendAsync(member, text["ConfirmEmailSubject"], text["ConfirmEmailBody"], link);
    }

    public async Task SendPasswordResetAsync(Member member)
    {
        var token = Encode(await users.GeneratePasswordResetTokenAsync(member));
        var link = $"{BaseUrl}/account/reset-password?email={Uri.EscapeDataString(member.Email!)}&code={token}";
        await SendAsync(member, text["ResetPasswordSubject"], text["ResetPasswordBody"], link);
    }

    /// <summary>Someone tried to register an address that has an account: tell its owner, not the visitor.</summary>
    public Task SendAlreadyRegisteredAsync(Member member) =>
        SendAsync(member, text["AlreadyRegisteredSubject"], text["AlreadyRegisteredBody"], $"{BaseUrl}/account/forgot-password");

    private string BaseUrl => options.Value.PublicBaseUrl.TrimEnd('/');

    public static string Decode(string code) => Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code));

    private static string Encode(string token) => WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));

    private Task SendAsync(Member member, string subject, string intro, string link) =>
        sender.SendAsync(member.Email!, subject,
            $"<p>{WebUtility.HtmlEncode(member.DisplayName)},</p><p>{WebUtility.HtmlEncode(intro)}</p><p><a href=\"{WebUtility.HtmlEncode(link)}\">{WebUtility.HtmlEncode(link)}</a></p>");
}
