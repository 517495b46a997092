namespace Community.Core.Advocacy;

/// <summary>
/// "Advocacy:Score" in appsettings.json: what each quality signal is worth and how fast it fades. A signal counts once
/// per distinct counterpart (one asker, one voter, one idea), at full weight when fresh and half after
/// <see cref="HalfLifeDays"/>; signals older than <see cref="LookbackDays"/> are not read.
/// </summary>
public sealed class AdvocateScoreOptions
{
    public const string Section = "Advocacy:Score";

    public double HalfLifeDays { get; set; } = 90;
    public int LookbackDays { get; set; } = 730;

    /// <summary>How often every member's standing is recomputed in the background; members concerned by an event are recomputed at once.</summary>
    public int RollUpIntervalMinutes { get; set; } = 60;

    /// <summary>An accepted answer, counted once per distinct asker (ten acceptances by one friend are one).</summary>
    public double AcceptedForDistinctAsker { get; set; } = 10;

    /// <summary>The first answer to a newcomer's first question: the welcome that keeps people.</summary>
    public double FirstAnswerToNewcomer { get; set; } = 8;

    /// <summary>Per distinct member who upvoted any of the member's questions or answers.</summary>
    public double DistinctUpvoter { get; set; } = 2;

    /// <summary>Per distinct member who marked one of the member's reviews helpful.</summary>
    public double HelpfulReviewVoter { get; set; } = 3;

    public double IdeaPlanned { get; set; } = 10;
    public double IdeaDelivered { get; set; } = 20;

    /// <summary>Per answer of the member that someone on the brand team upvoted: the brand agrees with it.</summary>
    public double BrandAgreement { get; set; } = 6;

    /// <summary>Per post of the member (or the member themself) taken down by an upheld flag; negative.</summary>
    public double UpheldFlag { get; set; } = -15;

    public double WeightOf(SignalKind kind) => kind switch
    {
        SignalKind.AcceptedForDistinctAsker => AcceptedForDistinctAsker,
        SignalKind.FirstAnswerToNewcomer => FirstAnswerToNewcomer,
        SignalKind.DistinctUpvoter => DistinctUpvoter,
        SignalKind.HelpfulReviewVoter => HelpfulReviewVoter,
        SignalKind.IdeaPlanned => IdeaPlanned,
        SignalKind.IdeaDelivered => IdeaDelivered,
        SignalKind.BrandAgreement => BrandAgreement,
        SignalKind.UpheldFlag => UpheldFlag,
        _ => 0,
    };
}

/// <summary>"Advocacy:Stages": the thresholds of the fan ladder (member → contributor → regular → advocate → fan).</summary>
public sealed class FanLadderOptions
{
    public const string Section = "Advocacy:Stages";

    /// <summary>A regular was active (visited, posted or voted) in at least this many of the last <see cref="RegularWindowWeeks"/> weeks.</summary>
    public int RegularActiveWeeks { get; set; } = 3;
    public int RegularWindowWeeks { get; set; } = 6;

    /// <summary>An advocate helped others this often in the last year: answers accepted by distinct askers plus members who found their reviews helpful.</summary>
    public int AdvocateHelps { get; set; } = 5;

    /// <summary>A fan brings others: this many reviews written, or an idea of theirs delivered.</summary>
    public int FanReviews { get; set; } = 3;
    public int FanDeliveredIdeas { get; set; } = 1;
}

/// <summary>"Advocacy:Care": when a member counts as at risk of leaving, always against their own baseline.</summary>
public sealed class CareOptions
{
    public const string Section = "Advocacy:Care";

    /// <summary>Silent for this many times their usual gap between active days.</summary>
    public double SilenceFactor { get; set; } = 3;

    /// <summary>Never flagged for silence shorter than this, however frequent they were.</summary>
    public int MinimumSilentDays { get; set; } = 7;

    /// <summary>The window the usual gap is measured over, and how many active days it needs to mean anything.</summary>
    public int BaselineDays { get; set; } = 180;
    public int MinimumActiveDays { get; set; } = 4;

    /// <summary>Flagged when the last 4 weeks' contributions fell by this share against the 12 weeks before.</summary>
    public int ContributionDropPercent { get; set; } = 70;

    /// <summary>The drop rule only applies to members who contributed at least this often per week before.</summary>
    public double MinimumWeeklyContributions { get; set; } = 1;

    /// <summary>A re-engagement worked if the member was active again within this many days.</summary>
    public int ReturnWindowDays { get; set; } = 30;
}
