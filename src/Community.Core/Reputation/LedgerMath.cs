namespace Community.Core.Reputation;

public readonly record struct Balances(int Reputation, int Points);

/// <summary>
/// Pure arithmetic of the ledger: how much of an award actually applies to a member's balances.
/// Reputation never drops below 1 and points never below 0; gains from votes stop at the daily cap.
/// </summary>
public static class LedgerMath
{
    public const int ReputationFloor = 1;

    public static Balances Applied(Balances current, ReputationAward award, int gainedFromVotesToday, int? dailyCap)
    {
        var reputation = award.Reputation;
        if (dailyCap is { } cap && reputation > 0)
            reputation = Math.Min(reputation, Math.Max(0, cap - gainedFromVotesToday));
        reputation = Math.Max(reputation, ReputationFloor - current.Reputation);
        var points = Math.Max(award.Points, -current.Points);
        return new Balances(reputation, points);
    }

    /// <summary>Undoing an entry applies its exact opposite, unless the floor (or an empty balance) no longer allows all of it.</summary>
    public static Balances Reversal(Balances current, Balances original) =>
        new(Math.Max(-original.Reputation, ReputationFloor - current.Reputation), Math.Max(-original.Points, -current.Points));
}
