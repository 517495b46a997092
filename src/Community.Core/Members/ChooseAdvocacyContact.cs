using Community.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Community.Core.Members;

/// <summary>A member says whether the brand team may contact them about advocacy; the brand's tools respect it.</summary>
public sealed class ChooseAdvocacyContact(CommunityDbContext db)
{
    public async Task ExecuteAsync(int memberId, bool allowed, CancellationToken ct = default)
    {
        var member = await db.Users.SingleOrDefaultAsync(m => m.Id == memberId, ct) ?? throw DomainException.NotFound("MemberNotFound");
        member.ChooseAdvocacyContact(allowed);
        await db.SaveChangesAsync(ct);
    }
}
