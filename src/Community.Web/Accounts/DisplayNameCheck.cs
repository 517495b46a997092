using Community.Core.Data;
using Community.Core.Members;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Community.Web.Accounts;

/// <summary>Applies <see cref="DisplayNamePolicy"/> plus the checks that need the database: uniqueness by skeleton and reserved words.</summary>
public sealed class DisplayNameCheck(CommunityDbContext db, IOptions<AccountOptions> options)
{
    public sealed record Result(string? Name, string? Skeleton, string? ErrorKey);

    public async Task<Result> CheckAsync(string? raw, int? exceptMemberId = null, CancellationToken ct = default)
    {
        var name = DisplayNamePolicy.Clean(raw, out var error);
        if (name is null) return new Result(null, null, error);
        var skeleton = DisplayNamePolicy.Skeleton(name);
        if (DisplayNamePolicy.ImitatesReserved(name, options.Value.ReservedNames))
            return new Result(null, null, "DisplayNameReserved");
        if (await db.Users.AnyAsync(m => m.DisplayNameSkeleton == skeleton && m.Id != exceptMemberId, ct))
            return new Result(null, null, "DisplayNameTaken");
        return new Result(name, skeleton, null);
    }
}
