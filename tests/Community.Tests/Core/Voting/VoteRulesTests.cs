using Community.Core;
using Community.Core.Voting;

namespace Community.Tests.Core.Voting;

public class VoteRulesTests
{
    [Theory]
    [InlineData(0, VoteDirection.Up, 1, 1)]
    [InlineData(0, VoteDirection.Down, -1, -1)]
    [InlineData(1, VoteDirection.Up, 1, 0)]
    [InlineData(1, VoteDirection.None, 0, -1)]
    [InlineData(-1, VoteDirection.None, 0, 1)]
    [InlineData(1, VoteDirection.Down, -1, -2)]
    [InlineData(-1, VoteDirection.Up, 1, 2)]
    [InlineData(0, VoteDirection.None, 0, 0)]
    public void A_request_sets_the_wanted_vote_so_repeating_it_changes_nothing(int current, VoteDirection direction, int expectedValue, int expectedDelta)
    {
        var (value, delta) = VoteRules.Apply(current, direction, voterId: 1, authorId: 2);

        Assert.Equal(expectedValue, value);
        Assert.Equal(expectedDelta, delta);
    }

    [Fact]
    public void Nobody_votes_on_their_own_post()
    {
        var refusal = Assert.Throws<DomainException>(() => VoteRules.Apply(0, VoteDirection.Up, voterId: 7, authorId: 7));

        Assert.Equal("CannotVoteOwnPost", refusal.MessageKey);
    }
}
