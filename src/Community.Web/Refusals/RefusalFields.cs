namespace Community.Web.Refusals;

/// <summary>
/// Which form field a refused rule concerns, so its message stands next to that field. The field must be on the
/// form that was sent (a Markdown rule concerns the answer's body on one form and the idea's description on
/// another); otherwise the message goes on top of the form.
/// </summary>
public static class RefusalFields
{
    public static string For(string messageKey, string prefix, IFormCollection? sent)
    {
        string[] candidates = messageKey switch
        {
            "TitleLength" or "IdeaTitleLength" or "ReviewTitleLength" => ["Title"],
            "BodyLength" or "ReviewBodyLength" or "BrandResponseLength" => ["Body"],
            "IdeaDescriptionLength" => ["Description"],
            "MarkdownTooDeep" => ["Body", "Description"],
            "MarkdownTooComplex" => ["Body", "Description"],
            "TagsCount" or "TagsCharacters" => ["Tags"],
            "ProductUnknown" => ["ProductId"],
            "CommentLength" or "IdeaCommentLength" => ["Comment", "Body"],
            _ => [],
        };
        foreach (var field in candidates)
        {
            var key = prefix.Length == 0 ? field : $"{prefix}.{field}";
            if (sent?.ContainsKey(key) == true) return key;
        }
        return "";
    }
}
