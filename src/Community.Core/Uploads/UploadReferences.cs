using System.Text.RegularExpressions;

namespace Community.Core.Uploads;

/// <summary>The uploads a piece of Markdown shows, found by their URL (relative or absolute, in any link or image syntax).</summary>
public static partial class UploadReferences
{
    public static IReadOnlyCollection<Guid> In(string? markdown)
    {
        if (markdown is null || !markdown.Contains("/uploads/", StringComparison.OrdinalIgnoreCase)) return [];
        var found = new HashSet<Guid>();
        foreach (Match match in UploadUrl().Matches(markdown))
            if (Guid.TryParse(match.Groups[1].ValueSpan, out var id)) found.Add(id);
        return found;
    }

    [GeneratedRegex(@"/uploads/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UploadUrl();
}
