namespace Community.Core.Tags;

/// <summary>A topic label. Questions hold their tags; a tag keeps only its count, so Tags needs nothing from Questions.</summary>
public class Tag
{
    public int Id { get; internal set; }
    public string Name { get; internal set; } = "";
    public int QuestionCount { get; internal set; }
}
