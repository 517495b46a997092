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

    // Unicode's confusables cover what looks alike; impersonators also swap digits and symbols for letters
    // ("Adm1n", "4dmin") and "i" for "l", which no font draws alike but every reader takes for the same name.
    private static readonly Dictionary<char, char> ReadAlike = new()
    {
        ['i'] = 'l', ['0'] = 'o', ['1'] = 'l', ['3'] = 'e', ['4'] = 'a', ['5'] = 's', ['7'] = 't', ['8'] = 'b', ['9'] = 'g',
        ['$'] = 's', ['@'] = 'a',
        // Small capitals read as their letters; Unicode's table lists only some of them (not "ᴀ").
        ['ᴀ'] = 'a', ['ʙ'] = 'b', ['ᴄ'] = 'c', ['ᴅ'] = 'd', ['ᴇ'] = 'e', ['ꜰ'] = 'f', ['ɢ'] = 'g', ['ʜ'] = 'h', ['ɪ'] = 'l',
        ['ᴊ'] = 'j', ['ᴋ'] = 'k', ['ʟ'] = 'l', ['ᴍ'] = 'm', ['ɴ'] = 'n', ['ᴏ'] = 'o', ['ᴘ'] = 'p', ['ʀ'] = 'r', ['ꜱ'] = 's',
        ['ᴛ'] = 't', ['ᴜ'] = 'u', ['ᴠ'] = 'v', ['ᴡ'] = 'w', ['ʏ'] = 'y', ['ᴢ'] = 'z',
    };

    /// <summary>Skeletons are stored; a longer one (some characters unfold into several) is cut to this.</summary>
    public const int MaxSkeletonLength = 128;

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

    /// <summary>
    /// Folds width, case, accents, separators and look-alikes into one comparable key: NFKC and lower case first
    /// ("ｍｏｄ" is "mod"), then the UTS #39 skeleton (<see cref="IcuConfusables"/>) and our read-alike folds, again
    /// and again until nothing changes — one pass left "і" (Cyrillic) at "i" while Latin "i" had become "l".
    /// </summary>
    public static string Skeleton(string name)
    {
        var key = Fold(name);
        for (var pass = 0; pass < 8; pass++)
        {
            var next = Fold(IcuConfusables.Skeleton(key));
            if (next == key) break;
            key = next;
        }
        return key.Length <= MaxSkeletonLength ? key : key[..MaxSkeletonLength];
    }

    private static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormKD).ToLowerInvariant();
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
                continue;
            if (char.IsWhiteSpace(c) || c is '_' or '-' or '.' or '·' or '\'')
                continue;
            builder.Append(ReadAlike.TryGetValue(c, out var folded) ? folded : c);
        }
        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>The skeleton of each word of a name, for reserved words too short to match inside longer words.</summary>
    public static IEnumerable<string> WordSkeletons(string name) =>
        name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(Skeleton);

    /// <summary>True when the name imitates one of the reserved staff words (e.g. "admin", "운영자").</summary>
    /// <remarks>Short words ("mod") count only as a whole word of the name, so "Modern Kim" stays possible; longer ones
    /// anywhere inside it ("SuperAdmin").</remarks>
    public static bool ImitatesReserved(string name, IEnumerable<string> reservedWords)
    {
        var skeleton = Skeleton(name);
        var words = WordSkeletons(name).ToHashSet(StringComparer.Ordinal);
        return reservedWords.Any(reserved =>
            new StringInfo(reserved.Trim()).LengthInTextElements <= ShortReservedWord
                ? words.Contains(Skeleton(reserved))
                : Skeleton(reserved) is { Length: > 0 } word && skeleton.Contains(word, StringComparison.Ordinal));
    }

    private const int ShortReservedWord = 3;
}
