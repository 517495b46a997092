using AngleSharp.Dom;
using Ganss.Xss;
using Markdig;

namespace Community.Core.Content;

/// <summary>
/// The one way user Markdown becomes HTML: Markdig with explicitly chosen extensions and raw HTML
/// disabled, then HtmlSanitizer with a strict allow-list. Run once at write time; pages show the stored result.
/// Thread-safe: the pipeline and sanitizer are immutable after construction.
/// </summary>
public sealed class MarkdownRenderer
{
    private static readonly string[] AllowedClassPrefixes = ["language-", "task-list-item", "contains-task-list"];

    private readonly MarkdownPipeline _pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseTaskLists()
        .UseAutoLinks()
        .DisableHtml()
        .Build();

    private readonly HtmlSanitizer _sanitizer = CreateSanitizer();

    /// <summary>
    /// Renders Markdown, or throws <see cref="DomainException"/>: "MarkdownTooDeep" for pathological nesting,
    /// "MarkdownTooComplex" for shapes that would cost seconds (<see cref="MarkdownCost"/>).
    /// </summary>
    public RenderedMarkdown Render(string markdown)
    {
        if (MarkdownNesting.Estimate(markdown) > MarkdownNesting.MaxDepth)
            throw new DomainException("MarkdownTooDeep");
        MarkdownCost.CheckSource(markdown);
        try
        {
            var document = Markdown.Parse(markdown, _pipeline);
            MarkdownCost.CheckParsed(document);
            var html = document.ToHtml(_pipeline);
            var text = Markdown.ToPlainText(markdown, _pipeline);
            return new RenderedMarkdown(_sanitizer.Sanitize(html), CollapseWhitespace(text));
        }
        catch (ArgumentException)
        {
            // Markdig's own depth guard ("too deeply nested") fires on inputs our estimate lets through.
            throw new DomainException("MarkdownTooDeep");
        }
    }

    private static string CollapseWhitespace(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    // Images load from our own origin or over https only; "//host" is another origin in disguise.
    private static bool IsAllowedImageSource(string src) =>
        src.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || (src.StartsWith('/') && !src.StartsWith("//", StringComparison.Ordinal));

    private static HtmlSanitizer CreateSanitizer()
    {
        var options = new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
            {
                "p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "strong", "em", "del", "code", "pre",
                "blockquote", "ul", "ol", "li", "a", "img", "table", "thead", "tbody", "tr", "th", "td", "input",
            },
            AllowedAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
            {
                "href", "src", "alt", "title", "class", "type", "disabled", "checked", "start",
            },
            AllowedSchemes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "http", "https", "mailto" },
            UriAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "href", "src" },
            AllowedCssProperties = new HashSet<string>(),
            AllowedAtRules = new HashSet<AngleSharp.Css.Dom.CssRuleType>(),
        };
        var sanitizer = new HtmlSanitizer(options);
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is not IElement element) return;
            switch (element.LocalName)
            {
                case "a":
                    element.SetAttribute("rel", "nofollow ugc noopener");
                    break;
                case "img" when !IsAllowedImageSource(element.GetAttribute("src") ?? ""):
                    element.RemoveAttribute("src");
                    break;
                case "input" when element.GetAttribute("type") != "checkbox":
                    element.Remove();
                    return;
                case "input":
                    element.SetAttribute("disabled", "disabled");
                    break;
            }
            var classes = element.ClassList.ToArray();
            foreach (var name in classes.Where(c => !AllowedClassPrefixes.Any(p => c.StartsWith(p, StringComparison.Ordinal))))
                element.ClassList.Remove(name);
            if (element.ClassList.Length == 0) element.RemoveAttribute("class");
        };
        return sanitizer;
    }
}
