using Community.Tests.Support;

namespace Community.Tests.Web.Moderation;

/// <summary>The moderation buttons as the browser posts them.</summary>
public static class ModerationForms
{
    public static Task<HttpResponseMessage> ModerateAsync(this HttpClient client, string handler, params (string, string)[] fields) =>
        client.PostFormAsync($"/moderation/posts?handler={handler}", [.. fields, ("returnUrl", "/")]);

    public static Task<HttpResponseMessage> FlagAsync(this HttpClient client, string kind, int postId, string reason, string text = "", int? duplicateOf = null) =>
        client.ModerateAsync("Flag", ("kind", kind), ("postId", postId.ToString()), ("reason", reason), ("flagText", text), ("duplicateOf", duplicateOf?.ToString() ?? ""));

    public static async Task<string> QuestionPageAsync(this HttpClient client, int questionId)
    {
        var response = await client.GetAsync($"/questions/{questionId}");
        if (response.StatusCode == System.Net.HttpStatusCode.MovedPermanently) response = await client.GetAsync(response.Headers.Location!.OriginalString);
        return System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }
}
