using Community.Core.Content;

namespace Community.Core.BrandTeam;

/// <summary>A featured advocate on the home page, chosen by the brand team with a word of thanks (recognition rung).</summary>
public class Spotlight
{
    public const int MessageMax = 280;

    public int Id { get; set; }
    public int MemberId { get; set; }

    /// <summary>The thanks in English; <see cref="MessageKo"/> in Korean. One of them may be empty.</summary>
    public string Message { get; set; } = "";
    public string MessageKo { get; set; } = "";
    public int ChosenById { get; set; }
    public DateTime CreatedAt { get; set; }

    public Bilingual Thanks => new(Message, MessageKo);
}
