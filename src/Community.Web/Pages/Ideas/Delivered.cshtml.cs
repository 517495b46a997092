using Community.Core.Data;
using Community.Core.Ideas;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Community.Web.Pages.Ideas;

/// <summary>"You said, we did": delivered ideas, newest first, crediting the author and the voters, with the brand's note.</summary>
public class DeliveredModel(CommunityDbContext db) : PageModel
{
    public const int PageSize = 20;
    public const int VotersShown = 12;

    public sealed record Entry(int Id, string Title, int AuthorId, string AuthorName, DateTime DeliveredAt, string? ReleaseNoteUrl, string? MessageHtml,
        int VoteCount, IReadOnlyList<(int Id, string Name)> Voters);

    // "page" is also Razor Pages' own route value (the page path): the number binds from the query only.
    [FromQuery(Name = "page")] public int PageNumber { get; set; } = 1;
    public IReadOnlyList<Entry> Entries { get; private set; } = [];
    public int PageCount { get; private set; } = 1;

    public async Task OnGetAsync(CancellationToken ct)
    {
        var delivered = db.Ideas.AsNoTracking().Where(i => !i.IsDeleted && i.Status == IdeaStatus.Delivered);
        PageCount = Math.Max(1, (await delivered.CountAsync(ct) + PageSize - 1) / PageSize);
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        var ideas = await delivered.OrderByDescending(i => i.DeliveredAt).Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(i => new
            {
                i.Id, i.Title, i.AuthorId, AuthorName = i.Author!.DisplayName, DeliveredAt = i.DeliveredAt!.Value, i.ReleaseNoteUrl, i.VoteCount,
                Message = db.IdeaStatusChanges.Where(c => c.IdeaId == i.Id && c.To == IdeaStatus.Delivered).OrderByDescending(c => c.Id).Select(c => c.MessageHtml).FirstOrDefault(),
            })
            .ToListAsync(ct);
        var ids = ideas.Select(i => i.Id).ToList();
        // First voters first: the people who asked for it earliest are credited by name.
        var voters = await db.IdeaVotes.AsNoTracking().Where(v => ids.Contains(v.IdeaId))
            .Join(db.Users, v => v.VoterId, m => m.Id, (v, m) => new { v.IdeaId, v.CreatedAt, m.Id, m.DisplayName })
            .OrderBy(v => v.CreatedAt).ToListAsync(ct);
        Entries = ideas.Select(i => new Entry(i.Id, i.Title, i.AuthorId, i.AuthorName, i.DeliveredAt, i.ReleaseNoteUrl, i.Message, i.VoteCount,
            voters.Where(v => v.IdeaId == i.Id && v.Id != i.AuthorId).Take(VotersShown).Select(v => (v.Id, v.DisplayName)).ToList())).ToList();
    }

    public Shared.PagerModel Pager => Shared.PagerModel.For(Request, PageNumber, PageCount);
}
