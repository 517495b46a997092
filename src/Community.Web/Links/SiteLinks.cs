using System.Text;

namespace Community.Web.Links;

/// <summary>
/// Links to pages named by a slug or a title. Slugs keep Hangul (readable links), so a link is escaped once here;
/// and every URL that reaches a Location header passes through <see cref="ForHeader"/>, because Kestrel refuses a
/// header holding anything but printable ASCII (a Korean redirect used to become a 500 page).
/// </summary>
public static class SiteLinks
{
    public static string Question(int id, string slug) => $"/questions/{id}/{Uri.EscapeDataString(slug)}";

    public static string Product(string slug) => $"/products/{Uri.EscapeDataString(slug)}";

    public static string Space(string slug) => $"/spaces/{Uri.EscapeDataString(slug)}";

    /// <summary>
    /// Percent-encodes (as UTF-8) every character outside printable ASCII and leaves the rest alone, so an
    /// already escaped URL stays as it is and "/questions/7/한국어#answer-3" becomes a valid header value.
    /// </summary>
    public static string ForHeader(string url)
    {
        if (url.All(IsPrintableAscii)) return url;
        var encoded = new StringBuilder(url.Length * 3);
        Span<byte> utf8 = stackalloc byte[4];
        for (var i = 0; i < url.Length; i++)
        {
            if (IsPrintableAscii(url[i]))
            {
                encoded.Append(url[i]);
                continue;
            }
            var length = char.IsHighSurrogate(url[i]) && i + 1 < url.Length && char.IsLowSurrogate(url[i + 1]) ? 2 : 1;
            var count = Encoding.UTF8.GetBytes(url.AsSpan(i, length), utf8);
            foreach (var b in utf8[..count]) encoded.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            i += length - 1;
        }
        return encoded.ToString();
    }

    private static bool IsPrintableAscii(char c) => c > ' ' && c < '\x7f';
}
