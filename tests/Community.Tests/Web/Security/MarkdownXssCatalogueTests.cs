using AngleSharp.Html.Parser;
using Community.Tests.Support;

namespace Community.Tests.Web.Security;

/// <summary>
/// Hostile Markdown posted as real answers and read back from the real question page: whatever the
/// input, the rendered answer holds only allow-listed elements, no event handlers or inline styles,
/// and no link or image pointing anywhere but http(s)/mailto or this site.
/// </summary>
public class MarkdownXssCatalogueTests(CommunityFactory factory) : IClassFixture<CommunityFactory>
{
    private const string Padding = "\n\nPadding so the answer is long enough to be accepted by the form.";

    public static TheoryData<string, string> Payloads() => new()
    {
        // Links in every Markdown form
        { "inline link", "[x](javascript:alert(1))" },
        { "inline link, mixed case", "[x](JaVaScRiPt:alert(1))" },
        { "inline link, leading spaces", "[x](   javascript:alert(1))" },
        { "inline link with title", "[x](javascript:alert(1) \"t\")" },
        { "angle-bracket destination", "[x](<javascript:alert(1)>)" },
        { "reference link", "[x][r]\n\n[r]: javascript:alert(1)" },
        { "collapsed reference", "[r][]\n\n[r]: javascript:alert(1)" },
        { "shortcut reference", "[r]\n\n[r]: javascript:alert(1)" },
        { "autolink", "<javascript:alert(1)>" },
        { "bare scheme text", "javascript:alert(1)" },
        { "image", "![x](javascript:alert(1))" },
        { "reference image", "![x][i]\n\n[i]: javascript:alert(1)" },
        { "image inside link", "[![x](https://example.com/a.png)](javascript:alert(1))" },
        { "vbscript", "[x](vbscript:msgbox(1))" },
        { "data html", "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)" },
        { "data svg image", "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)" },
        // Entity- and whitespace-encoded schemes
        { "decimal entity", "[x](&#106;avascript:alert(1))" },
        { "hex entity", "[x](&#x6A;avascript:alert(1))" },
        { "padded entity", "[x](&#0000106;&#0000097;vascript:alert(1))" },
        { "tab entity", "[x](java&#x09;script:alert(1))" },
        { "newline entity", "[x](java&#x0A;script:alert(1))" },
        { "percent-encoded", "[x](javascript%3Aalert(1))" },
        { "colon entity", "[x](javascript&colon;alert(1))" },
        { "zero-width space", "[x](java\u200Bscript:alert(1))" },
        // Raw HTML with handlers
        { "img onerror", "<img src=x onerror=alert(1)>" },
        { "script", "<script>alert(1)</script>" },
        { "svg onload", "<svg onload=alert(1)><circle r=1 /></svg>" },
        { "svg script", "<svg><script>alert(1)</script></svg>" },
        { "iframe", "<iframe src=\"https://evil.example\"></iframe>" },
        { "iframe srcdoc", "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>" },
        { "object", "<object data=\"javascript:alert(1)\"></object>" },
        { "embed", "<embed src=\"javascript:alert(1)\">" },
        { "anchor onclick", "<a href=\"https://x.example\" onclick=\"alert(1)\">x</a>" },
        { "anchor javascript", "<a href=\"javascript:alert(1)\">x</a>" },
        { "details ontoggle", "<details open ontoggle=alert(1)><summary>x</summary></details>" },
        { "input autofocus", "<input autofocus onfocus=alert(1)>" },
        { "body onload", "<body onload=alert(1)>" },
        { "style tag", "<style>body{display:none}</style>" },
        { "style attribute", "<div style=\"background:url(javascript:alert(1))\">x</div>" },
        { "form", "<form action=\"https://evil.example\"><button>go</button></form>" },
        { "math", "<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>" },
        { "meta refresh", "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">" },
        { "base href", "<base href=\"javascript:alert(1)//\">" },
        { "noscript break-out", "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>" },
        { "comment break-out", "<!--><img src=x onerror=alert(1)>-->" },
        { "video source onerror", "<video><source onerror=alert(1)></video>" },
        // Tables, task lists and autolinks
        { "table cell html", "| a |\n|---|\n| <img src=x onerror=alert(1)> |" },
        { "table cell link", "| a |\n|---|\n| [x](javascript:alert(1)) |" },
        { "task list item", "- [ ] <img src=x onerror=alert(1)>" },
        { "autolink attribute break", "<https://x.example\" onmouseover=\"alert(1)>" },
        { "bare url attribute break", "https://x.example/\"onmouseover=\"alert(1)" },
        { "title attribute break", "[x](https://x.example \"a\\\" onmouseover=\\\"alert(1)\")" },
    };

    private static readonly HashSet<string> AllowedElements =
    [
        "p", "a", "img", "em", "strong", "code", "pre", "blockquote", "ul", "ol", "li", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "br",
        "table", "thead", "tbody", "tr", "th", "td", "del", "input", "span", "div",
    ];

    [Theory]
    [MemberData(nameof(Payloads))]
    public async Task Hostile_markdown_renders_harmless(string category, string payload)
    {
        var asker = await factory.RegisterAsync("Xss asker");
        var attacker = await factory.RegisterAsync("Xss author");
        var questionId = await asker.AskAsync($"Catalogue question for {category}");
        var answerId = await attacker.AnswerAsync(questionId, payload + Padding);

        var page = await factory.Browser().GetAsync($"/questions/{questionId}");
        if (page.StatusCode == System.Net.HttpStatusCode.MovedPermanently) page = await factory.Browser().GetAsync(page.Headers.Location!.OriginalString);
        var document = new HtmlParser().ParseDocument(await page.Content.ReadAsStringAsync());
        var body = document.QuerySelector($"#answer-{answerId} .post-body");

        Assert.NotNull(body);
        Assert.Contains("Padding so the answer is long enough", body!.TextContent);
        foreach (var element in body.QuerySelectorAll("*"))
        {
            var name = element.LocalName;
            Assert.True(AllowedElements.Contains(name), $"{category}: <{name}> survived");
            Assert.True(name != "input" || element.GetAttribute("type") == "checkbox", $"{category}: a non-checkbox input survived");
            foreach (var attribute in element.Attributes)
            {
                Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"{category}: {attribute.Name} survived");
                Assert.NotEqual("style", attribute.Name);
                Assert.NotEqual("srcdoc", attribute.Name);
                if (attribute.Name is "href" or "src" or "xlink:href" or "action" or "formaction")
                    Assert.True(IsSafeUrl(attribute.Value), $"{category}: {attribute.Name}=\"{attribute.Value}\" survived");
            }
        }
    }

    /// <summary>
    /// http(s), mailto, or a relative reference (no scheme, e.g. "javascript%3Aalert(1)" is a harmless
    /// relative path) — judged after stripping what browsers ignore inside a scheme.
    /// </summary>
    private static bool IsSafeUrl(string value)
    {
        var cleaned = new string(value.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c) && c != '\u200B').ToArray()).ToLowerInvariant();
        var colon = cleaned.IndexOf(':');
        var firstDelimiter = cleaned.IndexOfAny(['/', '?', '#']);
        var hasScheme = colon > 0 && (firstDelimiter < 0 || colon < firstDelimiter);
        if (!hasScheme) return true;
        return cleaned.StartsWith("https:", StringComparison.Ordinal) || cleaned.StartsWith("http:", StringComparison.Ordinal) || cleaned.StartsWith("mailto:", StringComparison.Ordinal);
    }
}
