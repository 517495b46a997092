using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Community.BrowserTests;

public class ReviewJourneyTests(LiveForum forum) : IClassFixture<LiveForum>
{
    [Fact]
    public async Task A_member_reviews_a_product_and_the_rating_and_histogram_update()
    {
        var slug = await forum.ProductAsync("SkyPure Mini");
        var member = await forum.NewVisitorAsync();
        await member.RegisterAsync("Reviewer");

        await member.GotoAsync($"/products/{slug}");
        await Expect(member.GetByRole(AriaRole.Status, new() { Name = "Average rating" })).ToHaveTextAsync("0.0");
        await member.GetByRole(AriaRole.Link, new() { Name = "Write a review" }).ClickAsync();
        await member.GetByLabel("Rating").SelectOptionAsync("4");
        await member.GetByLabel("Title").FillAsync("Small, quiet and honest");
        await member.GetByLabel("Review", new() { Exact = true }).FillAsync("It cleans our bedroom overnight and the sensor matches a separate meter.");
        await member.GetByRole(AriaRole.Button, new() { Name = "Publish review" }).ClickAsync();

        await Expect(member.GetByRole(AriaRole.Status, new() { Name = "Average rating" })).ToHaveTextAsync("4.0");
        await Expect(member.GetByLabel("4 stars: 100%")).ToBeVisibleAsync();
        await Expect(member.GetByRole(AriaRole.Article, new() { Name = "Review by Reviewer" })
            .GetByRole(AriaRole.Heading, new() { Name = "Small, quiet and honest" })).ToBeVisibleAsync();
    }
}
