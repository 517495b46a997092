using Community.Core.Badges;
using Community.Core.Notifications;
using Community.Core.Realtime;

namespace Community.Core.Questions;

/// <summary>What follows a published answer: the live page, the asker's bell, the author's badges. A held answer only tells the moderators' queue.</summary>
public sealed class AnswerAnnouncer(BadgeAwarder badges, MemberInbox inbox, ICommunityNotifier notifier)
{
    public async Task PublishedAsync(Question question, Answer answer, CancellationToken ct = default)
    {
        await notifier.AnswerPostedAsync(question.Id, answer.Id);
        if (question.AuthorId != answer.AuthorId)
            await inbox.TellAsync(question.AuthorId, NotificationKinds.NewAnswer, question.Title, $"/questions/{question.Id}#answer-{answer.Id}", ct);
        await badges.CheckAsync(answer.AuthorId, ct);
    }

    public Task HeldAsync() => notifier.ModerationQueuesChangedAsync();
}
