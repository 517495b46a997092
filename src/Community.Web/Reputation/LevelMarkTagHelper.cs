using Microsoft.AspNetCore.Razor.TagHelpers;
using Community.Web.Localization;
using Microsoft.Extensions.Localization;

namespace Community.Web.Reputation;

/// <summary>
/// <c>&lt;level-mark reputation="…" /&gt;</c> beside a member's name: the icon of the advocate level that reputation
/// stands on, named for screen readers and on hover ("Level 3 · Advocate"). The first rung, where everyone starts,
/// shows nothing, so the mark means something when it appears.
/// </summary>
[HtmlTargetElement("level-mark", TagStructure = TagStructure.WithoutEndTag)]
public sealed class LevelMarkTagHelper(LevelView levels, IStringLocalizer<SharedResource> text) : TagHelper
{
    /// <summary>One icon per rung (bootstrap-icons), climbing from a voice to a gem.</summary>
    private static readonly string[] Icons = ["", "bi-chat-heart-fill", "bi-megaphone-fill", "bi-trophy-fill", "bi-gem"];

    public int Reputation { get; set; }

    /// <summary>Where the level's name is written beside the mark, screen readers skip the icon.</summary>
    public bool Decorative { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var level = levels.For(Reputation).Current;
        var rung = Math.Clamp(level.Number, 1, Icons.Length);
        if (rung == 1)
        {
            output.SuppressOutput();
            return;
        }
        var name = text["LevelShort", level.Number, LevelView.Name(level)].Value;
        output.TagName = "i";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", $"bi {Icons[rung - 1]} level-mark level-mark-{rung}");
        if (Decorative)
        {
            output.Attributes.SetAttribute("aria-hidden", "true");
            return;
        }
        output.Attributes.SetAttribute("role", "img");
        output.Attributes.SetAttribute("aria-label", name);
        output.Attributes.SetAttribute("title", name);
    }
}
