namespace Community.Web.Accounts;

public sealed class AccountOptions
{
    /// <summary>Words no member name may imitate (compared by look-alike skeleton), e.g. "admin", "운영자".</summary>
    public string[] ReservedNames { get; set; } = [];

    /// <summary>
    /// The address links in account mails point to. Never taken from the request: a forged Host header
    /// would otherwise send a victim's reset token to an attacker's site.
    /// </summary>
    public string PublicBaseUrl { get; set; } = "http://localhost:5000";

    /// <summary>Admins must turn on an authenticator app before they can use the site.</summary>
    public bool RequireTwoFactorForAdmins { get; set; } = true;
}

public sealed class EmailOptions
{
    /// <summary>Folder (relative to the content root) where outgoing mail is written as .eml files.</summary>
    public string PickupFolder { get; set; } = "data/mail";
    public string From { get; set; } = "community@localhost";
}
