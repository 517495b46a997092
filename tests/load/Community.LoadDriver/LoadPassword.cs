using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Community.LoadDriver;

/// <summary>
/// The generated members have no password; the run gives some of them one, so they can sign in through the real form.
/// Hashed with the app's iteration count (Accounts/AccountServiceCollectionExtensions): with fewer, every sign-in would
/// re-hash and save the password, a write the load run did not ask for.
/// </summary>
public static class LoadPassword
{
    public static string Hash(string password) =>
        new PasswordHasher<object>(Options.Create(new PasswordHasherOptions { IterationCount = 210_000 })).HashPassword(new object(), password);
}
