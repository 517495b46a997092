using Community.Core.Moderation;
using Microsoft.AspNetCore.Mvc;

namespace Community.Web.Pages.Moderation;

/// <summary>Moderators decide all open flags on one post or profile at once; the outcome feeds each flagger's accuracy.</summary>
public class FlagDecisionsModel(ResolveFlags resolve) : ModeratorAction
{
    public async Task<IActionResult> OnPostAsync(string kind, int targetId, FlagDecision decision, string? returnUrl, CancellationToken ct)
    {
        await resolve.ExecuteAsync(kind, targetId, decision, Moderator, ct);
        return Back(returnUrl);
    }
}
