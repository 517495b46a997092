using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Community.BrowserTests;

public class ReviewJourneyTests(LiveForum forum) : IClassFixture<LiveForum>
{
    [Theory]
    [InlineData("en")]
    [InlineData("ko")]
    public async Task A_member_reviews_a_product_and_the_rating_and_histogram_update(string language)
    {
        var ui = UiText.For(language);
        var slug = await forum.ProductAsync($"하늘 공기청정기 미니 {Journeys.Tag()}");
        var member = await forum.NewVisitorAsync(ui);
        var name = await member.RegisterAsync(ui, "꼼꼼한 사용자");

        await member.GotoAsync($"/products/{slug}");
        await Expect(member.GetByRole(AriaRole.Status, new() { Name = ui["AverageRating"] })).ToHaveTextAsync("0.0");
        await member.GetByRole(AriaRole.Link, new() { Name = ui["WriteAReview"] }).ClickAsync();
        await member.GetByLabel(ui["Rating"], new() { Exact = true }).SelectOptionAsync("4");
        await member.GetByLabel(ui["Title"], new() { Exact = true }).FillAsync("작고 조용하고 믿음직해요");
        await member.GetByLabel(ui["ReviewText"], new() { Exact = true }).FillAsync("침실을 밤새 깨끗하게 해 주고, 센서 수치가 따로 산 측정기와 거의 같아요.");
        await member.GetByRole(AriaRole.Button, new() { Name = ui["PublishReview"] }).ClickAsync();

        await Expect(member.GetByRole(AriaRole.Status, new() { Name = ui["AverageRating"] })).ToHaveTextAsync("4.0");
        await Expect(member.GetByLabel(ui["StarsShare", 4, 100])).ToBeVisibleAsync();
        await Expect(member.GetByRole(AriaRole.Article, new() { Name = ui["ReviewBy", name] })
            .GetByRole(AriaRole.Heading, new() { Name = "작고 조용하고 믿음직해요" })).ToBeVisibleAsync();
    }
}
