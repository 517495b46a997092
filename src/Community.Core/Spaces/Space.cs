namespace Community.Core.Spaces;

/// <summary>
/// A private area (special-treatment rung): e.g. "Beta programme" or the advisory circle. Its questions,
/// answers and comments are invisible to everyone outside it, everywhere. Members get in by level
/// (<see cref="MinimumLevel"/>) or by being added by the brand team.
/// </summary>
public class Space
{
    public const int NameMax = 60;

    public int Id { get; set; }
    public string Name { get; set; } = "";
    public string Slug { get; set; } = "";
    public string Description { get; set; } = "";

    /// <summary>Advocate level that opens the space automatically; null means by invitation only.</summary>
    public int? MinimumLevel { get; set; }

    public DateTime CreatedAt { get; set; }
}

public class SpaceMember
{
    public int SpaceId { get; set; }
    public int MemberId { get; set; }
    public int AddedById { get; set; }
    public DateTime AddedAt { get; set; }
}
