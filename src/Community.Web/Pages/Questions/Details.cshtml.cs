using Community.Core.Content;
using Community.Core.Voting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Community.Web.Pages.Questions;

[OutputCache(PolicyName = Performance.AnonymousPageCache.PolicyName)]
public class DetailsModel(QuestionDetailsQuery query, Reputation.LevelView levels, Core.Reputation.PrivilegeCheck privileges,
    Microsoft.Extensions.Options.IOptions<Core.Reputation.PrivilegeOptions> privilegeRules, Performance.SharedThreadCache threads) : PageModel
{
    public QuestionView Question { get; private set; } = null!;
    public IReadOnlyList<AnswerCard> Answers { get; private set; } = [];
    public IReadOnlyList<CommentView> QuestionComments { get; private set; } = [];
    public Viewer Viewer { get; private set; } = new(null, 0);
    public int MyQuestionVote { get; private set; }
    public decimal? WeightedQuestionScore { get; private set; }
    public AnswerInput Answer { get; } = new() { SubmissionId = Guid.NewGuid() };
    public string? DuplicateOfTitle { get; private set; }

    /// <summary>A trusted member (not a moderator, who acts directly) may vote to close or reopen.</summary>
    public bool CanVoteToClose { get; private set; }

    /// <summary>Whether the question and its answers come from, or go to, the markup plain members share.</summary>
    public Performance.SharedThreadSlot Thread { get; private set; } = Performance.SharedThreadSlot.Alone;

    /// <summary>For moderators' "move" form.</summary>
    public IReadOnlyList<(int Id, string Name)> Products { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, string? slug, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        // Location headers are ASCII: Korean slugs travel percent-encoded.
        if (slug != Question.Slug) return RedirectPermanent(Links.SiteLinks.Question(id, Question.Slug));
        return Page();
    }

    /// <summary>One answer card as HTML, fetched by the live script when someone else posts it.</summary>
    public async Task<IActionResult> OnGetAnswerAsync(int id, int answerId, CancellationToken ct)
    {
        var question = await query.QuestionAsync(id, ct);
        var answer = await query.AnswerAsync(id, answerId, ct);
        if (question is null || !Visible(question) || answer is null) return NotFound();
        var votes = await query.MyVotesAsync(User.Id(), id, ct);
        var comments = await query.CommentsAsync(id, answerId, false, ct);
        var viewer = new Viewer(User.Id(), question.AuthorId, User.IsModerator(), User.IsBrandTeam(), await CommentRightsAsync(question, ct));
        return Partial("_Answer", new AnswerCard(answer, question.AcceptedAnswerId == answerId, votes.GetValueOrDefault((PostKind.Answer, answerId)), comments, viewer));
    }

    public async Task<IActionResult> OnGetCommentAsync(int id, int commentId, CancellationToken ct)
    {
        var question = await query.QuestionAsync(id, ct);
        var comment = await query.CommentAsync(id, commentId, ct);
        if (question is null || !Visible(question) || comment is null) return NotFound();
        return Partial("_Comment", comment);
    }

    /// <summary>Signed-in viewers only: whether the comment privilege is theirs, so forms are offered only where a comment would be taken.</summary>
    private async Task<CommentRights?> CommentRightsAsync(QuestionView question, CancellationToken ct)
    {
        if (User.Id() is not { } me) return null;
        var anywhere = await privileges.HasAsync(me, Core.Reputation.Privilege.Comment, ct);
        return new CommentRights(anywhere, privilegeRules.Value.ThresholdFor(Core.Reputation.Privilege.Comment), question.LockedAt is not null);
    }

    private bool Visible(QuestionView question) => question.IsVisibleTo(User.Id(), User.IsModerator());

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var me = User.Id();
        var mine = await query.ReadersPartAsync(me, id, ct);
        var votes = mine.Votes;
        // A plain member — not staff (their tools), not an answerer here (their controls, their answer waiting for
        // review), not a page showing refused input — may be served the thread another plain member's visit rendered,
        // question and all (see SharedThreadCache). The asker is told apart once the question is known.
        var key = me is { } member && !User.IsModerator() && !User.IsBrandTeam() && !mine.Answered && ModelState.IsValid
            ? Performance.SharedThreadCache.Key(id, await privileges.HasAsync(member, Core.Reputation.Privilege.Comment, ct), votes)
            : null;
        var shared = key is null ? null : await threads.GetAsync(key, ct);
        var question = shared is not null && shared.Question.AuthorId != me ? shared.Question : await query.QuestionAsync(id, ct);
        if (question is null || !Visible(question)) return false;
        Question = question;
        Viewer = new Viewer(me, question.AuthorId, User.IsModerator(), User.IsBrandTeam(), await CommentRightsAsync(question, ct));
        if (question.DuplicateOfId is { } original) DuplicateOfTitle = await query.TitleAsync(original, ct);
        if (Viewer.IsModerator)
            Products = await query.ProductChoicesAsync(ct);
        if (me is { } signedIn && !Viewer.IsModerator && !question.IsDeleted)
            CanVoteToClose = await privileges.HasAsync(signedIn, Core.Reputation.Privilege.CloseReopen, ct);
        MyQuestionVote = votes.GetValueOrDefault((PostKind.Question, id));
        // Only public questions are shared: one inside a space stays with those who may enter it.
        if (key is not null && me != question.AuthorId && question.SpaceId is null && !question.IsDeleted)
        {
            Thread = new Performance.SharedThreadSlot(key, question, shared);
            if (shared is not null) return true;
        }
        var answers = await query.AnswersAsync(id, question.AcceptedAnswerId, ct, Viewer.MemberId, Viewer.IsModerator);
        var comments = await query.CommentsAsync(id, null, true, ct);
        QuestionComments = comments.Where(c => c.AnswerId is null).ToList();
        // The brand team sees each score weighted by voters' levels; members see the plain count.
        var weighted = User.IsInRole(Core.Members.Roles.BrandTeam) || User.IsInRole(Core.Members.Roles.Admin)
            ? await query.WeightedScoresAsync(id, reputation => levels.For(reputation).Current.VoteWeight, ct)
            : null;
        WeightedQuestionScore = weighted?.GetValueOrDefault((PostKind.Question, id));
        Answers = answers.Select(a => new AnswerCard(a, a.Id == question.AcceptedAnswerId, votes.GetValueOrDefault((PostKind.Answer, a.Id)),
            comments.Where(c => c.AnswerId == a.Id).ToList(), Viewer, weighted?.GetValueOrDefault((PostKind.Answer, a.Id)))).ToList();
        return true;
    }
}
