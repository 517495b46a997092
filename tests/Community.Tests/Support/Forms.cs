using System.Net;
using System.Text.RegularExpressions;

namespace Community.Tests.Support;

/// <summary>What a browser does with a form: GET the page, read the antiforgery token, POST the fields with it.</summary>
public static partial class Forms
{
    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    public static async Task<string> TokenAsync(this HttpClient client, string pageUrl) => TokenIn(await client.GetStringAsync(pageUrl), pageUrl);

    /// <summary>The antiforgery token of a page already fetched.</summary>
    public static string TokenIn(string html, string pageUrl) =>
        TokenPattern().Match(html) is { Success: true } match ? WebUtility.HtmlDecode(match.Groups[1].Value)
            : throw new InvalidOperationException($"No antiforgery token on {pageUrl}");

    /// <summary>POSTs like a browser would, with a token read from a page this client can see (bound to its sign-in).</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string action, params (string Name, string Value)[] fields)
    {
        var token = await client.TokenAsync("/account/login");
        var content = new FormUrlEncodedContent([.. fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)), new("__RequestVerificationToken", token)]);
        return await client.PostAsync(action, content);
    }

    public static async Task<HttpResponseMessage> PostFormWithoutTokenAsync(this HttpClient client, string action, params (string Name, string Value)[] fields) =>
        await client.PostAsync(action, new FormUrlEncodedContent(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))));
}
