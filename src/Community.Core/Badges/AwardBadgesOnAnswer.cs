using Community.Core.Events;
using Community.Core.Questions;

namespace Community.Core.Badges;

/// <summary>Answer-count badges are earned the moment an answer is published.</summary>
public sealed class AwardBadgesOnAnswer(BadgeAwarder badges) : IDomainEventHandler<AnswerPublished>
{
    public Task HandleAsync(AnswerPublished happened, CancellationToken ct) => badges.CheckAfterPostAsync(happened.AuthorId, BadgeCatalog.Helper, ct);
}
