using Community.Core.Badges;
using Community.Web.Localization;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Localization;

namespace Community.Web.Reputation;

/// <summary>
/// <c>&lt;badge-counts counts="…" /&gt;</c>: a member's badges as a coloured dot and a number per tier held
/// ("● 2 ● 5"); each figure is named for screen readers and on hover ("Gold badges: 2"). Nothing when none are held.
/// </summary>
[HtmlTargetElement("badge-counts", TagStructure = TagStructure.WithoutEndTag)]
public sealed class BadgeCountsTagHelper(IStringLocalizer<SharedResource> text) : TagHelper
{
    public BadgeCounts Counts { get; set; } = BadgeCounts.None;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var held = Counts.Held().ToList();
        if (held.Count == 0)
        {
            output.SuppressOutput();
            return;
        }
        output.TagName = "span";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "badge-counts");
        foreach (var (tier, count) in held)
        {
            var name = text["BadgeCount_" + tier, count].Value;
            var css = tier.ToString().ToLowerInvariant();
            output.Content.AppendHtml($"<span class=\"badge-count\" title=\"{Encode(name)}\"><span class=\"tier-{css}\" aria-hidden=\"true\">●</span>");
            output.Content.AppendHtml($"<span class=\"visually-hidden\">{Encode(name)}</span><span aria-hidden=\"true\">{count}</span></span>");
        }
    }

    private static string Encode(string value) => System.Net.WebUtility.HtmlEncode(value);
}
