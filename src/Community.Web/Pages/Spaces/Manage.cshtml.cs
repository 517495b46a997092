using Community.Core.Data;
using Community.Core.Members;
using Community.Core.Spaces;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Community.Web.Pages.Spaces;

/// <summary>The brand team opens spaces and decides who is in them beyond those their level lets in.</summary>
[Authorize(Roles = $"{Roles.BrandTeam},{Roles.Admin}")]
[Security.NotRateLimited("brand team only")]
public class ManageModel(CommunityDbContext db, ManageSpaces manage) : PageModel, Refusals.IShowsRefusalsOnPage
{
    public sealed record Invitee(int SpaceId, int MemberId, string DisplayName);

    public IReadOnlyList<Space> Spaces { get; private set; } = [];
    public IReadOnlyList<Invitee> Invitees { get; private set; } = [];

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public Task<IActionResult> OnPostCreateAsync(string? name, string? description, int? minimumLevel, CancellationToken ct) =>
        RunAsync(() => manage.CreateAsync(name, description, minimumLevel, User.Id()!.Value, ct));

    public Task<IActionResult> OnPostInviteAsync(int spaceId, string? displayName, CancellationToken ct) =>
        RunAsync(() => manage.AddMemberAsync(spaceId, displayName, User.Id()!.Value, ct));

    public Task<IActionResult> OnPostRemoveAsync(int spaceId, int memberId, CancellationToken ct) =>
        RunAsync(() => manage.RemoveMemberAsync(spaceId, memberId, User.Id()!.Value, ct));

    public async Task<bool> ReloadAfterRefusalAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        return true;
    }

    private async Task<IActionResult> RunAsync(Func<Task> write)
    {
        await write();
        return Redirect("/spaces/manage");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Spaces = await db.Spaces.AsNoTracking().OrderBy(s => s.Name).ToListAsync(ct);
        Invitees = await db.SpaceMembers.AsNoTracking()
            .Join(db.Users, m => m.MemberId, u => u.Id, (m, u) => new Invitee(m.SpaceId, u.Id, u.DisplayName))
            .ToListAsync(ct);
    }
}
