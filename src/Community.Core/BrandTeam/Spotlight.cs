using Community.Core.Content;

namespace Community.Core.BrandTeam;

/// <summary>A featured advocate on the home page, chosen by the brand team with a word of thanks (recognition rung).</summary>
public class Spotlight
{
    public const int MessageMax = 280;

    public int Id { get; internal set; }
    public int MemberId { get; internal set; }

    /// <summary>The thanks in English; <see cref="MessageKo"/> in Korean. One of them may be empty.</summary>
    public string Message { get; internal set; } = "";
    public string MessageKo { get; internal set; } = "";
    public int ChosenById { get; internal set; }
    public DateTime CreatedAt { get; internal set; }

    public Bilingual Thanks => new(Message, MessageKo);
}
