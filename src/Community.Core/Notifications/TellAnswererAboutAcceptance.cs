using Community.Core.Events;
using Community.Core.Questions;

namespace Community.Core.Notifications;

/// <summary>The answerer's bell rings when the asker accepts their answer: the notification commits with the acceptance.</summary>
public sealed class TellAnswererAboutAcceptance(MemberInbox inbox) : IDomainEventRecorder<AnswerAccepted>
{
    public Task RecordAsync(AnswerAccepted happened, CancellationToken ct) => happened is { AnswererToTell: { } answerer, AcceptedAnswerId: { } answerId }
        ? inbox.TellAsync(answerer, NotificationKinds.AnswerAccepted, happened.QuestionTitle, $"/questions/{happened.QuestionId}#answer-{answerId}", ct)
        : Task.CompletedTask;
}
