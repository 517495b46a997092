using Community.Core.Events;
using Community.Core.Realtime;

namespace Community.Core.Questions;

/// <summary>
/// The asker accepted an answer, changed their choice or withdrew it (<see cref="AcceptedAnswerId"/> null);
/// <see cref="AnswererToTell"/> is the author of a newly accepted answer by someone other than the asker.
/// </summary>
public sealed record AnswerAccepted(int QuestionId, string QuestionTitle, int? AcceptedAnswerId, int? AnswererToTell) : IDomainEvent;

/// <summary>Readers of the question see the accepted mark move.</summary>
public sealed class PushAcceptanceLive(ICommunityNotifier notifier) : IDomainEventHandler<AnswerAccepted>
{
    public Task HandleAsync(AnswerAccepted happened, CancellationToken ct) => notifier.AnswerAcceptedAsync(happened.QuestionId, happened.AcceptedAnswerId);
}
