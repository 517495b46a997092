using Community.Core.Content;
using Community.Core.Data;
using Community.Core.Questions;
using Community.Core.Reputation;
using Microsoft.EntityFrameworkCore;

namespace Community.Core.Moderation;

/// <summary>An approved suggestion becomes the post's new revision, credited to its proposer, who earns reputation for it.</summary>
public sealed class ApplySuggestedEdit(CommunityDbContext db, EditPost edits, ReputationLedger ledger)
{
    public async Task ExecuteAsync(SuggestedEdit suggestion, int reviewerId, CancellationToken ct)
    {
        if (suggestion.PostKind == PostKind.Question)
            await edits.EditQuestionAsync(suggestion.PostId, suggestion.Title, suggestion.BodyMarkdown, suggestion.Tags ?? await TagsOfAsync(suggestion.PostId, ct), suggestion.ProposerId, asModerator: true, ct: ct);
        else
            await edits.EditAnswerAsync(suggestion.PostId, suggestion.BodyMarkdown, suggestion.ProposerId, asModerator: true, ct: ct);
        await ledger.AwardOnceAsync(suggestion.ProposerId, ReputationReason.EditApproved, $"edit:suggested:{suggestion.Id}", suggestion.PostKind, suggestion.PostId, reviewerId, ct);
    }

    /// <summary>A suggestion that left the tags alone keeps the question's own.</summary>
    private async Task<string> TagsOfAsync(int questionId, CancellationToken ct) =>
        string.Join(' ', await db.Questions.Where(q => q.Id == questionId).Select(q => q.Tags.Select(t => t.Name).ToList()).SingleAsync(ct));
}
