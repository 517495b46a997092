using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Localization;

namespace Community.Web.Accessibility;

/// <summary>
/// After a refused submit, the page's first validation summary (<c>asp-validation-summary</c>) lists every problem under a
/// heading: a form-wide one in its words, a field's one as a link named by the field's label that leads to it (the field
/// says what is wrong beside it and in its description, so each message shows once on the page), and is marked <c>data-error-summary</c> and focusable, so
/// site.js moves focus to it as the page loads and a screen reader reads it at once. Later summaries on the same page keep
/// the built-in behaviour (their form's own problems only), so a problem is listed once at the top.
/// </summary>
[HtmlTargetElement("div", Attributes = "asp-validation-summary")]
public sealed class ErrorSummaryTagHelper(IStringLocalizer<SharedResource> text) : TagHelper
{
    private static readonly object Shown = new();

    /// <summary>After the built-in validation-summary helper (order -1000).</summary>
    public override int Order => 100;

    [HtmlAttributeNotBound, ViewContext]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var state = ViewContext.ViewData.ModelState;
        if (state.IsValid || state.ErrorCount == 0) return;
        var items = ViewContext.HttpContext.Items;
        if (items.ContainsKey(Shown)) return;
        items[Shown] = true;

        var list = new TagBuilder("ul");
        list.AddCssClass("mb-0");
        foreach (var (key, entry) in state.OrderBy(e => e.Key.Length == 0 ? 0 : 1))
        {
            foreach (var error in entry?.Errors ?? [])
            {
                if (string.IsNullOrEmpty(error.ErrorMessage)) continue;
                var item = new TagBuilder("li");
                if (key.Length == 0) item.InnerHtml.Append(error.ErrorMessage);
                else
                {
                    var link = new TagBuilder("a");
                    link.Attributes["href"] = "#" + TagBuilder.CreateSanitizedId(key, "_");
                    link.Attributes["data-error-field"] = key;
                    link.InnerHtml.Append(FieldName(key) ?? error.ErrorMessage);
                    item.InnerHtml.AppendHtml(link);
                }
                list.InnerHtml.AppendHtml(item);
                if (key.Length > 0) break; // one link per field
            }
        }
        var heading = new TagBuilder("p");
        heading.AddCssClass("fw-semibold mb-1");
        heading.InnerHtml.Append(text["ErrorSummaryTitle"].Value);

        // The built-in helper drops a "ModelOnly" summary that has no form-wide problem, and lists form-wide problems
        // after the content; this list replaces both.
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.PostContent.Clear();
        output.Content.SetHtmlContent(heading);
        output.Content.AppendHtml(list);
        output.Attributes.SetAttribute("tabindex", "-1");
        output.Attributes.SetAttribute("data-error-summary", "true");
        var classes = (output.Attributes.TryGetAttribute("class", out var existing) ? existing.Value?.ToString() ?? "" : "")
            .Replace("validation-summary-valid", "validation-summary-errors", StringComparison.Ordinal);
        output.Attributes.SetAttribute("class", classes);
    }

    /// <summary>The field's label as its page shows it (its [Display] name, in the reader's language), or null.</summary>
    private string? FieldName(string key)
    {
        var field = ViewContext.ViewData.ModelMetadata;
        foreach (var part in key.Split('.'))
        {
            field = part.Contains('[', StringComparison.Ordinal) ? null : field?.Properties[part];
            if (field is null) return null;
        }
        var name = field?.GetDisplayName();
        return string.IsNullOrEmpty(name) ? null : text[name].Value;
    }
}
