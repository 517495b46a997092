namespace Community.Core.Spaces;

/// <summary>
/// Which private spaces the current scope may see. The database context filters every question (and
/// through it answers and comments) by this, so a private post cannot leak through a list, search,
/// profile or hub that forgot to check. Restrictive by default: a scope sees public content only until
/// the web layer grants the signed-in member's spaces, or a trusted job calls <see cref="SeeEverything"/>.
/// </summary>
public sealed class Visibility
{
    private static readonly int[] None = [];

    /// <summary>Space ids this scope may see; null means every space (staff and internal jobs).</summary>
    public IReadOnlyCollection<int>? SpaceIds { get; private set; } = None;

    public bool SeesAll => SpaceIds is null;

    public void Grant(IReadOnlyCollection<int> spaceIds) => SpaceIds = spaceIds;

    public void SeeEverything() => SpaceIds = null;

    /// <summary>For tools outside a request (load generators, admin commands) that must read everything.</summary>
    public static Visibility Everything()
    {
        var visibility = new Visibility();
        visibility.SeeEverything();
        return visibility;
    }

    public bool CanSee(int? spaceId) => spaceId is null || SpaceIds is null || SpaceIds.Contains(spaceId.Value);
}
