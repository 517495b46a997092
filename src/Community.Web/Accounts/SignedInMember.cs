using System.Security.Claims;
using Community.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Community.Web.Accounts;

/// <summary>What the header shows of the signed-in member, read once per page in one query (reputation moves too often for the cookie).</summary>
public sealed class SignedInMember(CommunityDbContext db)
{
    /// <summary>The header's account button (the member's picture or initial, and their reputation), the theme they chose and their unread notifications.</summary>
    public sealed record HeaderView(int Id, string DisplayName, int Reputation, Guid? AvatarId, Community.Core.Members.ColorTheme? Theme, int Unread)
    {
        /// <summary>The first letter (or Hangul syllable) of the name, for members without a picture.</summary>
        public string Initial => Avatars.AvatarLook.Initial(DisplayName);

        /// <summary>One of eight colours, the same for a member everywhere (<c>avatar-hue-N</c> in site.css).</summary>
        public int Hue => Avatars.AvatarLook.Hue(Id);
    }

    public async Task<HeaderView?> HeaderAsync(ClaimsPrincipal user) => user.Id() is { } id ? await Header(db, id) : null;

    // Compiled once: every signed-in page reads it.
    private static readonly Func<CommunityDbContext, int, Task<HeaderView?>> Header = EF.CompileAsyncQuery((CommunityDbContext db, int id) =>
        db.Users.Where(m => m.Id == id)
            .Select(m => new HeaderView(m.Id, m.DisplayName, m.Reputation, m.AvatarId, m.Theme, db.Notifications.Count(n => n.MemberId == m.Id && n.ReadAt == null)))
            .SingleOrDefault());
}
