using System.Net;
using Community.Core.Ideas;
using Community.Tests.Support;
using Community.Tests.Web.Ideas;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;

namespace Community.Tests.Web.Security;

/// <summary>The bad-input catalogue beyond Markdown (see MarkdownXssCatalogueTests, ProductCatalogueTests for uploads, SearchTests for query syntax, DisplayNamePolicyTests for look-alike names).</summary>
public class BadInputCatalogueTests(CommunityFactory factory) : IClassFixture<CommunityFactory>
{
    public static TheoryData<string> RedirectTargets() =>
    [
        "https://evil.example", "//evil.example", "///evil.example", "/\\evil.example", "\\\\evil.example", "/\t/evil.example",
        "http:/evil.example", "https:evil.example", "javascript:alert(1)", "~//evil.example", "/%2F/evil.example".Replace("%2F", "/"),
        "data:text/html,<script>alert(1)</script>",
    ];

    [Theory]
    [MemberData(nameof(RedirectTargets))]
    public async Task Open_redirects_through_sign_in_and_the_language_switch_go_home(string target)
    {
        var email = $"{Guid.NewGuid():N}@test.example";
        await factory.Browser().PostFormAsync("/account/register", ("Input.Email", email), ("Input.DisplayName", $"Redirect {Guid.NewGuid():N}"[..18]), ("Input.Password", Members.Password));

        var login = await factory.Browser().PostFormAsync($"/account/login?returnUrl={Uri.EscapeDataString(target)}",
            ("Input.Email", email), ("Input.Password", Members.Password), ("ReturnUrl", target));
        var culture = await factory.Browser().GetAsync($"/culture?c=ko&returnUrl={Uri.EscapeDataString(target)}");

        Assert.Equal("/", login.Headers.Location!.OriginalString);
        Assert.Equal("/", culture.Headers.Location!.OriginalString);
    }

    public static TheoryData<string> WriteEndpoints() =>
    [
        "/questions/ask", "/ideas/new", "/flags/raise", "/products/any-product?handler=Helpful", "/ideas/1?handler=Vote", "/markdown/preview", "/account/logout",
    ];

    [Theory]
    [MemberData(nameof(WriteEndpoints))]
    public async Task Writes_without_an_antiforgery_token_are_refused(string endpoint)
    {
        var member = await factory.RegisterAsync("Csrf target");

        var response = await member.PostFormWithoutTokenAsync(endpoint, ("Input.Title", "A forged cross-site submission"), ("markdown", "x"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Extra_fields_cannot_set_authors_scores_or_statuses()
    {
        var member = await factory.RegisterAsync("Mass assigner");
        var memberId = await factory.MemberIdAsync("Mass assigner");

        var ask = await member.PostFormAsync("/questions/ask",
            ("Input.Title", "A question with smuggled fields attached"), ("Input.Body", "This body is long enough to be a valid question body."), ("Input.Tags", "wifi"),
            ("Input.SubmissionId", Guid.NewGuid().ToString()), ("Input.AuthorId", "1"), ("Input.Score", "500"), ("Score", "500"), ("AuthorId", "1"), ("IsDeleted", "true"),
            ("Input.AcceptedAnswerId", "1"), ("Input.PinnedAt", "2026-01-01"));
        var idea = await member.PostFormAsync("/ideas/new",
            ("Input.Title", "An idea with smuggled fields attached"), ("Input.Description", IdeaForms.Description), ("Input.SubmissionId", Guid.NewGuid().ToString()),
            ("Input.Status", "Delivered"), ("Status", "Delivered"), ("Input.VoteCount", "999"), ("Input.AuthorId", "1"));

        var questionId = Members.IdFrom(ask, "/questions/");
        var question = await factory.WithDbAsync(db => db.Questions.SingleAsync(q => q.Id == questionId));
        Assert.Equal((memberId, 0, false, null, null), (question.AuthorId, question.Score, question.IsDeleted, question.AcceptedAnswerId, question.PinnedAt));
        var ideaId = Members.IdFrom(idea, "/ideas/");
        var saved = await factory.WithDbAsync(db => db.Ideas.SingleAsync(i => i.Id == ideaId));
        Assert.Equal((memberId, IdeaStatus.New, 1), (saved.AuthorId, saved.Status, saved.VoteCount));
    }

    [Fact]
    public async Task Acting_on_someone_elses_post_is_refused_and_changes_nothing()
    {
        var owner = await factory.RegisterAsync("Idor owner");
        var intruder = await factory.RegisterAsync("Idor intruder");
        var questionId = await owner.AskAsync("A question that belongs to its owner only");
        var answerId = await owner.AnswerAsync(questionId);

        var editQuestion = await intruder.PostFormAsync($"/questions/{questionId}/edit", ("Input.Title", "Hijacked title that should never be saved"), ("Input.Body", "This body is long enough to be a valid question body."), ("Input.Tags", "wifi"));
        var editAnswer = await intruder.PostFormAsync($"/answers/{answerId}/edit", ("Input.Body", "Hijacked answer body that should never be saved."));
        var accept = await intruder.PostFormAsync($"/questions/{questionId}/answers/accept", ("answerId", answerId.ToString()));
        var undelete = await intruder.PostFormAsync("/moderation/post-visibility?handler=Undelete", ("kind", "answer"), ("postId", answerId.ToString()), ("returnUrl", "/"));

        Assert.Contains("/account/access-denied", editQuestion.Headers.Location!.ToString());
        Assert.Contains("/account/access-denied", editAnswer.Headers.Location!.ToString());
        Assert.Contains("/account/access-denied", accept.Headers.Location!.ToString());
        Assert.Contains("/account/access-denied", undelete.Headers.Location!.ToString());
        Assert.Equal("A question that belongs to its owner only", await factory.WithDbAsync(db => db.Questions.Where(q => q.Id == questionId).Select(q => q.Title).SingleAsync()));
        Assert.Null(await factory.WithDbAsync(db => db.Questions.Where(q => q.Id == questionId).Select(q => q.AcceptedAnswerId).SingleAsync()));
    }
}

/// <summary>Production-like sign-up: addresses must be confirmed, so a taken address must read exactly like a new one.</summary>
public sealed class ConfirmingFactory : CommunityFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Accounts:RequireConfirmedEmail", "true");
    }
}

public class EnumerationTests(ConfirmingFactory factory) : IClassFixture<ConfirmingFactory>
{
    [Fact]
    public async Task Registering_a_taken_address_reads_like_a_new_one_and_mails_its_owner()
    {
        var email = $"{Guid.NewGuid():N}@test.example";
        (string, string)[] Form(string name) => [("Input.Email", email), ("Input.DisplayName", name), ("Input.Password", Members.Password)];

        var first = await factory.Browser().PostFormAsync("/account/register", Form($"Owner {Guid.NewGuid():N}"[..14]));
        var second = await factory.Browser().PostFormAsync("/account/register", Form($"Prober {Guid.NewGuid():N}"[..15]));

        Assert.Equal((first.StatusCode, first.Headers.Location!.OriginalString), (second.StatusCode, second.Headers.Location!.OriginalString));
        var mails = Directory.GetFiles(factory.MailFolder).Select(File.ReadAllText).Where(m => m.Contains(email)).ToList();
        Assert.Equal(2, mails.Count);
        Assert.Contains(mails, m => m.Contains("already has one"));
    }
}
