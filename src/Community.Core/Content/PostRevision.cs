namespace Community.Core.Content;

/// <summary>One kept version of a question or answer. Revision 1 is the original post.</summary>
public class PostRevision
{
    public long Id { get; internal set; }
    public PostKind PostKind { get; internal set; }
    public int PostId { get; internal set; }
    public int Number { get; internal set; }
    public string? Title { get; internal set; }
    public string? Tags { get; internal set; }
    public string BodyMarkdown { get; internal set; } = "";
    public int EditorId { get; internal set; }
    public DateTime CreatedAt { get; internal set; }
}
