using System.Globalization;
using Community.Core.Reputation;
using Microsoft.Extensions.Options;

namespace Community.Web.Reputation;

/// <summary>The advocate ladder as pages show it: level names in the reader's language, progress, and vote weight.</summary>
public sealed class LevelView(IOptions<AdvocacyOptions> advocacy, IOptions<PrivilegeOptions> privileges)
{
    // Sorted once: a level mark beside every name in a list asks for it dozens of times a page.
    private readonly Lazy<IReadOnlyList<AdvocateLevel>> _ladder = new(() => advocacy.Value.Ladder);

    public IReadOnlyList<AdvocateLevel> Ladder => _ladder.Value;

    public LevelProgress For(int reputation) => AdvocateLevelPolicy.For(reputation, Ladder);

    public static string Name(AdvocateLevel level) => level.NameFor(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName);

    /// <summary>Privileges ordered by threshold, with whether this reputation already holds each.</summary>
    public IReadOnlyList<(Privilege Privilege, int Threshold, bool Held)> Privileges(int reputation) =>
        Enum.GetValues<Privilege>()
            .Select(p => (p, privileges.Value.ThresholdFor(p), privileges.Value.Has(reputation, p)))
            .OrderBy(p => p.Item2)
            .ToList();
}
