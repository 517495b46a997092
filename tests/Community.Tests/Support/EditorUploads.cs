namespace Community.Tests.Support;

/// <summary>The editor's paste-and-drop upload, sent as its script sends it: multipart field "image", the ask page's token in X-CSRF-TOKEN.</summary>
public static class EditorUploads
{
    public static async Task<HttpResponseMessage> UploadToEditorAsync(this HttpClient member, HttpContent? body = null)
    {
        var token = await member.TokenAsync("/questions/ask");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/uploads")
        {
            Content = body ?? new MultipartFormDataContent { { new ByteArrayContent(TestImages.Png()), "image", "사진.png" } },
        };
        request.Headers.Add("X-CSRF-TOKEN", token);
        return await member.SendAsync(request);
    }
}
