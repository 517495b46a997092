using System.Globalization;
using System.Text;

namespace Community.Core.Members;

/// <summary>
/// Decides whether a display name may be used. Names are trimmed and inner whitespace collapsed;
/// invisible, control and bidirectional characters (including the Hangul fillers that render as
/// nothing) are refused; and every name is folded to a "skeleton" so look-alikes collide:
/// "Admin", "Аdmin" (Cyrillic А) and "Adm1n" share one skeleton.
/// </summary>
public static class DisplayNamePolicy
{
    public const int MinLength = 2;
    public const int MaxLength = 30;

    // Characters that render as nothing or reorder text, beyond Unicode categories Cc/Cf/Zl/Zp.
    private static readonly HashSet<int> InvisibleLetters = [0x115F, 0x1160, 0x3164, 0xFFA0, 0x2800, 0x180E, 0x034F];

    // A compact table of the confusables most used for impersonation (Unicode TR39 has thousands;
    // these cover Cyrillic/Greek look-alikes of Latin letters and digit-for-letter swaps).
    private static readonly Dictionary<char, char> Confusables = new()
    {
        ['а'] = 'a', ['в'] = 'b', ['е'] = 'e', ['ё'] = 'e', ['к'] = 'k', ['м'] = 'm', ['н'] = 'h', ['о'] = 'o',
        ['р'] = 'p', ['с'] = 'c', ['т'] = 't', ['у'] = 'y', ['х'] = 'x', ['і'] = 'i', ['ј'] = 'j', ['ѕ'] = 's',
        ['ԁ'] = 'd', ['ԛ'] = 'q', ['ԝ'] = 'w', ['ɡ'] = 'g', ['ı'] = 'i', ['ł'] = 'l',
        ['α'] = 'a', ['β'] = 'b', ['ε'] = 'e', ['η'] = 'n', ['ι'] = 'i', ['κ'] = 'k', ['ν'] = 'v', ['ο'] = 'o',
        ['ρ'] = 'p', ['τ'] = 't', ['υ'] = 'u', ['χ'] = 'x', ['ω'] = 'w', ['μ'] = 'u',
        ['0'] = 'o', ['1'] = 'l', ['i'] = 'l', ['|'] = 'l', ['3'] = 'e', ['4'] = 'a', ['5'] = 's', ['7'] = 't',
        ['8'] = 'b', ['9'] = 'g', ['$'] = 's', ['@'] = 'a',
    };

    /// <summary>Returns the cleaned name, or null with <paramref name="errorKey"/> saying why not.</summary>
    public static string? Clean(string? raw, out string? errorKey)
    {
        errorKey = null;
        var collapsed = string.Join(' ', (raw ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        var name = collapsed.Normalize(NormalizationForm.FormC);
        var length = new StringInfo(name).LengthInTextElements;
        if (length < MinLength || length > MaxLength)
        {
            errorKey = "DisplayNameLength";
            return null;
        }
        var combiningRun = 0;
        foreach (var rune in name.EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            if (category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator
                    or UnicodeCategory.ParagraphSeparator or UnicodeCategory.PrivateUse or UnicodeCategory.Surrogate
                    or UnicodeCategory.OtherNotAssigned
                || InvisibleLetters.Contains(rune.Value)
                || (Rune.IsWhiteSpace(rune) && rune.Value != ' '))
            {
                errorKey = "DisplayNameInvisible";
                return null;
            }
            // Stacks of combining marks ("zalgo") hide or overlap neighbouring text. After NFC,
            // real letters (Hangul, Vietnamese, accented Latin) carry at most one loose mark.
            combiningRun = category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark ? combiningRun + 1 : 0;
            if (combiningRun > 1)
            {
                errorKey = "DisplayNameInvisible";
                return null;
            }
        }
        return name;
    }

    /// <summary>Folds width, case, accents, separators and common look-alikes into one comparable key.</summary>
    public static string Skeleton(string name)
    {
        var decomposed = name.Normalize(NormalizationForm.FormKD).ToLowerInvariant();
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
                continue;
            if (char.IsWhiteSpace(c) || c is '_' or '-' or '.' or '·' or '\'')
                continue;
            builder.Append(Confusables.TryGetValue(c, out var folded) ? folded : c);
        }
        // "rn" reads as "m" in most fonts.
        return builder.ToString().Replace("rn", "m").Normalize(NormalizationForm.FormC);
    }

    /// <summary>True when the name imitates one of the reserved staff words (e.g. "admin", "운영자").</summary>
    public static bool ImitatesReserved(string skeleton, IEnumerable<string> reservedWords) =>
        reservedWords.Select(Skeleton).Any(word => word.Length > 0 && skeleton.Contains(word, StringComparison.Ordinal));
}
