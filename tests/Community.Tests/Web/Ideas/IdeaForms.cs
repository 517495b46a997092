using System.Net;
using Community.Tests.Support;

namespace Community.Tests.Web.Ideas;

/// <summary>The idea forms as a browser posts them.</summary>
public static class IdeaForms
{
    public const string Description = "It would help every owner who runs the purifier overnight in a bedroom.";

    public static async Task<int> SubmitIdeaAsync(this HttpClient client, string title, string description = Description)
    {
        var response = await client.PostFormAsync("/ideas/new",
            ("Input.Title", title), ("Input.Description", description), ("Input.SubmissionId", Guid.NewGuid().ToString()));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return Members.IdFrom(response, "/ideas/");
    }

    public static Task<HttpResponseMessage> VoteIdeaAsync(this HttpClient client, int ideaId, bool vote = true) =>
        client.PostFormAsync($"/ideas/{ideaId}?handler=Vote", ("vote", vote ? "true" : "false"));

    public static Task<HttpResponseMessage> ChangeStatusAsync(this HttpClient client, int ideaId, string to, string message, int? duplicateOf = null, string? releaseNote = null) =>
        client.PostFormAsync($"/ideas/{ideaId}?handler=Status",
            ("to", to), ("message", message), ("duplicateOf", duplicateOf?.ToString() ?? ""), ("releaseNote", releaseNote ?? ""));

    public static async Task<string> PageAsync(this HttpClient client, string url) => WebUtility.HtmlDecode(await client.GetStringAsync(url));
}
