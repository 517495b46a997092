using System.Net;
using Community.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Community.Tests.Web.Operations;

/// <summary>
/// The disk-full drill as a test, on a real full file system (a small tmpfs): a sign-up that cannot be finished leaves no
/// account, no role-less account and no empty mail; an image that cannot be kept leaves no file; the person is told
/// plainly; /healthz says it cannot take writes; and once space is back everything works again.
/// </summary>
[Collection(OperatorProcesses.Name)]
public class DiskFullTests
{
    [SqliteOnlyTheory("the forum's database file sits on the test's small disk; a PostgreSQL server keeps its files elsewhere")]
    [InlineData("en")]
    [InlineData("ko")]
    public async Task On_a_full_disk_nothing_is_half_saved_people_are_told_and_healthz_says_so(string culture)
    {
        var ui = UiText.For(culture);
        using var disk = new SmallDisk(megabytes: 48);
        using var files = new ForumFiles(Path.Combine(disk.Root, "forum"));
        using var forum = new ForumOnFiles(files, ("Accounts:RequireConfirmedEmail", "true"), ("Health:MinimumFreeMegabytes", "1"));
        var visitor = ui.Speak(forum.Browser());
        var admin = ui.Speak(await forum.AdminAsync());
        var email = $"full-disk-{culture}@test.example";
        (string, string)[] signUp = [("Input.Email", email), ("Input.DisplayName", $"디스크 시험 회원 {culture}"), ("Input.Password", Members.Password)];
        Assert.Equal("Healthy", await visitor.GetStringAsync("/healthz"));
        var uploadsBefore = await forum.WithDbAsync(db => db.Uploads.CountAsync());

        disk.Fill();

        // The probe runs at most every two seconds, however often a balancer asks.
        await Eventually.TrueAsync(async () => (await visitor.GetAsync("/healthz")).StatusCode == HttpStatusCode.ServiceUnavailable, TimeSpan.FromSeconds(20), () => "/healthz still healthy on a full disk");
        Assert.Equal("Unhealthy", await (await visitor.GetAsync("/healthz")).Content.ReadAsStringAsync());

        var refused = await visitor.SubmitAsync("/account/register", ui["Register"], signUp);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.Contains(ui["StorageFull"], WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()));
        Assert.False(await forum.WithDbAsync(db => db.Users.AnyAsync(m => m.Email == email)), "the account was created although its sign-up failed");
        Assert.Empty(FilesIn(files.Mail));

        var upload = await admin.UploadToEditorAsync();
        Assert.Equal(HttpStatusCode.ServiceUnavailable, upload.StatusCode);
        Assert.Contains(ui["StorageFull"], System.Text.RegularExpressions.Regex.Unescape(await upload.Content.ReadAsStringAsync()));
        Assert.Empty(FilesIn(files.Uploads));
        Assert.Equal(uploadsBefore, await forum.WithDbAsync(db => db.Uploads.CountAsync()));

        disk.Empty();

        await Eventually.TrueAsync(async () => (await visitor.GetAsync("/healthz")).StatusCode == HttpStatusCode.OK, TimeSpan.FromSeconds(20), () => "/healthz did not recover after space came back");
        var accepted = await visitor.SubmitAsync("/account/register", ui["Register"], signUp);
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        var roles = await forum.WithDbAsync(db => db.UserRoles.Where(r => db.Users.Any(m => m.Id == r.UserId && m.Email == email))
            .Join(db.Roles, r => r.RoleId, role => role.Id, (_, role) => role.Name).ToListAsync());
        Assert.Equal(["Member"], roles);
        var mail = Assert.Single(FilesIn(files.Mail));
        Assert.Contains("/account/confirm", await File.ReadAllTextAsync(mail), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.OK, (await admin.UploadToEditorAsync()).StatusCode);
        Assert.Single(FilesIn(files.Uploads));
    }

    /// <summary>Every file, hidden or half-written ones included: none may be left behind by a failed write.</summary>
    private static string[] FilesIn(string folder) => Directory.Exists(folder) ? Directory.GetFiles(folder, "*", SearchOption.AllDirectories) : [];
}
