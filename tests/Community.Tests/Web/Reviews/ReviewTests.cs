using System.Net;
using Community.Core.Products;
using Community.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Community.Tests.Web.Reviews;

public class ReviewTests(CommunityFactory factory) : IClassFixture<CommunityFactory>
{
    private Task<Product> ProductAsync() => factory.WithDbAsync(async db =>
    {
        var product = new Product { Name = $"AirPure {Guid.NewGuid():N}"[..16], Slug = $"airpure-{Guid.NewGuid():N}"[..20], Description = "A purifier." };
        db.Products.Add(product);
        await db.SaveChangesAsync();
        return product;
    });

    private static (string, string)[] Review(int rating, string title, string body = "Quiet at night and the filter lasts about six months for us.") =>
        [("Input.Rating", rating.ToString()), ("Input.Title", title), ("Input.Body", body), ("Input.Pros", "quiet"), ("Input.Cons", "pricey filters")];

    [Fact]
    public async Task Reviews_set_the_average_and_the_histogram()
    {
        var product = await ProductAsync();
        var first = await factory.RegisterAsync("Reviewer one");
        var second = await factory.RegisterAsync("Reviewer two");

        Assert.Equal(HttpStatusCode.Redirect, (await first.PostFormAsync($"/products/{product.Slug}/review", Review(5, "Best purchase this year"))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await second.PostFormAsync($"/products/{product.Slug}/review", Review(2, "Too loud on turbo mode"))).StatusCode);

        var html = System.Net.WebUtility.HtmlDecode(await factory.Browser().GetStringAsync($"/products/{product.Slug}"));
        Assert.Contains("aria-label=\"Average rating\">3.5</div>", html);
        Assert.Contains("2 reviews", html);
        Assert.Contains("aria-label=\"5 stars: 50%\"", html);
        Assert.Contains("aria-label=\"2 stars: 50%\"", html);
        Assert.Contains("Best purchase this year", html);
        var lowestFirst = System.Net.WebUtility.HtmlDecode(await factory.Browser().GetStringAsync($"/products/{product.Slug}?sort=lowest"));
        Assert.True(lowestFirst.IndexOf("Too loud on turbo mode", StringComparison.Ordinal) < lowestFirst.IndexOf("Best purchase this year", StringComparison.Ordinal));
        var fiveStarsOnly = await factory.Browser().GetStringAsync($"/products/{product.Slug}?stars=5");
        Assert.DoesNotContain("Too loud on turbo mode", fiveStarsOnly);
    }

    [Fact]
    public async Task A_member_has_one_review_per_product_and_a_second_submission_edits_it()
    {
        var product = await ProductAsync();
        var member = await factory.RegisterAsync("Twice reviewer");

        await member.PostFormAsync($"/products/{product.Slug}/review", Review(4, "Good but filters are pricey"));
        await member.PostFormAsync($"/products/{product.Slug}/review", Review(3, "Changed my mind a little"));

        var reviews = await factory.WithDbAsync(db => db.Reviews.Where(r => r.ProductId == product.Id).ToListAsync());
        Assert.Single(reviews);
        Assert.Equal(3, reviews[0].Rating);
        Assert.Equal(2, await factory.WithDbAsync(db => db.PostRevisions.CountAsync(r => r.PostKind == Community.Core.Content.PostKind.Review && r.PostId == reviews[0].Id)));
        Assert.Contains("You already reviewed this product", await member.GetStringAsync($"/products/{product.Slug}/review"));
    }

    [Theory]
    [InlineData(0, "A fine title", "Reviews are checked so this body is long enough.", "Choose 1 to 5 stars.")]
    [InlineData(6, "A fine title", "Reviews are checked so this body is long enough.", "Choose 1 to 5 stars.")]
    [InlineData(4, "Meh", "Reviews are checked so this body is long enough.", "Titles are 5–120 characters.")]
    [InlineData(4, "A fine title", "too short", "Reviews are 30–10,000 characters.")]
    public async Task Bad_reviews_get_a_clear_message_and_save_nothing(int rating, string title, string body, string message)
    {
        var product = await ProductAsync();
        var member = await factory.RegisterAsync("Careless reviewer");

        var response = await member.PostFormAsync($"/products/{product.Slug}/review", Review(rating, title, body));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        Assert.False(await factory.WithDbAsync(db => db.Reviews.AnyAsync(r => r.ProductId == product.Id)));
    }

    [Fact]
    public async Task Helpful_marks_count_once_reward_the_author_and_are_reversed_exactly()
    {
        var product = await ProductAsync();
        var author = await factory.RegisterAsync("Helpful author");
        var reader = await factory.RegisterAsync("Grateful reader");
        await author.PostFormAsync($"/products/{product.Slug}/review", Review(4, "Honest long-term review"));
        var review = await factory.WithDbAsync(db => db.Reviews.SingleAsync(r => r.ProductId == product.Id));
        const int written = 1 + 5; // a new member's 1, plus writing the review
        async Task<HttpResponseMessage> Mark(HttpClient client, bool helpful) =>
            await client.PostFormAsync($"/products/{product.Slug}?handler=Helpful", ("reviewId", review.Id.ToString()), ("helpful", helpful ? "true" : "false"));
        Task<int> AuthorReputation() => factory.WithDbAsync(db => db.Users.Where(m => m.Id == review.AuthorId).Select(m => m.Reputation).SingleAsync());

        await Mark(reader, true);
        await Mark(reader, true);
        Assert.Equal(1, await factory.WithDbAsync(db => db.Reviews.Where(r => r.Id == review.Id).Select(r => r.HelpfulCount).SingleAsync()));
        Assert.Equal(written + 5, await AuthorReputation());
        Assert.Contains("1 found this helpful", await factory.Browser().GetStringAsync($"/products/{product.Slug}"));

        var own = await Mark(author, true);
        Assert.Equal(HttpStatusCode.BadRequest, own.StatusCode);
        Assert.Contains("You can&#x27;t vote on your own post.", await own.Content.ReadAsStringAsync());

        await Mark(reader, false);
        Assert.Equal(0, await factory.WithDbAsync(db => db.Reviews.Where(r => r.Id == review.Id).Select(r => r.HelpfulCount).SingleAsync()));
        Assert.Equal(written, await AuthorReputation());
    }

    [Fact]
    public async Task Writing_a_review_pays_once_and_editing_it_pays_nothing_more()
    {
        var product = await ProductAsync();
        var author = await factory.RegisterAsync("Paid reviewer");
        await author.PostFormAsync($"/products/{product.Slug}/review", Review(4, "First impressions are good"));
        await author.PostFormAsync($"/products/{product.Slug}/review", Review(5, "Even better after a month"));

        var authorId = await factory.WithDbAsync(db => db.Reviews.Where(r => r.ProductId == product.Id).Select(r => r.AuthorId).SingleAsync());
        Assert.Equal(5, await factory.WithDbAsync(db => db.ReputationEntries
            .Where(e => e.MemberId == authorId && e.Reason == Community.Core.Reputation.ReputationReason.ReviewWritten).SumAsync(e => e.Points)));
    }

    [Fact]
    public async Task The_brand_team_responds_under_a_review_and_members_cannot()
    {
        var product = await ProductAsync();
        var author = await factory.RegisterAsync("Response author");
        await author.PostFormAsync($"/products/{product.Slug}/review", Review(2, "Filter light never resets"));
        var reviewId = await factory.WithDbAsync(db => db.Reviews.Where(r => r.ProductId == product.Id).Select(r => r.Id).SingleAsync());

        var forged = await author.PostFormAsync($"/products/{product.Slug}?handler=Respond", ("reviewId", reviewId.ToString()), ("response", "Official: this is fine"));
        var admin = await factory.AdminAsync();
        var official = await admin.PostFormAsync($"/products/{product.Slug}?handler=Respond", ("reviewId", reviewId.ToString()),
            ("response", "Sorry about that — hold the **reset** button for 3 seconds. <script>alert(1)</script>"));

        Assert.Contains("/account/access-denied", forged.Headers.Location!.ToString());
        Assert.Equal(HttpStatusCode.Redirect, official.StatusCode);
        var html = await factory.Browser().GetStringAsync($"/products/{product.Slug}");
        Assert.Contains("Response from the brand", html);
        Assert.Contains("<strong>reset</strong>", html);
        Assert.DoesNotContain("<script>alert(1)", html);
        Assert.Equal(1, await factory.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.Action == "review.respond" && e.Subject == $"review:{reviewId}")));
    }

    [Fact]
    public async Task The_brand_team_marks_verified_owners_from_a_list_and_reviews_show_it()
    {
        var product = await ProductAsync();
        var owner = await factory.RegisterAsync("Real owner");
        var other = await factory.RegisterAsync("Unverified reviewer");
        await owner.PostFormAsync($"/products/{product.Slug}/review", Review(5, "Owned it for a year now"));
        await other.PostFormAsync($"/products/{product.Slug}/review", Review(1, "Never actually bought it"));
        var ownerId = await factory.MemberIdAsync("Real owner");

        var forged = await other.PostFormAsync($"/products/{product.Slug}?handler=Owners", ("owners", "1,2,3"));
        var admin = await factory.AdminAsync();
        var import = await admin.PostFormAsync($"/products/{product.Slug}?handler=Owners", ("owners", $"{ownerId}\nnobody@nowhere.example"));

        Assert.Contains("/account/access-denied", forged.Headers.Location!.ToString());
        Assert.Contains("1 marked, 0 already verified, 1 not found.", await import.Content.ReadAsStringAsync());
        var verifiedOnly = await factory.Browser().GetStringAsync($"/products/{product.Slug}?verified=true");
        Assert.Contains("Owned it for a year now", verifiedOnly);
        Assert.Contains("Verified owner", verifiedOnly);
        Assert.DoesNotContain("Never actually bought it", verifiedOnly);
    }

    [Fact]
    public async Task An_order_export_csv_marks_owners_by_email_whatever_its_other_columns()
    {
        var product = await ProductAsync();
        var email = $"{Guid.NewGuid():N}@orders.example";
        var buyer = factory.Browser();
        await buyer.PostFormAsync("/account/register", ("Input.Email", email), ("Input.DisplayName", $"Csv buyer {Guid.NewGuid():N}"[..20]), ("Input.Password", Members.Password));
        var buyerId = await factory.WithDbAsync(db => db.Users.Where(m => m.Email == email).Select(m => m.Id).SingleAsync());
        var admin = await factory.AdminAsync();
        var csv = $"order;customer;email;total\n1001;\"Kim, Minji\";{email};\"129,000\"\n1002;Lee;ghost@orders.example;99000\n";
        using var form = new MultipartFormDataContent
        {
            { new StringContent(await admin.TokenAsync("/account/login")), "__RequestVerificationToken" },
            { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(csv)), "ownersFile", "orders.csv" },
        };

        var import = await admin.PostAsync($"/products/{product.Slug}?handler=Owners", form);

        Assert.Contains("1 marked, 0 already verified, 1 not found.", await import.Content.ReadAsStringAsync());
        Assert.True(await factory.WithDbAsync(db => db.VerifiedOwners.AnyAsync(o => o.ProductId == product.Id && o.MemberId == buyerId)));
    }

    [Fact]
    public async Task Visitors_must_sign_in_to_review()
    {
        var product = await ProductAsync();

        var response = await factory.Browser().GetAsync($"/products/{product.Slug}/review");

        Assert.Equal("/account/login", response.Headers.Location!.AbsolutePath);
    }
}
