using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Core.Infrastructure;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Community.Web.Security;

/// <summary>
/// A form the framework refuses before any page sees it (an expired or missing antiforgery token, or a value the
/// form reader rejects, such as a NUL character) used to end on a bare "400". This shows the person what happened
/// and what to do, still as a 400 and still changing nothing; the editors' browser drafts keep what they typed.
/// </summary>
public sealed class RefusedFormPage : IAlwaysRunResultFilter
{
    public void OnResultExecuting(ResultExecutingContext context)
    {
        if (context.Result is not IAntiforgeryValidationFailedResult) return;
        var back = LocalUrl.FromReferer(context.HttpContext.Request);
        context.Result = Refusals.RefusalView.For(context.HttpContext, context.ModelState, "_RefusedForm", StatusCodes.Status400BadRequest, "BackUrl", back);
    }

    public void OnResultExecuted(ResultExecutedContext context)
    {
    }
}
