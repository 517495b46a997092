using System.Security.Claims;
using Community.Core.Members;

namespace Community.Web.Accounts;

public static class CurrentMember
{
    public static int? Id(this ClaimsPrincipal user) =>
        int.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public static string DisplayName(this ClaimsPrincipal user) =>
        user.FindFirstValue(MemberClaimsPrincipalFactory.DisplayNameClaim) ?? user.Identity?.Name ?? "";

    public static bool IsModerator(this ClaimsPrincipal user) => user.IsInRole(Roles.Moderator) || user.IsInRole(Roles.Admin);

    /// <summary>The brand's people: they manage ideas' statuses, products and official responses.</summary>
    public static bool IsBrandTeam(this ClaimsPrincipal user) => user.IsInRole(Roles.BrandTeam) || user.IsInRole(Roles.Admin);
}
