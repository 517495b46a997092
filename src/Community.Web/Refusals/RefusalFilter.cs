using Community.Core;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Community.Web.Refusals;

/// <summary>
/// The one place a rule's refusal (<see cref="DomainException"/>) becomes an answer, so page handlers never catch:
/// not found → the 404 page; someone else's thing → the access-denied page, as for any role the member lacks; otherwise
/// the reason in the reader's language, as 400 (invalid), 403 (not earned yet) or 409 (the state does not allow it
/// now) — on the page's own form when it can show it again (<see cref="IShowsRefusalsOnPage"/>), else on the shared
/// "refused" view with a way back.
/// </summary>
public sealed class RefusalFilter(IStringLocalizer<SharedResource> text, Hosting.StorageHealth storage) : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        // A handler argument that did not parse ("abc" for a number) binds as 0 or null; running the handler would
        // write that and only then fail. Refuse first, change nothing, and say which value was wrong.
        if (UnreadableArgument(context) is { } unreadable)
        {
            context.Result = await AnswerAsync(context.HttpContext, context.HandlerInstance, context.ModelState, new DomainException("ArgumentUnreadable", unreadable));
            return;
        }
        var executed = await next();
        if (!executed.ExceptionHandled && Community.Core.Storage.StorageFull.Is(executed.Exception))
        {
            // The transaction rolled back and no half-written file stayed: say so, keep what they typed, and let /healthz tell the operator.
            storage.Failed(executed.Exception!);
            executed.HttpContext.Response.Headers.RetryAfter = "120";
            executed.ExceptionHandled = true;
            executed.Result = await AnswerAsync(executed.HttpContext, executed.HandlerInstance, executed.ModelState, DomainException.Unavailable("StorageFull"));
            return;
        }
        if (executed.Exception is not DomainException refusal || executed.ExceptionHandled) return;
        executed.ExceptionHandled = true;
        executed.Result = await AnswerAsync(executed.HttpContext, executed.HandlerInstance, executed.ModelState, refusal);
    }

    private static string? UnreadableArgument(PageHandlerExecutingContext context)
    {
        if (context.ModelState.IsValid || context.HandlerMethod is null) return null;
        foreach (var parameter in context.HandlerMethod.Parameters)
        {
            if (context.ModelState.TryGetValue(parameter.Name, out var entry) && entry.Errors.Count > 0) return Shown(entry.AttemptedValue);
            // A form object's number fields ("Edit.PointsCost"): one that did not parse binds as the field's default, and
            // an edit would save that default. Rule errors (required, too long) are the page's own to show, not this.
            var prefix = parameter.BindingInfo?.BinderModelName ?? parameter.Name;
            foreach (var property in parameter.ParameterType.GetProperties().Where(p => IsNumber(p.PropertyType)))
            {
                if (context.ModelState.TryGetValue($"{prefix}.{property.Name}", out var field) && field.Errors.Count > 0
                    && !string.IsNullOrWhiteSpace(field.AttemptedValue) && !Parses(field.AttemptedValue, property.PropertyType))
                    return Shown(field.AttemptedValue);
            }
        }
        return null;
    }

    private static string Shown(string? sent)
    {
        sent ??= "";
        return sent.Length <= 40 ? sent : sent[..40] + "…";
    }

    private static bool IsNumber(Type type) => (Nullable.GetUnderlyingType(type) ?? type) is var t
        && (t == typeof(int) || t == typeof(long) || t == typeof(decimal) || t == typeof(double));

    private static bool Parses(string sent, Type type)
    {
        var culture = System.Globalization.CultureInfo.InvariantCulture;
        return (Nullable.GetUnderlyingType(type) ?? type) switch
        {
            var t when t == typeof(int) => int.TryParse(sent, System.Globalization.NumberStyles.Integer, culture, out _),
            var t when t == typeof(long) => long.TryParse(sent, System.Globalization.NumberStyles.Integer, culture, out _),
            _ => double.TryParse(sent, System.Globalization.NumberStyles.Float, culture, out var number) && double.IsFinite(number),
        };
    }

    private async Task<IActionResult> AnswerAsync(HttpContext http, object handlerInstance, Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary modelState, DomainException refusal)
    {
        if (refusal.Kind == RefusalKind.NotFound) return new NotFoundResult();
        if (refusal.Kind == RefusalKind.Forbidden) return new ForbidResult();
        var status = StatusOf(refusal.Kind);
        var message = refusal.Localize(text);
        switch (handlerInstance)
        {
            case IAnswersRefusalsAsText:
                return new ContentResult { Content = message, ContentType = "text/plain; charset=utf-8", StatusCode = status };
            case IShowsRefusalsOnPage page when handlerInstance is PageModel model:
                var sent = http.Request.HasFormContentType ? http.Request.Form : null;
                model.ModelState.AddModelError(page.RefusalKey(refusal.MessageKey, sent), message);
                if (!await page.ReloadAfterRefusalAsync(http.RequestAborted)) return new NotFoundResult();
                return new PageResult { StatusCode = status };
            default:
                return RefusalView.For(http, modelState, "_RefusedAction", status, "Refusal", new ActionRefusal(message, BackUrl(http)));
        }
    }

    public static int StatusOf(RefusalKind kind) => kind switch
    {
        RefusalKind.NotFound => StatusCodes.Status404NotFound,
        RefusalKind.Forbidden or RefusalKind.NotEarned => StatusCodes.Status403Forbidden,
        RefusalKind.Conflict => StatusCodes.Status409Conflict,
        RefusalKind.Unavailable => StatusCodes.Status503ServiceUnavailable,
        _ => StatusCodes.Status400BadRequest,
    };

    /// <summary>Where "go back" leads: the form's own return address, else the page it was sent from (same site only).</summary>
    private static string BackUrl(HttpContext http)
    {
        if (http.Request.HasFormContentType && LocalUrl.IsLocal(http.Request.Form["returnUrl"])) return http.Request.Form["returnUrl"]!;
        return LocalUrl.FromReferer(http.Request) ?? "/";
    }
}

/// <summary>What a refused action shows: the reason and the way back.</summary>
public sealed record ActionRefusal(string Refusal, string BackUrl);
