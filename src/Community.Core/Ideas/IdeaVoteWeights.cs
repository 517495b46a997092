using Community.Core.Data;
using Community.Core.Reputation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Community.Core.Ideas;

/// <summary>A voter's influence: the vote weight of their advocate level when they vote (rung 5, influence).</summary>
public sealed class IdeaVoteWeights(CommunityDbContext db, IOptions<AdvocacyOptions> advocacy)
{
    public async Task<decimal> ForAsync(int memberId, CancellationToken ct = default)
    {
        var reputation = await db.Users.Where(m => m.Id == memberId).Select(m => m.Reputation).SingleAsync(ct);
        return AdvocateLevelPolicy.For(reputation, advocacy.Value.Ladder).Current.VoteWeight;
    }
}
