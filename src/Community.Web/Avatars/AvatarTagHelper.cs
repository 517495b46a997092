using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Community.Web.Avatars;

/// <summary>
/// <c>&lt;avatar member="…" name="…" picture="…" /&gt;</c> beside a member's name: their uploaded picture, or their initial
/// on their colour. Decorative (the name stands beside it), so screen readers skip it.
/// </summary>
[HtmlTargetElement("avatar", TagStructure = TagStructure.WithoutEndTag)]
public sealed class AvatarTagHelper : TagHelper
{
    public int Member { get; set; }
    public string Name { get; set; } = "";
    public Guid? Picture { get; set; }
    /// <summary>Pixels; the initial scales with it.</summary>
    public int Size { get; set; } = 24;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagMode = TagMode.StartTagAndEndTag;
        var size = $"avatar-{Size}";
        if (Picture is { } picture)
        {
            output.TagName = "img";
            output.TagMode = TagMode.SelfClosing;
            output.Attributes.SetAttribute("class", $"avatar {size}");
            output.Attributes.SetAttribute("src", $"/uploads/{picture}");
            output.Attributes.SetAttribute("alt", "");
            output.Attributes.SetAttribute("width", Size);
            output.Attributes.SetAttribute("height", Size);
            output.Attributes.SetAttribute("loading", "lazy");
            return;
        }
        output.TagName = "span";
        output.Attributes.SetAttribute("class", $"avatar {size} avatar-hue-{AvatarLook.Hue(Member)}");
        output.Attributes.SetAttribute("aria-hidden", "true");
        output.Content.SetContent(AvatarLook.Initial(Name));
    }
}
