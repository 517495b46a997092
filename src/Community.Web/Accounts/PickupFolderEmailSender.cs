using Community.Web.Hosting;
using System.Net;
using System.Text;
using Microsoft.Extensions.Options;

namespace Community.Web.Accounts;

/// <summary>
/// Writes each message as an .eml file into a pickup folder: in Development that is the inbox;
/// in production a relay (or a later SMTP sender) picks the files up. Files being written start with a dot and end in
/// <c>.partial</c>; a relay takes only <c>*.eml</c>.
/// </summary>
public sealed class PickupFolderEmailSender(IOptions<EmailOptions> options, IWebHostEnvironment environment, ILogger<PickupFolderEmailSender> log, TimeProvider clock) : IEmailSender
{
    public async Task SendAsync(string to, string subject, string htmlBody, CancellationToken ct = default)
    {
        var folder = Path.Combine(environment.ContentRootPath, options.Value.PickupFolder);
        var file = Path.Combine(folder, $"{clock.GetUtcNow():yyyyMMddHHmmssfff}-{Guid.NewGuid():N}.eml");
        var message = new StringBuilder()
            .Append("From: ").Append(options.Value.From).Append("\r\n")
            .Append("To: ").Append(to.Replace("\r", "").Replace("\n", "")).Append("\r\n")
            .Append("Subject: =?utf-8?B?").Append(Convert.ToBase64String(Encoding.UTF8.GetBytes(subject))).Append("?=\r\n")
            .Append("MIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-8\r\n\r\n")
            .Append(htmlBody);
        // Whole or not at all: a relay must never pick up a cut-off message (a full disk used to leave 0-byte ones).
        await Community.Core.Storage.AtomicFile.WriteAsync(file, Encoding.UTF8.GetBytes(message.ToString()), ct);
        if (log.IsEnabled(LogLevel.Information)) log.MailPickedUp(WebUtility.HtmlEncode(to[..Math.Min(3, to.Length)]) + "…");
    }
}
