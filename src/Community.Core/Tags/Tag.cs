namespace Community.Core.Tags;

/// <summary>A topic label. Questions hold their tags; a tag keeps only its count, so Tags needs nothing from Questions.</summary>
public class Tag
{
    public int Id { get; set; }
    public string Name { get; set; } = "";
    public int QuestionCount { get; set; }
}
