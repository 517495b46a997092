using Community.Core.Content;
using Community.Core.Events;
using Community.Core.Realtime;

namespace Community.Core.Voting;

/// <summary>A post's score became <see cref="Score"/> (a vote was cast, changed or withdrawn).</summary>
public sealed record ScoreChanged(int QuestionId, PostKind Kind, int PostId, int Score) : IDomainEvent;

/// <summary>Everyone reading the question sees the new score without reloading.</summary>
public sealed class PushScoreLive(ICommunityNotifier notifier) : IDomainEventHandler<ScoreChanged>
{
    public Task HandleAsync(ScoreChanged happened, CancellationToken ct) =>
        notifier.ScoreChangedAsync(happened.QuestionId, happened.Kind, happened.PostId, happened.Score);
}
