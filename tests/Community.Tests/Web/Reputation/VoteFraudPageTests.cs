using System.Net;
using Community.Core.Content;
using Community.Core.Members;
using Community.Core.Reputation;
using Community.Core.Voting;
using Community.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Community.Tests.Web.Reputation;

public class VoteFraudPageTests(CommunityFactory factory) : IClassFixture<CommunityFactory>
{
    private const string PageUrl = "/moderation/vote-fraud";

    private readonly Scenario _scenario = new(factory);

    private async Task<HttpClient> SignInAsync(string email, string password)
    {
        var client = factory.Browser();
        var response = await client.PostFormAsync("/account/login", ("Input.Email", email), ("Input.Password", password));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    private async Task<HttpClient> ModeratorAsync()
    {
        var email = $"{Guid.NewGuid():N}@test.example";
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<Member>>();
            var name = $"Reviewing Kim {Guid.NewGuid().ToString("N")[..6]}";
            var member = new Member
            {
                UserName = email, Email = email, EmailConfirmed = true, DisplayName = name, DisplayNameSkeleton = DisplayNamePolicy.Skeleton(name), JoinedAt = DateTime.UtcNow,
            };
            Assert.True((await users.CreateAsync(member, Members.Password)).Succeeded);
            await users.AddToRolesAsync(member, [Roles.Member, Roles.Moderator]);
        }
        return await SignInAsync(email, Members.Password);
    }

    /// <summary>A voter upvoting ten of one author's questions, scanned into a case; returns the case and the names.</summary>
    private async Task<(VoteFraudCase Case, string Voter, string Author, int QuestionId)> SerialCaseAsync()
    {
        var author = await _scenario.MemberAsync("Listed author");
        var voter = await _scenario.MemberAsync("Listed voter", reputation: 200);
        var questions = new List<int>();
        for (var i = 0; i < 10; i++) questions.Add(await _scenario.AskAsync(author));
        foreach (var id in questions) await _scenario.VoteAsync(PostKind.Question, id, VoteDirection.Up, voter);
        await _scenario.RunAsync<VoteFraudScanResult, VoteFraudScan>(scan => scan.ExecuteAsync());
        var members = $"{voter},{author}";
        return await factory.WithDbAsync(async db => (
            await db.Set<VoteFraudCase>().SingleAsync(c => c.MemberIds == members),
            await db.Users.Where(m => m.Id == voter).Select(m => m.DisplayName).SingleAsync(),
            await db.Users.Where(m => m.Id == author).Select(m => m.DisplayName).SingleAsync(),
            questions[0]));
    }

    [Fact]
    public async Task A_plain_member_is_turned_away()
    {
        var member = await factory.RegisterAsync("Curious member");

        var response = await member.GetAsync(PageUrl);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/access-denied", response.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task A_visitor_is_asked_to_log_in()
    {
        var response = await factory.Browser().GetAsync(PageUrl);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/login", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task The_admin_sees_the_case_with_its_members_evidence_and_reversal()
    {
        var (fraudCase, voter, author, questionId) = await SerialCaseAsync();
        var admin = await SignInAsync("admin@test.example", "staff passphrase for tests");

        var html = await admin.GetStringAsync(PageUrl);

        Assert.Contains($"id=\"case-{fraudCase.Id}\"", html);
        Assert.Contains("Serial voting", html);
        Assert.Contains(voter, html);
        Assert.Contains(author, html);
        Assert.Contains($"href=\"/users/{fraudCase.Members[0]}\"", html);
        Assert.Contains($"href=\"/questions/{questionId}\"", html);
        Assert.Contains("10 upvotes", html);
        Assert.Contains("Mark reviewed", html);
    }

    [Fact]
    public async Task A_moderator_marks_a_case_reviewed_with_an_outcome()
    {
        var (fraudCase, _, _, _) = await SerialCaseAsync();
        var moderator = await ModeratorAsync();
        Assert.Contains($"id=\"case-{fraudCase.Id}\"", await moderator.GetStringAsync(PageUrl));

        var response = await moderator.PostFormAsync($"{PageUrl}?handler=Review&id={fraudCase.Id}", ("outcome", "Warned the voter"), ("fromPage", "1"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var reviewed = await factory.WithDbAsync(db => db.Set<VoteFraudCase>().SingleAsync(c => c.Id == fraudCase.Id));
        Assert.NotNull(reviewed.ReviewedAt);
        Assert.NotNull(reviewed.ReviewedById);
        Assert.Equal("Warned the voter", reviewed.Outcome);
        Assert.Contains("Warned the voter", await moderator.GetStringAsync(PageUrl));
    }

    [Fact]
    public async Task Reviewing_without_the_antiforgery_token_is_refused()
    {
        var (fraudCase, _, _, _) = await SerialCaseAsync();
        var admin = await SignInAsync("admin@test.example", "staff passphrase for tests");

        var response = await admin.PostFormWithoutTokenAsync($"{PageUrl}?handler=Review&id={fraudCase.Id}", ("outcome", "forged"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(await factory.WithDbAsync(db => db.Set<VoteFraudCase>().Where(c => c.Id == fraudCase.Id).Select(c => c.ReviewedAt).SingleAsync()));
    }
}
