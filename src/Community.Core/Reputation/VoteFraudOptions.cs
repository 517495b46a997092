namespace Community.Core.Reputation;

/// <summary>
/// The "VoteFraud" section of appsettings.json: when upvotes stop looking like independent judgement.
/// Serial voting is one member upvoting one author's posts many times in a short window; a ring is
/// members who upvote each other, each direction past a minimum, within a longer window.
/// </summary>
public sealed class VoteFraudOptions
{
    public const string Section = "VoteFraud";

    /// <summary>False stops the scheduled scan (cases already recorded stay listed for moderators).</summary>
    public bool Enabled { get; set; } = true;

    public int ScanIntervalMinutes { get; set; } = 60;

    /// <summary>Upvotes from one member on one author's posts, within <see cref="WindowHours"/>, that make serial voting.</summary>
    public int SerialVoteThreshold { get; set; } = 10;

    public int WindowHours { get; set; } = 24;

    /// <summary>Upvotes each way between two members, within <see cref="RingWindowDays"/>, that make them part of a ring.</summary>
    public int RingMinimumMutualVotes { get; set; } = 5;

    public int RingWindowDays { get; set; } = 7;

    /// <summary>
    /// How far back each scan reads votes. Longer than both windows, so a burst is still seen whole by
    /// the next scan even if a few were missed (a restart, a scan that failed).
    /// </summary>
    public int LookbackDays { get; set; } = 14;

    public TimeSpan SerialWindow => TimeSpan.FromHours(WindowHours);
    public TimeSpan RingWindow => TimeSpan.FromDays(RingWindowDays);

    public TimeSpan Lookback => new[] { TimeSpan.FromDays(LookbackDays), SerialWindow, RingWindow }.Max();
}
