using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Community.Web.Performance;

/// <summary>Where a page stands with the shared thread: served from it, rendered into it, or rendered for this viewer alone.</summary>
public sealed record SharedThreadSlot(string? Key, Pages.Questions.QuestionView? Question, SharedThreadCache.Entry? Shared)
{
    public static readonly SharedThreadSlot Alone = new(null, null, null);
}

/// <summary>
/// <c>&lt;shared-thread slot="…"&gt;…&lt;/shared-thread&gt;</c>: the markup inside is served from <see cref="SharedThreadCache"/>
/// when the slot holds it (the Razor inside does not run), else rendered and, when the slot has a key, stored there.
/// </summary>
[HtmlTargetElement("shared-thread")]
public sealed class SharedThreadTagHelper(SharedThreadCache threads, IAntiforgery antiforgery) : TagHelper
{
    public SharedThreadSlot Slot { get; set; } = SharedThreadSlot.Alone;

    [ViewContext, HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = null;
        if (Slot is not { Key: { } key, Question: { } question }) return;
        var token = antiforgery.GetAndStoreTokens(ViewContext.HttpContext).RequestToken!;
        if (Slot.Shared is { } shared)
        {
            output.Content.SetHtmlContent(shared.WithToken(token));
            return;
        }
        var rendered = await output.GetChildContentAsync();
        if (TokenSlot.Empty(rendered.GetContent(), token) is { } shareable) await threads.SetAsync(key, question, shareable);
    }
}
