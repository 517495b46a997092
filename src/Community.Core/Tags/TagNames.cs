using System.Text;

namespace Community.Core.Tags;

/// <summary>Parses the free-text Tags field ("billing, 배송 app-login") into clean tag names.</summary>
public static class TagNames
{
    public const int MinCount = 1;
    public const int MaxCount = 5;
    public const int MaxLength = 35;

    /// <summary>Returns distinct, lower-cased names, or null with the reason in <paramref name="errorKey"/>.</summary>
    public static IReadOnlyList<string>? Parse(string? raw, out string? errorKey)
    {
        errorKey = null;
        var names = (raw ?? "")
            .Split([' ', ',', ';', '\t', '\n', '\r', '#'], StringSplitOptions.RemoveEmptyEntries)
            .Select(n => n.Normalize(NormalizationForm.FormC).ToLowerInvariant())
            .Distinct()
            .ToList();
        if (names.Count < MinCount || names.Count > MaxCount)
        {
            errorKey = "TagsCount";
            return null;
        }
        if (names.Any(n => n.Length > MaxLength || !n.All(IsAllowed) || !char.IsLetterOrDigit(n[0])))
        {
            errorKey = "TagsCharacters";
            return null;
        }
        return names;
    }

    private static bool IsAllowed(char c) => char.IsLetterOrDigit(c) || c is '-' or '.' or '+' or '_';
}
