using Community.Core.Events;
using Community.Core.Realtime;

namespace Community.Core.Questions;

/// <summary>A comment was added under a question or one of its answers.</summary>
public sealed record CommentPosted(int QuestionId, int CommentId) : IDomainEvent;

/// <summary>Readers of the question see the comment appear in its thread.</summary>
public sealed class PushCommentLive(ICommunityNotifier notifier) : IDomainEventHandler<CommentPosted>
{
    public Task HandleAsync(CommentPosted happened, CancellationToken ct) => notifier.CommentPostedAsync(happened.QuestionId, happened.CommentId);
}
