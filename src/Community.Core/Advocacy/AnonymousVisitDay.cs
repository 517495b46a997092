namespace Community.Core.Advocacy;

/// <summary>
/// The bottom rung of the fan ladder, counted and never tracked: how many anonymous sessions (distinct browser and address
/// per day, hashed in memory and never stored) visited on a day.
/// </summary>
public class AnonymousVisitDay
{
    public DateOnly Day { get; internal set; }
    public int Sessions { get; internal set; }
}
