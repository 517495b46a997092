namespace Community.Core.Questions;

/// <summary>Server-side checks shared by asking and editing; pages show the same limits before posting.</summary>
public static class PostValidation
{
    public static string Title(string? raw)
    {
        var title = (raw ?? "").Trim();
        if (title.Length is < PostLimits.TitleMin or > PostLimits.TitleMax) throw new DomainException("TitleLength");
        return title;
    }

    public static string Body(string? raw, int min = PostLimits.BodyMin)
    {
        var body = (raw ?? "").Trim();
        if (body.Length < min || body.Length > PostLimits.BodyMax) throw new DomainException("BodyLength");
        return body;
    }
}
