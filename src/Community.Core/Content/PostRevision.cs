namespace Community.Core.Content;

/// <summary>One kept version of a question or answer. Revision 1 is the original post.</summary>
public class PostRevision
{
    public long Id { get; set; }
    public PostKind PostKind { get; set; }
    public int PostId { get; set; }
    public int Number { get; set; }
    public string? Title { get; set; }
    public string? Tags { get; set; }
    public string BodyMarkdown { get; set; } = "";
    public int EditorId { get; set; }
    public DateTime CreatedAt { get; set; }
}
