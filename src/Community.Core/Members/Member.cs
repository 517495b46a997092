using Microsoft.AspNetCore.Identity;

namespace Community.Core.Members;

public class Member : IdentityUser<int>
{
    public string DisplayName { get; set; } = "";

    /// <summary>Look-alike-folded form of <see cref="DisplayName"/>; unique, so "Anna" and "Аnna" cannot both exist.</summary>
    public string DisplayNameSkeleton { get; set; } = "";

    public DateTime JoinedAt { get; set; }

    /// <summary>Lifetime reputation; starts at 1 and never drops below it.</summary>
    public int Reputation { get; internal set; } = 1;

    /// <summary>Spendable points: earned alongside reputation, spent in the rewards catalogue; never below 0.</summary>
    public int Points { get; internal set; }

    public string? PreferredCulture { get; set; }

    /// <summary>The member's picture (an upload re-encoded by us), if they chose one.</summary>
    public Guid? AvatarId { get; internal set; }

    /// <summary>A silenced member may read and vote but not post until then.</summary>
    public DateTime? SilencedUntil { get; internal set; }

    /// <summary>A suspended member cannot sign in until then (Identity's lockout carries the same date).</summary>
    public DateTime? SuspendedUntil { get; internal set; }

    /// <summary>Whether the brand team may contact this member about advocacy: null until they choose (the finder shows it).</summary>
    public bool? AdvocacyContact { get; internal set; }

    /// <summary>The brand-team member looking after this member personally (dedicated personal assistance), if any.</summary>
    public int? ManagerId { get; internal set; }

    /// <summary>Light or dark pages; null follows the member's device (prefers-color-scheme).</summary>
    public ColorTheme? Theme { get; internal set; }

    public void ChooseAdvocacyContact(bool allowed) => AdvocacyContact = allowed;

    public void ChooseTheme(ColorTheme? theme) => Theme = theme is null || Enum.IsDefined(theme.Value) ? theme : throw new DomainException("ChooseTheme");
}
