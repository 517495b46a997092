using System.Net;
using Community.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Community.Tests.Web.Accounts;

/// <summary>
/// The first admin comes from configuration at start. A database restored into an instance configured with another
/// Admin:Email already holds a member named like the new admin; the start used to crash on the unique name.
/// </summary>
[Collection(Operations.OperatorProcesses.Name)]
public class AdminBootstrapTests
{
    [Fact]
    public async Task A_new_admin_whose_name_is_taken_gets_a_numbered_one_and_the_forum_starts()
    {
        using var files = new ForumFiles();
        using (var first = new ForumOnFiles(files))
            Assert.Equal(HttpStatusCode.OK, (await first.Browser().GetAsync("/healthz")).StatusCode);

        using var second = new ForumOnFiles(files, ("Admin:Email", "second.admin@test.example"));
        var admin = second.Browser();
        var signedIn = await admin.PostFormAsync("/account/login", ("Input.Email", "second.admin@test.example"), ("Input.Password", "staff passphrase for tests"));

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal(["Community Admin", "Community Admin 2"], await second.WithDbAsync(db => db.Users.Where(m => m.Email!.EndsWith("admin@test.example")).OrderBy(m => m.Id).Select(m => m.DisplayName).ToListAsync()));
    }
}
