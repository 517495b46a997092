using Community.Core.Events;
using Community.Core.Realtime;

namespace Community.Core.Questions;

/// <summary>An answer became visible to everyone: posted by a trusted member, or approved from the first-posts queue.</summary>
public sealed record AnswerPublished(int QuestionId, string QuestionTitle, int AskerId, int AnswerId, int AuthorId) : IDomainEvent;

/// <summary>Readers of the question see the new answer appear.</summary>
public sealed class PushAnswerLive(ICommunityNotifier notifier) : IDomainEventHandler<AnswerPublished>
{
    public Task HandleAsync(AnswerPublished happened, CancellationToken ct) => notifier.AnswerPostedAsync(happened.QuestionId, happened.AnswerId);
}
