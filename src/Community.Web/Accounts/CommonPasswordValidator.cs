using Community.Core.Members;
using Microsoft.AspNetCore.Identity;

namespace Community.Web.Accounts;

/// <summary>
/// Refuses passwords that appear at the top of breach lists, or that are just the member's email or
/// display name: length rules alone let "password1234" and "qwertyuiop" through.
/// </summary>
public sealed class CommonPasswordValidator : IPasswordValidator<Member>
{
    // The most common passwords of public breach corpora (and keyboard walks) at the minimum length of 8 and above.
    private static readonly HashSet<string> Common = new(StringComparer.OrdinalIgnoreCase)
    {
        "password", "password1", "password12", "password123", "password1234", "passw0rd", "p@ssw0rd", "p@ssword",
        "12345678", "123456789", "1234567890", "0123456789", "87654321", "11111111", "00000000", "88888888",
        "qwertyui", "qwertyuiop", "qwerty123", "qwerty1234", "1q2w3e4r", "1q2w3e4r5t", "q1w2e3r4", "zaq12wsx",
        "asdfghjk", "asdfghjkl", "zxcvbnm1", "iloveyou", "iloveyou1", "sunshine", "princess", "football",
        "baseball", "superman", "starwars", "whatever", "trustno1", "letmein1", "welcome1", "welcome123",
        "admin123", "administrator", "changeme", "abc12345", "abcd1234", "aa123456", "a1234567", "11223344",
        "12341234", "123123123", "987654321", "dragon12", "monkey123", "master12", "michael1", "computer",
        "internet", "samsung1", "qwer1234", "asdf1234", "zxcv1234", "1qaz2wsx", "!qaz2wsx", "q1w2e3r4t5",
        "sarang12", "saranghae", "love1234", "korea123", "haneul123", "community", "community1",
    };

    public Task<IdentityResult> ValidateAsync(UserManager<Member> manager, Member member, string? password)
    {
        var candidate = (password ?? "").Trim();
        var local = (member.Email ?? "").Split('@')[0];
        var tooCommon = Common.Contains(candidate)
            || (candidate.Distinct().Count() <= 2)
            || (local.Length >= 4 && candidate.Contains(local, StringComparison.OrdinalIgnoreCase))
            || (member.DisplayName.Length >= 4 && candidate.Replace(" ", "").Contains(member.DisplayName.Replace(" ", ""), StringComparison.OrdinalIgnoreCase));
        return Task.FromResult(tooCommon
            ? IdentityResult.Failed(new IdentityError { Code = "PasswordTooCommon", Description = "PasswordTooCommon" })
            : IdentityResult.Success);
    }
}
