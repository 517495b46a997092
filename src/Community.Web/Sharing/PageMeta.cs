using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Community.Web.Sharing;

/// <summary>
/// What search engines and link previews read about a page (meta description, canonical link, Open Graph): a page
/// sets its own description, type or image in ViewData; the layout fills the rest from the site's.
/// </summary>
public static partial class PageMeta
{
    public const string DescriptionKey = "Description";
    public const string TypeKey = "OgType";
    public const string ImageKey = "OgImage";

    /// <summary>The first words of a rendered post, as plain text, for a description (about 160 characters, cut at a word).</summary>
    public static string Excerpt(string html, int length = 160)
    {
        // Block boundaries become spaces; inline tags vanish, so "<strong>청소기</strong>가" stays one word.
        var text = Whitespace().Replace(WebUtility.HtmlDecode(InlineTags().Replace(BlockTags().Replace(html, " "), "")), " ").Trim();
        if (text.Length <= length) return text;
        var cut = text.LastIndexOf(' ', length);
        return string.Concat(text.AsSpan(0, cut > length / 2 ? cut : length), "…");
    }

    public static void DescribeAs(this ViewDataDictionary view, string description, string type = "website", string? image = null)
    {
        view[DescriptionKey] = description;
        view[TypeKey] = type;
        if (image is not null) view[ImageKey] = image;
    }

    /// <summary>Absolute, on the public address people use (Accounts:PublicBaseUrl), whatever host the request came in on.</summary>
    public static string Absolute(string publicBaseUrl, string pathAndQuery) => publicBaseUrl.TrimEnd('/') + pathAndQuery;

    [GeneratedRegex(@"</?(?:p|br|li|ul|ol|h[1-6]|div|blockquote|pre|table|tr|td|th|hr)\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockTags();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex InlineTags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
