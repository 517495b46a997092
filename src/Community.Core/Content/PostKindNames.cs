namespace Community.Core.Content;

/// <summary>
/// The one mapping between a post kind and its name in forms, anchors, hub calls and audit lines ("question",
/// "answer", "review", "idea").
/// </summary>
public static class PostKindNames
{
    public static string Name(this PostKind kind) => kind switch
    {
        PostKind.Question => "question",
        PostKind.Answer => "answer",
        PostKind.Review => "review",
        PostKind.Idea => "idea",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>A question or an answer named in a request (anything else is refused as a post that is not there).</summary>
    public static PostKind QuestionOrAnswer(string? name) => name switch
    {
        "question" => PostKind.Question,
        "answer" => PostKind.Answer,
        _ => throw DomainException.NotFound("PostNotFound"),
    };
}
