using System.Text;

namespace Community.Core.Slugs;

/// <summary>URL slugs from titles; keeps Hangul and other letters, so Korean titles stay readable in links.</summary>
public static class Slug
{
    public static string From(string title, int maxLength = 80)
    {
        var builder = new StringBuilder();
        var dash = false;
        foreach (var c in title.Normalize(NormalizationForm.FormC).ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(c);
                dash = false;
            }
            else if (!dash && builder.Length > 0)
            {
                builder.Append('-');
                dash = true;
            }
            if (builder.Length >= maxLength) break;
        }
        return builder.ToString().Trim('-');
    }
}
