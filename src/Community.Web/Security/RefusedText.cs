namespace Community.Web.Security;

/// <summary>
/// What a member wrote in a form that was refused before any page read it (over a rate limit): the error page shows
/// it back for copying, so nothing typed is lost even without the browser's draft.
/// </summary>
public static class RefusedText
{
    private const string Key = "community.refused-text";

    public static async Task KeepAsync(HttpContext http, CancellationToken ct)
    {
        if (!HttpMethods.IsPost(http.Request.Method) || !http.Request.HasFormContentType) return;
        try
        {
            var form = await http.Request.ReadFormAsync(ct);
            // Prose only: not the token, ids, submission guids or single words such as a vote direction.
            var texts = form.Where(f => !f.Key.StartsWith("__", StringComparison.Ordinal))
                .Select(f => f.Value.ToString().Trim())
                .Where(v => v.Length > 0 && !Guid.TryParse(v, out _) && (v.Any(char.IsWhiteSpace) || v.Length > 20))
                .ToList();
            if (texts.Count > 0) http.Items[Key] = texts;
        }
        catch (InvalidDataException)
        {
            // An unreadable form has nothing to give back.
        }
    }

    public static IReadOnlyList<string> Of(HttpContext http) => http.Items[Key] as IReadOnlyList<string> ?? [];
}
