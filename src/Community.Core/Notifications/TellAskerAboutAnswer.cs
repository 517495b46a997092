using Community.Core.Events;
using Community.Core.Questions;

namespace Community.Core.Notifications;

/// <summary>The asker's bell rings for each published answer by someone else: the notification commits with the answer.</summary>
public sealed class TellAskerAboutAnswer(MemberInbox inbox) : IDomainEventRecorder<AnswerPublished>
{
    public Task RecordAsync(AnswerPublished happened, CancellationToken ct) => happened.AskerId == happened.AuthorId
        ? Task.CompletedTask
        : inbox.TellAsync(happened.AskerId, NotificationKinds.NewAnswer, happened.QuestionTitle, $"/questions/{happened.QuestionId}#answer-{happened.AnswerId}", ct);
}
