using Community.Core.Events;
using Community.Core.Questions;

namespace Community.Core.Badges;

/// <summary>Asking earns the first-question badge the moment the question is posted.</summary>
public sealed class AwardBadgesOnQuestion(BadgeAwarder badges) : IDomainEventHandler<QuestionAsked>
{
    public Task HandleAsync(QuestionAsked happened, CancellationToken ct) => badges.CheckAfterPostAsync(happened.AuthorId, BadgeCatalog.Curious, ct);
}
