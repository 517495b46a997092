using Community.Core.Content;
using Community.Core.Data;
using Community.Core.Realtime;
using Microsoft.EntityFrameworkCore;
using Community.Core.Audit;

namespace Community.Core.Moderation;

/// <summary>Brand staff mark (or unmark) an answer as the brand's official answer; audited and shown live.</summary>
public sealed class MarkOfficialAnswer(CommunityDbContext db, AuditLog audit)
{
    public async Task ExecuteAsync(int answerId, bool official, int staffId, CancellationToken ct = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var answer = await db.Answers.FirstOrDefaultAsync(a => a.Id == answerId && !a.IsDeleted, ct) ?? throw DomainException.NotFound("PostNotFound");
        if (answer.IsOfficial == official) return;
        answer.MarkOfficial(official);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(staffId, official ? "answer.official" : "answer.unofficial", $"answer:{answerId}", (!official).ToString(), official.ToString(), ct);
        db.Events.Raise(new Questions.PostChanged(answer.QuestionId, PostKind.Answer, answerId));
        await transaction.CommitAsync(ct);
    }
}
