using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using Community.Core.Uploads;
using Community.Tests.Support;
using Community.Web.Accounts;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Community.Tests.Web.Operations;

/// <summary>
/// The <c>backup</c> and <c>restore</c> commands as an operator runs them: backup beside a running forum while members
/// post, restore into a fresh instance, and the restores that must be refused. Copying the .db file while the forum ran
/// lost 17 of 776 acknowledged posts that were still in the WAL.
/// </summary>
[Collection(OperatorProcesses.Name)]
public class BackupRestoreTests(ITestOutputHelper output)
{
    private const string BackupIsSqlite = "the backup and restore commands copy the SQLite file; on PostgreSQL they refuse and point at pg_dump";

    private static readonly TimeSpan CommandWithin = TimeSpan.FromSeconds(120);

    private sealed record Post(int QuestionId, string Text, long StartedAt, long AckedAt);

    [PostgresOnlyFact]
    public async Task On_PostgreSQL_backup_and_restore_refuse_and_point_at_pg_dump()
    {
        using var files = new ForumFiles();
        foreach (var command in (string[])["backup", "restore"])
        {
            await using var refused = AppProcess.Start(files, command, files.Beside("backup"));

            Assert.Equal(2, await refused.ExitCodeAsync(CommandWithin));
            Assert.Contains("pg_dump", refused.Output, StringComparison.Ordinal);
        }
    }

    [SqliteOnlyFact(BackupIsSqlite)]
    public async Task A_backup_taken_while_members_post_holds_every_acknowledged_post_and_a_fresh_instance_restored_from_it_serves_them()
    {
        using var files = new ForumFiles();
        using var restored = new ForumFiles();
        var backup = files.Beside("backup");
        using var forum = new ForumOnFiles(files);

        var writers = new List<HttpClient>();
        for (var i = 0; i < 12; i++) writers.Add(await forum.RegisterAsync("Writer"));
        var questions = new List<int>();
        for (var i = 0; i < 4; i++) questions.Add(await writers[i].AskAsync($"Backup question number {i}"));
        // What only the folders beside the database bring back: an image, a mail in the outbox, the keys behind sign-in cookies.
        var image = await UploadAsync(forum);
        await using (var scope = forum.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<IEmailSender>().SendAsync("someone@test.example", "Kept in the outbox", "<p>Mail written before the backup</p>");
        var mail = Path.GetFileName(Assert.Single(Directory.GetFiles(files.Mail)));

        var acknowledged = new ConcurrentQueue<Post>();
        using var stop = new CancellationTokenSource();
        var writing = writers.Select((client, w) => Task.Run(async () =>
        {
            for (var n = 0; !stop.IsCancellationRequested; n++)
            {
                var question = questions[(w + n) % questions.Count];
                var text = $"Answer {w}-{n} written while a backup may run {Guid.NewGuid():N}";
                var started = Stopwatch.GetTimestamp();
                await client.AnswerAsync(question, text);
                acknowledged.Enqueue(new Post(question, text, started, Stopwatch.GetTimestamp()));
            }
        })).ToList();
        await Eventually.TrueAsync(() => Task.FromResult(acknowledged.Count >= 60), TimeSpan.FromSeconds(120), () => $"only {acknowledged.Count} answers posted");

        var backupStarted = Stopwatch.GetTimestamp();
        await using (var command = AppProcess.Start(files, "backup", backup))
        {
            Assert.True(await command.ExitCodeAsync(CommandWithin) == 0, command.Output);
            output.WriteLine(command.Output);
        }
        var backupEnded = Stopwatch.GetTimestamp();
        await Eventually.TrueAsync(() => Task.FromResult(acknowledged.Count(p => p.StartedAt > backupEnded) >= 12), TimeSpan.FromSeconds(120), () => "writers stalled after the backup");
        await stop.CancelAsync();
        await Task.WhenAll(writing);

        var before = acknowledged.Where(p => p.AckedAt < backupStarted).ToList();
        AssertMembersKeptPosting([.. acknowledged], backupStarted, backupEnded);

        await using (var command = AppProcess.Start(restored, "restore", backup))
            Assert.True(await command.ExitCodeAsync(CommandWithin) == 0, command.Output);
        await using var fresh = AppProcess.Start(restored);
        using var visitor = new HttpClient { BaseAddress = await fresh.ListeningAsync(CommandWithin) };

        foreach (var question in questions)
        {
            var page = await visitor.GetStringAsync($"/questions/{question}");
            var missing = before.Where(p => p.QuestionId == question && !page.Contains(p.Text, StringComparison.Ordinal)).ToList();
            Assert.True(missing.Count == 0, $"{missing.Count} answers acknowledged before the backup began are missing on question {question}");
        }
        var picture = await visitor.GetAsync($"/uploads/{image}");
        Assert.Equal(HttpStatusCode.OK, picture.StatusCode);
        Assert.Equal("image/webp", picture.Content.Headers.ContentType?.MediaType);
        Assert.True(File.Exists(Path.Combine(restored.Mail, mail)), "the mail outbox was not restored");
        // The restored keys read the cookie the old instance signed a member in with: nobody has to sign in again.
        using var preferences = new HttpRequestMessage(HttpMethod.Get, "/account/preferences") { Headers = { { "Cookie", forum.CookieHeaderFor(writers[0]) } } };
        using var signedIn = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = visitor.BaseAddress };
        Assert.Equal(HttpStatusCode.OK, (await signedIn.SendAsync(preferences)).StatusCode);
        output.WriteLine($"{before.Count} answers acknowledged before the backup began; all {before.Count} served by the restored instance.");
    }

    [SqliteOnlyFact(BackupIsSqlite)]
    public async Task Restore_refuses_to_replace_a_database_that_a_running_forum_uses()
    {
        using var files = new ForumFiles();
        var backup = files.Beside("backup");
        using var forum = new ForumOnFiles(files);
        var member = await forum.RegisterAsync("Operator");
        var before = await member.AskAsync("Asked before the backup was taken");
        await using (var command = AppProcess.Start(files, "backup", backup))
            Assert.True(await command.ExitCodeAsync(CommandWithin) == 0, command.Output);
        var after = await member.AskAsync("Asked after the backup was taken");

        await using var restore = AppProcess.Start(files, "restore", backup);

        Assert.Equal(1, await restore.ExitCodeAsync(CommandWithin));
        Assert.Contains("is in use by a running process", restore.Output, StringComparison.Ordinal);
        using var visitor = new HttpClient { BaseAddress = forum.BaseAddress };
        Assert.Contains("Asked after the backup was taken", await visitor.GetStringAsync($"/questions/{after}"), StringComparison.Ordinal);
        Assert.Contains("Asked before the backup was taken", await visitor.GetStringAsync($"/questions/{before}"), StringComparison.Ordinal);
    }

    [SqliteOnlyFact(BackupIsSqlite)]
    public async Task Restore_refuses_a_backup_whose_database_fails_the_integrity_check()
    {
        using var source = new ForumFiles();
        using var target = new ForumFiles();
        var backup = source.Beside("backup");
        await using (var migrate = AppProcess.Start(source, "migrate"))
            Assert.True(await migrate.ExitCodeAsync(CommandWithin) == 0, migrate.Output);
        await using (var command = AppProcess.Start(source, "backup", backup))
            Assert.True(await command.ExitCodeAsync(CommandWithin) == 0, command.Output);
        await DamageAsync(Path.Combine(backup, "community.db"), table: "AspNetRoles");

        await using var restore = AppProcess.Start(target, "restore", backup);

        Assert.Equal(1, await restore.ExitCodeAsync(CommandWithin));
        Assert.Contains("fails SQLite's integrity check", restore.Output, StringComparison.Ordinal);
        Assert.False(File.Exists(target.Database), "a refused restore should leave no database behind");
    }

    /// <summary>A damaged disk: the first bytes of a table's root page no longer read as a b-tree page.</summary>
    private static async Task DamageAsync(string database, string table)
    {
        long pageSize, rootPage;
        await using (var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA page_size";
            pageSize = (long)(await command.ExecuteScalarAsync())!;
            command.CommandText = $"SELECT rootpage FROM sqlite_master WHERE type = 'table' AND name = '{table}'";
            rootPage = (long)(await command.ExecuteScalarAsync())!;
        }
        await using var file = new FileStream(database, FileMode.Open, FileAccess.Write);
        file.Position = (rootPage - 1) * pageSize;
        await file.WriteAsync(Enumerable.Repeat((byte)0xFF, 16).ToArray());
    }

    private static async Task<Guid> UploadAsync(ForumOnFiles forum)
    {
        var owner = await new Scenario(forum).MemberAsync("Uploader");
        await using var scope = forum.Services.CreateAsyncScope();
        using var png = new MemoryStream(TestImages.Png());
        // A profile picture: public, so the restored instance serves it to a visitor.
        return (await scope.ServiceProvider.GetRequiredService<StoreImage>().ExecuteAsync(png, owner, "avatar")).Id;
    }

    /// <summary>
    /// Members kept posting while the backup ran: answers began and were acknowledged inside its window (a backup holding
    /// the write lock for its duration would leave none). How slow they were is reported, not asserted: on two shared
    /// cores that measures the machine's load more than the backup.
    /// </summary>
    private void AssertMembersKeptPosting(IReadOnlyList<Post> posts, long backupStarted, long backupEnded)
    {
        Assert.Contains(posts, p => p.StartedAt > backupStarted && p.AckedAt < backupEnded);
        static double Ms(Post p) => Stopwatch.GetElapsedTime(p.StartedAt, p.AckedAt).TotalMilliseconds;
        var during = posts.Where(p => p.StartedAt < backupEnded && p.AckedAt > backupStarted).Select(Ms).Order().ToList();
        var outside = posts.Where(p => p.AckedAt < backupStarted || p.StartedAt > backupEnded).Select(Ms).Order().ToList();
        output.WriteLine($"Backup command ran {Stopwatch.GetElapsedTime(backupStarted, backupEnded).TotalSeconds:0.00} s; " +
            $"{during.Count} answers overlapped it: median {during[during.Count / 2]:0} ms, slowest {during[^1]:0} ms; " +
            $"{outside.Count} answers outside it: median {outside[outside.Count / 2]:0} ms, slowest {outside[^1]:0} ms.");
    }
}
