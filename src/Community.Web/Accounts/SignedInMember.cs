using System.Security.Claims;
using Community.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Community.Web.Accounts;

/// <summary>What the header shows of the signed-in member, read once per page (reputation moves too often for the cookie).</summary>
public sealed class SignedInMember(CommunityDbContext db)
{
    /// <summary>The header's account button (the member's picture or initial, and their reputation) and the theme they chose.</summary>
    public sealed record HeaderView(int Id, string DisplayName, int Reputation, Guid? AvatarId, Community.Core.Members.ColorTheme? Theme)
    {
        /// <summary>The first letter (or Hangul syllable) of the name, for members without a picture.</summary>
        public string Initial => Avatars.AvatarLook.Initial(DisplayName);

        /// <summary>One of eight colours, the same for a member everywhere (<c>avatar-hue-N</c> in site.css).</summary>
        public int Hue => Avatars.AvatarLook.Hue(Id);
    }

    public async Task<int> UnreadAsync(ClaimsPrincipal user) =>
        user.Id() is { } id ? await db.Notifications.CountAsync(n => n.MemberId == id && n.ReadAt == null) : 0;

    public async Task<HeaderView?> HeaderAsync(ClaimsPrincipal user) =>
        user.Id() is { } id
            ? await db.Users.Where(m => m.Id == id).Select(m => new HeaderView(m.Id, m.DisplayName, m.Reputation, m.AvatarId, m.Theme)).SingleOrDefaultAsync()
            : null;
}
