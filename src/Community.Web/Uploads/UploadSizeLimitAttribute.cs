using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Community.Web.Uploads;

/// <summary>
/// Caps a page's request bodies before anything reads them. A request that says it is larger gets a 413 page
/// saying so (not a developer exception or a generic error) while Kestrel drains what the browser still sends, so the
/// browser shows the page rather than a reset connection; a body without a declared length is cut off at the limit.
/// Replaces [RequestSizeLimit], which Razor Pages ignore on handler methods.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class UploadSizeLimitAttribute(long bytes) : Attribute, IAuthorizationFilter, IOrderedFilter
{
    // An authorization-stage filter ordered first: the antiforgery check (order 1000) is the first to read the form.
    public int Order => int.MinValue + 100;

    public void OnAuthorization(AuthorizationFilterContext context)
    {
        var http = context.HttpContext;
        if (http.Request.ContentLength <= bytes || http.Request.ContentLength is null)
        {
            if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } body) body.MaxRequestBodySize = bytes;
        }
        else
        {
            // The picture limit people are told about is the image pipeline's own (the body limit adds room for the form).
            var megabytes = http.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<Community.Core.Uploads.UploadOptions>>().Value.MaxBytes / (1024 * 1024);
            context.Result = Refusals.RefusalView.For(http, context.ModelState, "_RefusedUpload", StatusCodes.Status413PayloadTooLarge, "Megabytes", megabytes);
        }
    }
}
