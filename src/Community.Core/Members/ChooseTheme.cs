using Community.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Community.Core.Members;

/// <summary>A member picks light or dark pages, or goes back to following their device (null); every page they open uses it.</summary>
public sealed class ChooseTheme(CommunityDbContext db)
{
    public async Task ExecuteAsync(int memberId, ColorTheme? theme, CancellationToken ct = default)
    {
        var member = await db.Users.SingleOrDefaultAsync(m => m.Id == memberId, ct) ?? throw DomainException.NotFound("MemberNotFound");
        member.ChooseTheme(theme);
        await db.SaveChangesAsync(ct);
    }
}
