using System.Text.RegularExpressions;

namespace Community.Core.Rewards;

/// <summary>Where a shipped reward goes, as the member typed it; checked before any point is spent.</summary>
public sealed partial record DeliveryDetails(string? Name, string? Address, string? Phone)
{
    public const int NameMax = 100;
    public const int AddressMax = 300;

    public DeliveryDetails Checked()
    {
        var name = Name?.Trim();
        var address = Address?.Trim();
        var phone = Phone?.Trim();
        if (name is not { Length: >= 2 and <= NameMax } || address is not { Length: >= 5 and <= AddressMax } || phone is null || !PhonePattern().IsMatch(phone))
            throw new DomainException("DeliveryDetailsRequired");
        return new DeliveryDetails(name, address, phone);
    }

    [GeneratedRegex(@"^\+?[0-9][0-9 \-()]{5,28}$")]
    private static partial Regex PhonePattern();
}
