namespace Community.Core.Ideas;

/// <summary>The "Ideas" section of appsettings.json: when the brand owes an answer, and what "trending" means.</summary>
public sealed class IdeaOptions
{
    public const string Section = "Ideas";

    /// <summary>Votes at which an unanswered idea gets a response-due date.</summary>
    public int ResponseThreshold { get; set; } = 10;

    /// <summary>Days the brand team has to respond once the threshold is crossed.</summary>
    public int ResponseDays { get; set; } = 14;

    /// <summary>Trending counts votes cast within this many days.</summary>
    public int TrendingDays { get; set; } = 14;
}
