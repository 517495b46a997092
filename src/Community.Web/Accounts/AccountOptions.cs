namespace Community.Web.Accounts;

public sealed class AccountOptions
{
    /// <summary>Words no member name may imitate (compared by look-alike skeleton), e.g. "admin", "운영자".</summary>
    public string[] ReservedNames { get; set; } = [];
}

public sealed class EmailOptions
{
    /// <summary>Folder (relative to the content root) where outgoing mail is written as .eml files.</summary>
    public string PickupFolder { get; set; } = "data/mail";
    public string From { get; set; } = "community@localhost";
}
