using System.Threading.Channels;
using Community.Core.Events;
using Community.Core.Questions;
using Community.Core.Reputation;

namespace Community.Core.Advocacy;

/// <summary>
/// Members whose standing an event just changed. Writers only drop an id here (no extra work in their request); the
/// web host's roll-up service drains it every few seconds and recomputes those members together.
/// </summary>
public sealed class StandingsToRefresh
{
    private readonly Channel<int> _members = Channel.CreateBounded<int>(new BoundedChannelOptions(100_000) { FullMode = BoundedChannelFullMode.DropOldest });

    public void Add(int memberId) => _members.Writer.TryWrite(memberId);

    /// <summary>Everyone waiting now, each once.</summary>
    public IReadOnlyCollection<int> TakeAll()
    {
        var taken = new HashSet<int>();
        while (_members.Reader.TryRead(out var id)) taken.Add(id);
        return taken;
    }

    /// <summary>Held while a roll-up runs (see <see cref="AdvocacyRollUp"/>).</summary>
    public SemaphoreSlim Gate { get; } = new(1, 1);

    public ValueTask<bool> WaitAsync(CancellationToken ct) => _members.Reader.WaitToReadAsync(ct);
}

/// <summary>Reputation moved (votes, acceptances, helpful reviews, ideas planned or delivered): the member's score did too.</summary>
public sealed class RefreshOnReputation(StandingsToRefresh queue) : IDomainEventHandler<ReputationChanged>
{
    public Task HandleAsync(ReputationChanged happened, CancellationToken ct)
    {
        queue.Add(happened.MemberId);
        return Task.CompletedTask;
    }
}

/// <summary>Posting makes a member a contributor and keeps them regular.</summary>
public sealed class RefreshOnQuestion(StandingsToRefresh queue) : IDomainEventHandler<QuestionAsked>
{
    public Task HandleAsync(QuestionAsked happened, CancellationToken ct)
    {
        queue.Add(happened.AuthorId);
        return Task.CompletedTask;
    }
}

public sealed class RefreshOnAnswer(StandingsToRefresh queue) : IDomainEventHandler<AnswerPublished>
{
    public Task HandleAsync(AnswerPublished happened, CancellationToken ct)
    {
        queue.Add(happened.AuthorId);
        return Task.CompletedTask;
    }
}
