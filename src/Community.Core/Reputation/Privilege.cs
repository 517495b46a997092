namespace Community.Core.Reputation;

/// <summary>What reputation unlocks (the empowerment rung). Thresholds are data: <see cref="PrivilegeOptions"/>.</summary>
public enum Privilege
{
    Upvote,
    Comment,
    Downvote,
    Retag,
    ReviewQueues,
    EditAnyPost,
    CloseReopen,
}

/// <summary>The "Privileges" section of appsettings.json: reputation needed for each privilege.</summary>
public sealed class PrivilegeOptions
{
    public const string Section = "Privileges";

    public Dictionary<Privilege, int> Thresholds { get; set; } = new()
    {
        [Privilege.Upvote] = 15,
        [Privilege.Comment] = 50,
        [Privilege.Downvote] = 125,
        [Privilege.Retag] = 500,
        [Privilege.ReviewQueues] = 500,
        [Privilege.EditAnyPost] = 2000,
        [Privilege.CloseReopen] = 3000,
    };

    public int ThresholdFor(Privilege privilege) => Thresholds.GetValueOrDefault(privilege, int.MaxValue);

    public bool Has(int reputation, Privilege privilege) => reputation >= ThresholdFor(privilege);
}
