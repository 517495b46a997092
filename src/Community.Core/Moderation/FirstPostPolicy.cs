using Community.Core.Data;
using Community.Core.Members;
using Community.Core.Questions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Community.Core.Moderation;

/// <summary>
/// Whether a member's new post waits for a moderator: only while they are new (fewer published posts than
/// Moderation:FirstPostsReviewed, below the trusted reputation) and never for staff.
/// </summary>
public sealed class FirstPostPolicy(CommunityDbContext db, IOptions<ModerationOptions> options)
{
    /// <summary>Refuses a new member's post with more links than allowed (counted in the rendered, sanitised HTML); staff are never limited.</summary>
    public async Task EnsureLinksAllowedAsync(int memberId, string renderedHtml, CancellationToken ct = default)
    {
        var rules = options.Value;
        var links = System.Text.RegularExpressions.Regex.Count(renderedHtml, "<a\\s");
        if (links <= rules.NewMemberMaxLinks) return;
        var reputation = await db.Users.Where(m => m.Id == memberId).Select(m => m.Reputation).SingleAsync(ct);
        if (reputation < rules.NewMemberLinkReputation && !await IsStaffAsync(memberId, ct)) throw new DomainException("NewMemberLinkLimit", rules.NewMemberMaxLinks);
    }

    public async Task<bool> MustWaitAsync(int memberId, CancellationToken ct = default) =>
        options.Value.HoldsFirstPosts && await IsNewcomerAsync(memberId, ct);

    /// <summary>In "review" mode: the post publishes, but a moderator should look at it.</summary>
    public async Task<bool> NeedsReviewAsync(int memberId, CancellationToken ct = default) =>
        options.Value.ReviewsFirstPosts && await IsNewcomerAsync(memberId, ct);

    private async Task<bool> IsNewcomerAsync(int memberId, CancellationToken ct)
    {
        var rules = options.Value;
        var reputation = await db.Users.Where(m => m.Id == memberId).Select(m => m.Reputation).SingleAsync(ct);
        if (reputation >= rules.TrustedReputation) return false;
        if (await IsStaffAsync(memberId, ct)) return false;
        // Published posts count (also ones the author later withdrew); held, rejected or flagged ones do not. Only whether
        // there are enough matters, so no more than that are read: a long-standing member below the trusted reputation
        // would otherwise have every post of theirs read on each new one.
        var enough = rules.FirstPostsReviewed;
        var published = await db.Questions.IgnoreQueryFilters().Where(q => q.AuthorId == memberId && (!q.IsDeleted || q.HiddenReason == HiddenReasons.Author))
            .Take(enough).CountAsync(ct);
        if (published >= enough) return false;
        published += await db.Answers.IgnoreQueryFilters().Where(a => a.AuthorId == memberId && (!a.IsDeleted || a.HiddenReason == HiddenReasons.Author))
            .Take(enough - published).CountAsync(ct);
        return published < enough;
    }

    private Task<bool> IsStaffAsync(int memberId, CancellationToken ct) =>
        db.UserRoles.Where(r => r.UserId == memberId)
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name).AnyAsync(name => Roles.Staff.Contains(name!), ct);
}
