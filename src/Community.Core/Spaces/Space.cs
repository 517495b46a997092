namespace Community.Core.Spaces;

/// <summary>
/// A private area (special-treatment rung): e.g. "Beta programme" or the advisory circle. Its questions,
/// answers and comments are invisible to everyone outside it, everywhere. Members get in by level
/// (<see cref="MinimumLevel"/>) or by being added by the brand team.
/// </summary>
public class Space
{
    public const int NameMax = 60;

    public int Id { get; internal set; }
    public string Name { get; internal set; } = "";
    public string Slug { get; internal set; } = "";
    public string Description { get; internal set; } = "";

    /// <summary>Advocate level that opens the space automatically; null means by invitation only.</summary>
    public int? MinimumLevel { get; internal set; }

    public DateTime CreatedAt { get; internal set; }
}

public class SpaceMember
{
    public int SpaceId { get; internal set; }
    public int MemberId { get; internal set; }
    public int AddedById { get; internal set; }
    public DateTime AddedAt { get; internal set; }
}
