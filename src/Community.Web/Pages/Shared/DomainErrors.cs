using Community.Core;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Community.Web.Pages.Shared;

public static class DomainErrors
{
    /// <summary>
    /// Runs a form's write; on success redirects to <paramref name="next"/>, on a Core refusal reloads the page's
    /// data and shows it again with the reason and a 400.
    /// </summary>
    public static async Task<IActionResult> RunFormWriteAsync(this PageModel page, Func<Task> write, string next, Func<Task> reload, IStringLocalizer text)
    {
        try
        {
            await write();
            if (page.ModelState.IsValid) return new RedirectResult(next);
        }
        catch (DomainException refusal)
        {
            page.ModelState.AddModelError("", refusal.Localize(text));
        }
        await reload();
        page.Response.StatusCode = 400;
        return page.Page();
    }

    public static string Localize(this DomainException refusal, IStringLocalizer text) => text[refusal.MessageKey, refusal.Arguments];

    /// <summary>
    /// Runs an author's write and turns Core's refusals into what the author should see: someone
    /// else's post is forbidden, a missing one is not found, anything else is shown on the form.
    /// </summary>
    public static async Task<IActionResult> RunAuthorWriteAsync(this PageModel page, Func<Task<IActionResult>> write, IStringLocalizer text)
    {
        try
        {
            return await write();
        }
        catch (DomainException refusal) when (refusal.MessageKey == "OnlyAuthorCanEdit")
        {
            return page.Forbid();
        }
        catch (DomainException refusal) when (refusal.MessageKey == "PostNotFound")
        {
            return page.NotFound();
        }
        catch (DomainException refusal)
        {
            page.ModelState.Add(refusal, text);
            return page.Page();
        }
    }

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
        modelState.AddModelError(field.Length == 0 ? "" : $"{prefix}.{field}", refusal.Localize(text));
    }
}
