namespace Community.LoadDriver;

/// <summary>Signs members in through the login form and writes each one's Cookie header, for wrk's signed-in scenario.</summary>
public static class MemberCookies
{
    public static async Task WriteAsync(Uri site, IReadOnlyList<string> emails, string password, string outFile)
    {
        var lines = new string[emails.Count];
        // Four at a time: each sign-in costs a password hash on the server, and the server is on this machine.
        await Parallel.ForAsync(0, emails.Count, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (i, _) =>
        {
            using var session = new ForumSession(site);
            await session.SignInAsync(emails[i], password);
            lines[i] = session.CookieHeader;
        });
        await File.WriteAllLinesAsync(outFile, lines);
    }
}
