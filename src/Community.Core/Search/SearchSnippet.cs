using System.Net;
using System.Text;

namespace Community.Core.Search;

/// <summary>
/// Builds a short, HTML-encoded excerpt around the first matching term with every match wrapped in
/// &lt;mark&gt;. Done in C# rather than with FTS5's snippet() so short Korean terms (found by LIKE)
/// are highlighted too, and so the only markup in the result is ours.
/// </summary>
public static class SearchSnippet
{
    public static string Highlight(string text, IReadOnlyList<string> terms, int maxLength = 220)
    {
        var start = 0;
        if (text.Length > maxLength)
        {
            var first = terms.Select(t => text.IndexOf(t, StringComparison.OrdinalIgnoreCase)).Where(i => i >= 0).DefaultIfEmpty(0).Min();
            start = Math.Clamp(first - maxLength / 4, 0, text.Length - maxLength);
        }
        var window = text.Substring(start, Math.Min(maxLength, text.Length - start));
        var builder = new StringBuilder();
        if (start > 0) builder.Append('…');
        var position = 0;
        while (position < window.Length)
        {
            var (index, length) = NextMatch(window, position, terms);
            if (index < 0)
            {
                builder.Append(WebUtility.HtmlEncode(window[position..]));
                break;
            }
            builder.Append(WebUtility.HtmlEncode(window[position..index]))
                .Append("<mark>").Append(WebUtility.HtmlEncode(window.Substring(index, length))).Append("</mark>");
            position = index + length;
        }
        if (start + window.Length < text.Length) builder.Append('…');
        return builder.ToString();
    }

    private static (int Index, int Length) NextMatch(string text, int from, IReadOnlyList<string> terms)
    {
        var best = (Index: -1, Length: 0);
        foreach (var term in terms)
        {
            if (term.Length == 0) continue;
            var index = text.IndexOf(term, from, StringComparison.OrdinalIgnoreCase);
            if (index >= 0 && (best.Index < 0 || index < best.Index || (index == best.Index && term.Length > best.Length)))
                best = (index, term.Length);
        }
        return best;
    }
}
