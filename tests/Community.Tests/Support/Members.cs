using System.Net;

namespace Community.Tests.Support;

/// <summary>Journeys through the real pages that many tests need: register (signed in at once in Development), ask, answer.</summary>
public static class Members
{
    public const string Password = "correct horse battery";

    private static int _registered;

    /// <summary>Registers a new member named "<paramref name="name"/> N" (N keeps names unique within a factory).</summary>
    public static async Task<HttpClient> RegisterAsync(this CommunityFactory factory, string name)
    {
        var displayName = $"{name} {Interlocked.Increment(ref _registered)}";
        var client = factory.Browser();
        var email = $"{Guid.NewGuid():N}@test.example";
        var response = await client.PostFormAsync("/account/register",
            ("Input.Email", email), ("Input.DisplayName", displayName), ("Input.Password", Password));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    /// <summary>A client signed in as the admin the factory configures (Admin:Email / Admin:Password).</summary>
    public static async Task<HttpClient> AdminAsync(this CommunityFactory factory)
    {
        var admin = factory.Browser();
        var response = await admin.PostFormAsync("/account/login", ("Input.Email", "admin@test.example"), ("Input.Password", "staff passphrase for tests"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return admin;
    }

    public static async Task<int> AskAsync(this HttpClient client, string title, string body = "This is a question body that is long enough to pass.", string tags = "wifi setup")
    {
        var response = await client.PostFormAsync("/questions/ask",
            ("Input.Title", title), ("Input.Body", body), ("Input.Tags", tags), ("Input.SubmissionId", Guid.NewGuid().ToString()));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return IdFrom(response, "/questions/");
    }

    public static async Task<int> AnswerAsync(this HttpClient client, int questionId, string body = "Here is an answer that is certainly long enough to count.")
    {
        var response = await client.PostFormAsync($"/questions/{questionId}/answers/new",
            ("Answer.Body", body), ("Answer.SubmissionId", Guid.NewGuid().ToString()));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return IdFrom(response, "#answer-");
    }

    public static int IdFrom(HttpResponseMessage response, string marker)
    {
        var location = response.Headers.Location!.OriginalString;
        var start = location.IndexOf(marker, StringComparison.Ordinal) + marker.Length;
        var digits = new string(location[start..].TakeWhile(char.IsDigit).ToArray());
        return int.Parse(digits);
    }
}
