using Community.Core.Data;
using Community.Core.Uploads;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Community.Web.Uploads;

/// <summary>
/// Serves stored images at /uploads/{id} to those who may see a post showing them (<see cref="UploadAccess"/>), always with
/// our content type, nosniff, a sandboxing CSP and an attachment-proof disposition, so even a file that
/// slipped past re-encoding could never render as a page.
/// </summary>
public static class UploadEndpoints
{
    /// <summary>The largest picture plus room for the multipart wrapping.</summary>
    private const long MaxRequestBytes = 6 * 1024 * 1024;

    public static IServiceCollection AddCommunityUploads(this IServiceCollection services, IWebHostEnvironment environment) =>
        services.AddSingleton(sp => new UploadFolder(sp.GetRequiredService<IOptions<UploadOptions>>(), environment.ContentRootPath));

    public static IEndpointRouteBuilder MapCommunityUploads(this IEndpointRouteBuilder endpoints)
    {
        // Images pasted or dropped into the editor: signed in, antiforgery-checked, rate limited like posting.
        endpoints.MapPost("/uploads", UploadImageAsync)
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(MaxRequestBytes)).DisableAntiforgery()
            .AddEndpointFilter<Security.DeclaredEndpointWriteLimits>();

        endpoints.MapGet("/uploads/{id:guid}", async (Guid id, UploadAccess access, UploadFolder folder, HttpContext http, CancellationToken ct) =>
        {
            var (upload, audience) = await access.ForAsync(id, http.User.Id(), ct);
            var path = folder.PathFor(id);
            // Someone who may not see it learns nothing, not even that it exists.
            if (upload is null || audience == UploadAudience.Nobody || !File.Exists(path)) return Results.NotFound();
            var headers = http.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.ContentSecurityPolicy = "default-src 'none'; sandbox";
            headers.ContentDisposition = "inline; filename=\"image.webp\"";
            // A picture only some may see stays out of shared caches, and is asked for again soon enough that leaving a space ends access.
            headers.CacheControl = audience == UploadAudience.Everyone ? "public, max-age=31536000, immutable" : "private, max-age=300";
            return Results.File(path, upload.ContentType);
        });
        return endpoints;
    }

    [Security.RateLimited("upload")]
    private static async Task<IResult> UploadImageAsync(HttpContext http, StoreImage images, Microsoft.AspNetCore.Antiforgery.IAntiforgery antiforgery,
        Microsoft.Extensions.Localization.IStringLocalizer<SharedResource> text, CancellationToken ct)
    {
        if (http.User.Id() is not { } memberId) return Results.Unauthorized();
        var megabytes = http.RequestServices.GetRequiredService<IOptions<UploadOptions>>().Value.MaxBytes / (1024 * 1024);
        var tooLarge = Results.Json(new { error = text["UploadTooLarge", megabytes].Value }, statusCode: StatusCodes.Status413PayloadTooLarge);
        if (http.Request.ContentLength > MaxRequestBytes)
        {
            // Let Kestrel drain what the browser still sends (up to Kestrel's own default cap), so the script reads
            // this answer instead of a reset connection.
            if (http.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } body)
                body.MaxRequestBodySize = 30 * 1024 * 1024;
            return tooLarge;
        }
        IFormCollection form;
        try
        {
            if (!await antiforgery.IsRequestValidAsync(http)) return Results.BadRequest(new { error = text["Error400"].Value });
            form = await http.Request.ReadFormAsync(ct);
        }
        catch (BadHttpRequestException refused) when (refused.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return tooLarge;
        }
        catch (Exception unreadable) when (unreadable is InvalidDataException or IOException or BadHttpRequestException)
        {
            // A body cut short or a multipart boundary that never comes: the sender's fault, said as such.
            return Results.BadRequest(new { error = text["UploadUnreadable"].Value });
        }
        if (form.Files.GetFile("image") is not { Length: > 0 } file) return Results.BadRequest(new { error = text["UploadEmpty"].Value });
        try
        {
            await using var stream = file.OpenReadStream();
            var upload = await images.ExecuteAsync(stream, memberId, "post", ct);
            return Results.Ok(new { url = $"/uploads/{upload.Id}", width = upload.Width, height = upload.Height });
        }
        catch (Community.Core.DomainException refusal)
        {
            return Results.Json(new { error = Refusals.RefusalExtensions.Localize(refusal, text) }, statusCode: Refusals.RefusalFilter.StatusOf(refusal.Kind));
        }
        catch (Exception full) when (Community.Core.Storage.StorageFull.Is(full))
        {
            http.RequestServices.GetRequiredService<Hosting.StorageHealth>().Failed(full);
            http.Response.Headers.RetryAfter = "120";
            return Results.Json(new { error = text["StorageFull"].Value }, statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }
}
