using Community.Core.Events;
using Community.Core.Realtime;

namespace Community.Core.Questions;

/// <summary>A question was posted; <see cref="Held"/> while it waits in the first-posts queue (then nobody else sees it yet).</summary>
public sealed record QuestionAsked(int QuestionId, int? SpaceId, int AuthorId, bool Held) : IDomainEvent;

/// <summary>Open question lists show the new question (within its space's audience).</summary>
public sealed class PushQuestionLive(ICommunityNotifier notifier) : IDomainEventHandler<QuestionAsked>
{
    public Task HandleAsync(QuestionAsked happened, CancellationToken ct) =>
        happened.Held ? Task.CompletedTask : notifier.QuestionAskedAsync(happened.QuestionId, happened.SpaceId);
}
