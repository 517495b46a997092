namespace Community.Core.Reputation;

public readonly record struct Balances(int Reputation, int Points);

/// <summary>
/// Pure arithmetic of the ledger: how much of an award actually applies to a member's balances.
/// Reputation never drops below 1; spending never takes points below 0 (only a reversal can, see
/// <see cref="Reversal"/>); gains from votes stop at the daily cap.
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

    /// <summary>
    /// Undoing an entry takes back exactly the points it gave, even if they were already spent: the
    /// balance may go below 0 (a debt that later awards repay and that blocks redemptions), otherwise
    /// spend-then-retract would mint points. Reputation still stops at the floor of 1.
    /// </summary>
    public static Balances Reversal(Balances current, Balances original) =>
        new(Math.Max(-original.Reputation, ReputationFloor - current.Reputation), -original.Points);
}
