using System.Security.Cryptography;
using Community.Core.Members;
using Microsoft.AspNetCore.Identity;

namespace Community.Web.Accounts;

/// <summary>
/// Every refused log-in costs one password verification (PBKDF2), or the answer's timing tells which addresses
/// have accounts: Identity refuses an unknown, locked-out or unconfirmed account before it hashes anything
/// (3 ms against 174 ms for a wrong password, measured from outside).
/// </summary>
public static class LoginTiming
{
    private static string? s_dummyHash;

    /// <summary>True when Identity would refuse <paramref name="member"/> without verifying the password.</summary>
    public static async Task<bool> RefusedWithoutHashingAsync(Member? member, SignInManager<Member> signIn) =>
        member is null || await signIn.UserManager.IsLockedOutAsync(member) || !await signIn.CanSignInAsync(member);

    public static void VerifyAgainstNobody(IPasswordHasher<Member> hasher, string password)
    {
        var nobody = new Member();
        // Hashed once with the configured hasher, so the iteration count matches real accounts'.
        s_dummyHash ??= hasher.HashPassword(nobody, Convert.ToHexString(RandomNumberGenerator.GetBytes(16)));
        hasher.VerifyHashedPassword(nobody, s_dummyHash, password);
    }
}
