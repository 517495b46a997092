namespace Community.Core.Content;

/// <summary>
/// A text the brand team writes once per language (reward names, spotlight thanks). A reader gets it in their
/// language, or in the other one when that half was left empty, so a text written only in Korean still shows.
/// </summary>
public readonly record struct Bilingual(string English, string Korean)
{
    public string For(string language) => language == "ko" ? Either(Korean, English) : Either(English, Korean);

    public bool IsBlank => string.IsNullOrWhiteSpace(English) && string.IsNullOrWhiteSpace(Korean);

    /// <summary>Trims both halves (null becomes empty), so stored texts never differ by stray spaces.</summary>
    public static Bilingual Trimmed(string? english, string? korean) => new((english ?? "").Trim(), (korean ?? "").Trim());

    private static string Either(string first, string second) => string.IsNullOrWhiteSpace(first) ? second : first;
}
