using Community.Core.Content;
using Community.Core.Data;
using Community.Core.Moderation;
using Microsoft.EntityFrameworkCore;
using Community.Core.Audit;

namespace Community.Core.Ideas;

/// <summary>
/// A moderator turns a question that is really a proposal into an idea: the asker stays its author (and
/// its first voter), the asker, answerers and commenters follow it, and both link to each other.
/// Converting again returns the idea made the first time. The question earned its reputation as a
/// question; the conversion pays nothing more.
/// </summary>
public sealed class ConvertQuestionToIdea(CommunityDbContext db, IdeaVoteWeights weights, AuditLog audit, IdeaFanOut fanOut, TimeProvider clock)
{
    public async Task<Idea> ExecuteAsync(int questionId, int moderatorId, CancellationToken ct = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var question = await db.Questions.FirstOrDefaultAsync(q => q.Id == questionId && !q.IsDeleted, ct) ?? throw DomainException.NotFound("PostNotFound");
        // Ideas are public: a question from a private space must not leak through a conversion.
        if (question.SpaceId is not null) throw new DomainException("IdeaFromPrivateQuestion");
        if (question.ConvertedToIdeaId is { } done) return await db.Ideas.SingleAsync(i => i.Id == done, ct);

        var now = clock.GetUtcNow().UtcDateTime;
        var weight = await weights.ForAsync(question.AuthorId, ct);
        var title = question.Title.Length > Idea.TitleMax ? question.Title[..Idea.TitleMax] : question.Title;
        var idea = new Idea
        {
            Title = title, DescriptionMarkdown = question.BodyMarkdown, DescriptionHtml = question.BodyHtml, DescriptionText = question.BodyText,
            AuthorId = question.AuthorId, ProductId = question.ProductId, Status = IdeaStatus.New, CreatedAt = now, StatusChangedAt = now,
            VoteCount = 1, WeightedVotes = weight, FromQuestionId = question.Id, SubmissionId = Guid.NewGuid(),
        };
        db.Ideas.Add(idea);
        await db.SaveChangesAsync(ct);

        var participants = await db.Answers.Where(a => a.QuestionId == questionId && !a.IsDeleted).Select(a => a.AuthorId)
            .Union(db.Comments.Where(c => c.QuestionId == questionId).Select(c => c.AuthorId))
            .ToListAsync(ct);
        db.IdeaFollowers.AddRange(participants.Append(question.AuthorId).Distinct().Select(m => new IdeaFollower { IdeaId = idea.Id, MemberId = m }));
        db.IdeaVotes.Add(new IdeaVote { IdeaId = idea.Id, VoterId = question.AuthorId, Weight = weight, CreatedAt = now });
        db.PostRevisions.Add(new PostRevision
        {
            PostKind = PostKind.Idea, PostId = idea.Id, Number = 1, Title = title, BodyMarkdown = question.BodyMarkdown, EditorId = moderatorId, CreatedAt = now,
        });
        question.ConvertedToIdeaId = idea.Id;
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(moderatorId, "question.convert", $"question:{questionId}", null, $"idea:{idea.Id}", ct);
        await transaction.CommitAsync(ct);

        await fanOut.ConvertedAsync(idea, questionId, ct);
        return idea;
    }
}
