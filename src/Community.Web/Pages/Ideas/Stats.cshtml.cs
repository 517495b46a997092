using Community.Core.Ideas;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Community.Web.Pages.Ideas;

/// <summary>The brand's public record on ideas: how many it answered and how fast.</summary>
public class StatsModel(IdeaStats stats) : PageModel
{
    public IdeaResponseStats Stats { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => Stats = await stats.ComputeAsync(ct);
}
