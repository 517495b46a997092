using Community.Core.Data;
using Community.Core.Members;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Community.Core.Reputation;

/// <summary>Enforces privileges on the server. Staff (moderators, brand team, admins) hold every privilege.</summary>
public sealed class PrivilegeCheck(MemberStanding standing, IOptions<PrivilegeOptions> options)
{
    public async Task<bool> HasAsync(int memberId, Privilege privilege, CancellationToken ct = default)
    {
        var facts = await standing.OfAsync(memberId, ct);
        return options.Value.Has(facts.Reputation, privilege) || facts.IsStaff;
    }

    /// <summary>Throws a refusal naming the privilege and the reputation it needs.</summary>
    public async Task EnsureAsync(int memberId, Privilege privilege, CancellationToken ct = default)
    {
        if (!await HasAsync(memberId, privilege, ct))
            throw DomainException.NotEarned($"NeedsPrivilege{privilege}", options.Value.ThresholdFor(privilege));
    }
}
