using Community.Core.Content;
using Community.Core.Data;
using Community.Core.Members;
using Community.Core.Reputation;

namespace Community.Core.Demo;

/// <summary>
/// Collects what demo members earned and replays it in time order through <see cref="LedgerMath"/>,
/// writing real ledger entries, so demo totals pass the same recompute check as live ones.
/// </summary>
internal sealed class DemoReputation
{
    private sealed record Earning(int MemberId, ReputationReason Reason, string Source, PostKind Kind, int PostId, int ActorId, DateTime At);

    private readonly List<Earning> _earnings = [];

    public void Earn(int memberId, ReputationReason reason, string source, PostKind kind, int postId, int actorId, DateTime at) =>
        _earnings.Add(new Earning(memberId, reason, source, kind, postId, actorId, at));

    public void WriteLedger(CommunityDbContext db, IEnumerable<Member> members, ReputationOptions rules)
    {
        var byId = members.ToDictionary(m => m.Id);
        var balances = byId.Keys.ToDictionary(id => id, _ => new Balances(LedgerMath.ReputationFloor, 0));
        var gainedByDay = new Dictionary<(int, DateTime), int>();
        foreach (var earning in _earnings.OrderBy(e => e.At))
        {
            var capped = ReputationOptions.CountsTowardsDailyCap(earning.Reason);
            var day = (earning.MemberId, earning.At.Date);
            var applied = LedgerMath.Applied(balances[earning.MemberId], rules.AwardFor(earning.Reason),
                gainedByDay.GetValueOrDefault(day), capped ? rules.DailyVoteCap : null);
            if (capped) gainedByDay[day] = gainedByDay.GetValueOrDefault(day) + applied.Reputation;
            var before = balances[earning.MemberId];
            balances[earning.MemberId] = new Balances(before.Reputation + applied.Reputation, before.Points + applied.Points);
            db.ReputationEntries.Add(new ReputationEntry
            {
                MemberId = earning.MemberId, Reason = earning.Reason, Reputation = applied.Reputation, Points = applied.Points,
                Source = earning.Source, PostKind = earning.Kind, PostId = earning.PostId, ActorId = earning.ActorId, CreatedAt = earning.At,
            });
        }
        foreach (var (id, balance) in balances)
        {
            byId[id].Reputation = balance.Reputation;
            byId[id].Points = balance.Points;
        }
    }
}
