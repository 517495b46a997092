using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Community.Web.Accessibility;

/// <summary>
/// A field the server refused says so to screen readers: <c>aria-invalid="true"</c> and <c>aria-describedby</c> naming its
/// message (after any help text it was already described by), and the message (<c>asp-validation-for</c>) carries the id
/// that names. Runs after the built-in input and validation-message helpers, on every form, without any page opting in.
/// </summary>
[HtmlTargetElement("input", Attributes = ForAttribute)]
[HtmlTargetElement("textarea", Attributes = ForAttribute)]
[HtmlTargetElement("select", Attributes = ForAttribute)]
[HtmlTargetElement("span", Attributes = MessageAttribute)]
public sealed class FieldErrorTagHelper : TagHelper
{
    private const string ForAttribute = "asp-for";
    private const string MessageAttribute = "asp-validation-for";

    /// <summary>After the built-in helpers (order -1000), which write the name, id and message.</summary>
    public override int Order => 100;

    [HtmlAttributeName(ForAttribute)]
    public Microsoft.AspNetCore.Mvc.ViewFeatures.ModelExpression? For { get; set; }

    [HtmlAttributeName(MessageAttribute)]
    public Microsoft.AspNetCore.Mvc.ViewFeatures.ModelExpression? MessageFor { get; set; }

    [HtmlAttributeNotBound, ViewContext]
    public ViewContext ViewContext { get; set; } = null!;

    /// <summary>The id of the message that explains what is wrong with the field named <paramref name="fullName"/>.</summary>
    public static string MessageId(string fullName) => TagBuilder.CreateSanitizedId(fullName, "_") + "-error";

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var expression = For ?? MessageFor;
        if (expression is null) return;
        var fullName = ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(expression.Name);
        if (MessageFor is not null)
        {
            output.Attributes.SetAttribute("id", MessageId(fullName));
            return;
        }
        if (output.Attributes.TryGetAttribute("type", out var type) && type.Value?.ToString() == "hidden") return;
        if (!ViewContext.ViewData.ModelState.TryGetValue(fullName, out var entry) || entry.Errors.Count == 0) return;
        output.Attributes.SetAttribute("aria-invalid", "true");
        var described = output.Attributes.TryGetAttribute("aria-describedby", out var existing) ? existing.Value?.ToString() : null;
        output.Attributes.SetAttribute("aria-describedby", string.IsNullOrEmpty(described) ? MessageId(fullName) : $"{described} {MessageId(fullName)}");
    }
}
