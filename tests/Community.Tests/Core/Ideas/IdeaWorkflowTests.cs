using Community.Core;
using Community.Core.Ideas;

namespace Community.Tests.Core.Ideas;

public class IdeaWorkflowTests
{
    /// <summary>The whole machine, written out independently of the implementation's table.</summary>
    private static readonly HashSet<(IdeaStatus, IdeaStatus)> Allowed =
    [
        (IdeaStatus.New, IdeaStatus.UnderReview), (IdeaStatus.New, IdeaStatus.Planned), (IdeaStatus.New, IdeaStatus.NotPlanned), (IdeaStatus.New, IdeaStatus.Duplicate),
        (IdeaStatus.UnderReview, IdeaStatus.Planned), (IdeaStatus.UnderReview, IdeaStatus.NotPlanned), (IdeaStatus.UnderReview, IdeaStatus.Duplicate),
        (IdeaStatus.Planned, IdeaStatus.InProgress), (IdeaStatus.Planned, IdeaStatus.NotPlanned),
        (IdeaStatus.InProgress, IdeaStatus.Delivered), (IdeaStatus.InProgress, IdeaStatus.Planned),
        (IdeaStatus.NotPlanned, IdeaStatus.UnderReview),
    ];

    public static TheoryData<IdeaStatus, IdeaStatus> EveryPair()
    {
        var pairs = new TheoryData<IdeaStatus, IdeaStatus>();
        foreach (var from in Enum.GetValues<IdeaStatus>())
            foreach (var to in Enum.GetValues<IdeaStatus>())
                pairs.Add(from, to);
        return pairs;
    }

    [Theory]
    [MemberData(nameof(EveryPair))]
    public void Only_the_workflow_moves_are_allowed_and_every_other_is_refused(IdeaStatus from, IdeaStatus to)
    {
        if (Allowed.Contains((from, to)))
        {
            Assert.True(IdeaWorkflow.CanMove(from, to));
            IdeaWorkflow.EnsureCanMove(from, to);
        }
        else
        {
            Assert.False(IdeaWorkflow.CanMove(from, to));
            var refusal = Assert.Throws<DomainException>(() => IdeaWorkflow.EnsureCanMove(from, to));
            Assert.Equal("IdeaIllegalTransition", refusal.MessageKey);
        }
    }

    [Fact]
    public void Delivered_and_duplicate_are_final_and_take_no_votes()
    {
        Assert.Empty(IdeaWorkflow.NextFrom(IdeaStatus.Delivered));
        Assert.Empty(IdeaWorkflow.NextFrom(IdeaStatus.Duplicate));
        Assert.False(IdeaWorkflow.TakesVotes(IdeaStatus.Delivered));
        Assert.False(IdeaWorkflow.TakesVotes(IdeaStatus.Duplicate));
        Assert.True(IdeaWorkflow.TakesVotes(IdeaStatus.NotPlanned));
    }

    [Fact]
    public void Merging_moves_votes_once_and_drops_those_already_on_the_target()
    {
        var source = new[]
        {
            new IdeaVote { VoterId = 1, Weight = 1m }, new IdeaVote { VoterId = 2, Weight = 3m }, new IdeaVote { VoterId = 3, Weight = 1.5m },
        };
        var plan = IdeaMerge.Plan(source, new HashSet<int> { 2, 9 });

        Assert.Equal([1, 3], plan.Moved.Select(v => v.VoterId));
        Assert.Equal([2], plan.Dropped.Select(v => v.VoterId));
        Assert.Equal(2, plan.AddedVotes);
        Assert.Equal(2.5m, plan.AddedWeight);
    }

    [Fact]
    public void Merging_into_an_idea_with_every_voter_already_adds_nothing()
    {
        var plan = IdeaMerge.Plan([new IdeaVote { VoterId = 4, Weight = 2m }], new HashSet<int> { 4 });
        Assert.Equal(0, plan.AddedVotes);
        Assert.Equal(0m, plan.AddedWeight);
    }

    [Theory]
    [InlineData(new double[] { }, null)]
    [InlineData(new double[] { 3 }, 3.0)]
    [InlineData(new double[] { 5, 1, 3 }, 3.0)]
    [InlineData(new double[] { 4, 1, 2, 10 }, 3.0)]
    public void Median_response_time_is_the_middle_value(double[] days, double? median) => Assert.Equal(median, IdeaStats.Median(days));

    [Fact]
    public void An_unanswered_idea_past_its_due_date_is_overdue_and_a_response_stops_the_clock()
    {
        var now = new DateTime(2026, 11, 23, 12, 0, 0, DateTimeKind.Utc);
        var idea = new Idea { ResponseDueAt = now.AddDays(-1) };
        Assert.True(IdeaAccountability.IsOverdue(idea, now));

        IdeaAccountability.Responded(idea, now);

        Assert.False(IdeaAccountability.IsOverdue(idea, now));
        Assert.Equal(now, idea.FirstBrandResponseAt);
        IdeaAccountability.Responded(idea, now.AddDays(3));
        Assert.Equal(now, idea.FirstBrandResponseAt);
    }
}
