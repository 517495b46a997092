using Community.Core;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace Community.Web.Pages.Shared;

public static class DomainErrors
{
    /// <summary>Shows a Core refusal next to the field it concerns (or at the top), in the reader's language.</summary>
    public static void Add(this ModelStateDictionary modelState, DomainException refusal, IStringLocalizer text, string prefix = "Input")
    {
        var field = refusal.MessageKey switch
        {
            "TitleLength" => "Title",
            "BodyLength" or "MarkdownTooDeep" => "Body",
            "TagsCount" or "TagsCharacters" => "Tags",
            "ProductUnknown" => "ProductId",
            "CommentLength" => "Comment",
            _ => "",
        };
        modelState.AddModelError(field.Length == 0 ? "" : $"{prefix}.{field}", text[refusal.MessageKey]);
    }
}
