using Community.Core.Data;
using Community.Core.Members;
using Microsoft.EntityFrameworkCore;

namespace Community.Web.Pages.Brand;

/// <summary>What the brand pages offer to choose from: products and segments to filter by; spaces, managers and segments to act with.</summary>
public sealed class BrandChoices(CommunityDbContext db)
{
    public sealed record Choice(string Value, string Label);

    public sealed record Lists(IReadOnlyList<Choice> Products, IReadOnlyList<Choice> Spaces, IReadOnlyList<Choice> Managers, IReadOnlyList<Choice> Segments)
    {
        public static readonly Lists Empty = new([], [], [], []);
    }

    public async Task<Lists> LoadAsync(CancellationToken ct)
    {
        var products = await db.Products.AsNoTracking().OrderBy(p => p.Name).Select(p => new Choice(p.Slug, p.Name)).ToListAsync(ct);
        var spaces = Numbered(await db.Spaces.AsNoTracking().OrderBy(s => s.Name).Select(s => new { s.Id, s.Name }).ToListAsync(ct), s => s.Id, s => s.Name);
        var brandRoles = db.Roles.Where(r => r.Name == Roles.BrandTeam || r.Name == Roles.Admin).Select(r => r.Id);
        var managers = await db.Users.AsNoTracking().Where(m => db.UserRoles.Any(ur => ur.UserId == m.Id && brandRoles.Contains(ur.RoleId)))
            .OrderBy(m => m.DisplayName).Select(m => new { m.Id, m.DisplayName }).ToListAsync(ct);
        var segments = await db.Segments.AsNoTracking().OrderBy(s => s.Name).Select(s => new { s.Id, s.Name }).ToListAsync(ct);
        return new Lists(products, spaces, Numbered(managers, m => m.Id, m => m.DisplayName), Numbered(segments, s => s.Id, s => s.Name));
    }

    private static List<Choice> Numbered<T>(IEnumerable<T> items, Func<T, int> id, Func<T, string> label) =>
        items.Select(i => new Choice(id(i).ToString(System.Globalization.CultureInfo.InvariantCulture), label(i))).ToList();
}
