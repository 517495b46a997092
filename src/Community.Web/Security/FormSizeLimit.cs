using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Community.Web.Security;

/// <summary>
/// Caps every text form at far more than any post can hold, before the antiforgery check reads it. A larger form
/// used to fail inside the form reader and surface as "the page was open too long"; now it is a 413 that says what
/// happened. Pages that take pictures set their own, larger cap (<see cref="Uploads.UploadSizeLimitAttribute"/>).
/// </summary>
public sealed class FormSizeLimit : IAuthorizationFilter, IOrderedFilter
{
    /// <summary>30,000 Hangul characters arrive as about 270 KB once URL-encoded; everything else on a form is small.</summary>
    public const long MaxBytes = 1024 * 1024;

    public int Order => int.MinValue + 100;

    public void OnAuthorization(AuthorizationFilterContext context)
    {
        var http = context.HttpContext;
        if (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method)) return;
        if (context.ActionDescriptor.EndpointMetadata.OfType<Uploads.UploadSizeLimitAttribute>().Any()) return;
        if (http.Request.ContentLength is null or <= MaxBytes)
        {
            if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } body) body.MaxRequestBodySize = MaxBytes;
            return;
        }
        context.Result = Refusals.RefusalView.For(http, context.ModelState, "_RefusedForm", StatusCodes.Status413PayloadTooLarge,
            ("BackUrl", LocalUrl.FromReferer(http.Request)), ("ReasonKey", "FormTooLarge"));
    }
}
