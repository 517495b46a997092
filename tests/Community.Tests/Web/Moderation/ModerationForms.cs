using Community.Tests.Support;

namespace Community.Tests.Web.Moderation;

/// <summary>The moderation buttons as the browser posts them.</summary>
public static class ModerationForms
{
    public static Task<HttpResponseMessage> ModerateAsync(this HttpClient client, string handler, params (string, string)[] fields) =>
        client.PostFormAsync(ActionOf(handler), [.. fields, ("returnUrl", "/")]);

    /// <summary>Where each moderation button posts (one page per use case).</summary>
    private static string ActionOf(string handler) => handler switch
    {
        "Close" or "Reopen" or "Lock" or "Pin" => $"/moderation/question-status?handler={handler}",
        "Delete" or "Undelete" or "Reviewed" => $"/moderation/post-visibility?handler={handler}",
        "Approve" or "Reject" => $"/moderation/first-posts?handler={handler}",
        "Merge" or "Move" => $"/moderation/merge-or-move?handler={handler}",
        "Resolve" => "/moderation/flag-decisions",
        "Official" => "/answers/official",
        "Flag" => "/flags/raise",
        "CloseVote" => "/questions/close-votes",
        _ => throw new ArgumentException($"no moderation button posts {handler}", nameof(handler)),
    };

    public static Task<HttpResponseMessage> FlagAsync(this HttpClient client, string kind, int postId, string reason, string text = "", int? duplicateOf = null) =>
        client.ModerateAsync("Flag", ("kind", kind), ("postId", postId.ToString()), ("reason", reason), ("flagText", text), ("duplicateOf", duplicateOf?.ToString() ?? ""));

    public static async Task<string> QuestionPageAsync(this HttpClient client, int questionId)
    {
        var response = await client.GetAsync($"/questions/{questionId}");
        if (response.StatusCode == System.Net.HttpStatusCode.MovedPermanently) response = await client.GetAsync(response.Headers.Location!.OriginalString);
        return System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }
}
