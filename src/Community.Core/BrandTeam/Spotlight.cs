namespace Community.Core.BrandTeam;

/// <summary>A featured advocate on the home page, chosen by the brand team with a word of thanks (recognition rung).</summary>
public class Spotlight
{
    public const int MessageMax = 280;

    public int Id { get; set; }
    public int MemberId { get; set; }
    public string Message { get; set; } = "";
    public int ChosenById { get; set; }
    public DateTime CreatedAt { get; set; }
}
