using System.Net;
using System.Text.RegularExpressions;
using Community.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;

namespace Community.Tests.Web.Demo;

/// <summary>A forum started in Development with its demo data, as a newcomer runs it from the README.</summary>
public sealed class DemoFactory : CommunityFactory
{
    public const string StaffPassword = "demo staff passphrase for tests";

    protected override bool SeedDemo => true;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Demo:StaffPassword", StaffPassword);
    }
}

/// <summary>The demo is what a brand would show: no question asked twice, answers and reviews about what they sit under, every role tryable.</summary>
public partial class DemoDataTests(DemoFactory factory) : IClassFixture<DemoFactory>
{
    // The decorations the corpus puts around a title ("[질문] ", " ㅠㅠ", "Help: ", " - any ideas?"); what is left is what is asked.
    [GeneratedRegex(@"^(\[[^\]]+\] |Help: |급해요\) )|( ㅠㅠ| \(도와주세요\)|\.\.\.| \(tried everything\)| - any ideas\?)$")]
    private static partial Regex Decorations();

    [GeneratedRegex(@"v\d+\.\d+\.\d+")]
    private static partial Regex FirmwareVersion();

    [Fact]
    public async Task No_question_is_asked_twice()
    {
        var titles = await factory.WithDbAsync(db => db.Questions.IgnoreQueryFilters().Where(q => q.SpaceId == null).Select(q => q.Title).ToListAsync());

        var repeated = titles.GroupBy(t => FirmwareVersion().Replace(Decorations().Replace(t, "").Trim(), "vX")).Where(g => g.Count() > 1).Select(g => g.Key).ToList();

        Assert.True(titles.Count > 100, $"only {titles.Count} demo questions");
        Assert.Empty(repeated);
    }

    [Fact]
    public async Task No_question_has_the_same_answer_twice_and_the_brand_teams_answers_are_official()
    {
        var answers = await factory.WithDbAsync(db => db.Answers.IgnoreQueryFilters()
            .Select(a => new { a.QuestionId, a.BodyMarkdown, a.IsOfficial, Staff = db.UserRoles.Any(r => r.UserId == a.AuthorId && db.Roles.Any(role => role.Id == r.RoleId && role.Name == "BrandTeam")) })
            .ToListAsync());

        Assert.DoesNotContain(answers.GroupBy(a => (a.QuestionId, a.BodyMarkdown)), g => g.Count() > 1);
        Assert.All(answers.Where(a => a.Staff), a => Assert.True(a.IsOfficial));
        Assert.Contains(answers, a => a.Staff);
    }

    [Fact]
    public async Task Every_product_has_its_own_reviews()
    {
        var reviews = await factory.WithDbAsync(db => db.Reviews.Select(r => new { r.ProductId, r.BodyMarkdown }).ToListAsync());
        var products = await factory.WithDbAsync(db => db.Products.Select(p => p.Id).ToListAsync());

        Assert.All(products, id => Assert.Contains(reviews, r => r.ProductId == id));
        // The same words under two different products is how a vacuum got praised for its air filter.
        Assert.DoesNotContain(reviews.GroupBy(r => r.BodyMarkdown), g => g.Select(r => r.ProductId).Distinct().Count() > 1);
    }

    [Fact]
    public async Task Every_product_and_reward_has_a_picture_a_visitor_sees_on_its_card()
    {
        var products = await factory.WithDbAsync(db => db.Products.Select(p => new { p.Slug, p.ImageId }).ToListAsync());
        var rewards = await factory.WithDbAsync(db => db.RewardItems.Select(r => new { r.Id, r.ImageId }).ToListAsync());
        var visitor = UiText.For("ko").Speak(factory.Browser());
        var catalogue = await visitor.GetStringAsync("/products");
        var rewardPage = await visitor.GetStringAsync("/rewards");

        Assert.NotEmpty(products);
        Assert.NotEmpty(rewards);
        foreach (var picture in products.Select(p => p.ImageId).Concat(rewards.Select(r => r.ImageId)))
        {
            Assert.NotNull(picture);
            Assert.Contains($"src=\"/uploads/{picture}\"", catalogue + rewardPage);
            var image = await visitor.GetAsync($"/uploads/{picture}");
            Assert.Equal(("image/webp", HttpStatusCode.OK), (image.Content.Headers.ContentType?.MediaType, image.StatusCode));
        }
    }

    [Theory]
    [InlineData("en", "demo1@haneul.example", "IdeaQueue")]
    [InlineData("ko", "demo1@haneul.example", "IdeaQueue")]
    [InlineData("en", "demo2@haneul.example", "FlagsNav")]
    [InlineData("ko", "demo2@haneul.example", "FlagsNav")]
    public async Task A_newcomer_signs_in_as_the_demo_brand_team_member_and_moderator(string culture, string email, string staffLinkKey)
    {
        var ui = UiText.For(culture);
        var client = ui.Speak(factory.Browser());

        var signedIn = await client.SubmitAsync("/account/login", ui["LogIn"], ("Input.Email", email), ("Input.Password", DemoFactory.StaffPassword));
        var (status, html, _) = await client.FollowAsync(signedIn);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains(ui[staffLinkKey], WebUtility.HtmlDecode(html));
    }
}
