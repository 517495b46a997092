using System.Net;
using Community.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Community.Tests.Web.Admin;

/// <summary>
/// A staff form whose number does not parse is refused before anything is written, with a message naming what was
/// sent (a restock of "abc" used to run as a restock of 0 and a space with level "abc" was created, then a bare 400).
/// </summary>
public class UnreadableNumberTests(CommunityFactory factory) : IClassFixture<CommunityFactory>
{
    private const string Refused = "is not a value this form can use (a whole number was expected). Nothing was changed.";

    [Fact]
    public async Task A_space_with_an_unreadable_level_is_not_created_and_the_admin_is_told_why()
    {
        var admin = await factory.AdminAsync();
        var name = $"베타 체험단 {Guid.NewGuid():N}"[..14];

        var response = await admin.SubmitAsync("/spaces/manage", "Create space", ("name", name), ("description", "신제품을 먼저 써 보는 공간"), ("minimumLevel", "셋"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains($"\"셋\" {Refused}", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        Assert.False(await factory.WithDbAsync(db => db.Spaces.AnyAsync(s => s.Name == name)));
    }

    [Fact]
    public async Task A_restock_of_an_unreadable_number_changes_no_stock_and_says_why()
    {
        var admin = await factory.AdminAsync();
        var added = await admin.SubmitAsync("/rewards/manage", "Add reward", ("Item.Name", "Filter voucher"), ("Item.NameKo", "필터 교환권"),
            ("Item.Description", "One replacement filter."), ("Item.DescriptionKo", "교체용 필터 하나."), ("Item.PointsCost", "100"), ("Item.Stock", "5"), ("Item.MinimumLevel", "1"));
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);

        var response = await admin.SubmitWhereAsync("/rewards/manage", PageForms.Posting("handler=Restock"), ("units", "abc"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains($"\"abc\" {Refused}", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        Assert.Equal(5, await factory.WithDbAsync(db => db.RewardItems.Where(r => r.Name == "Filter voucher").Select(r => r.Stock).SingleAsync()));
    }

    [Theory]
    [InlineData("Edit.PointsCost", "abc")]
    [InlineData("Edit.PointsCost", "1e999")]
    [InlineData("Edit.MinimumLevel", "셋")]
    public async Task An_edit_with_an_unreadable_number_saves_nothing_and_says_why(string field, string sent)
    {
        var admin = await factory.AdminAsync();
        var name = $"Descaler {Guid.NewGuid():N}"[..16];
        var added = await admin.SubmitAsync("/rewards/manage", "Add reward", ("Item.Name", name), ("Item.NameKo", "석회 제거제"),
            ("Item.Description", "Keeps the kettle clean."), ("Item.DescriptionKo", "주전자를 깨끗하게."), ("Item.PointsCost", "300"), ("Item.Stock", "5"), ("Item.MinimumLevel", "3"));
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var id = await factory.WithDbAsync(db => db.RewardItems.Where(r => r.Name == name).Select(r => r.Id).SingleAsync());

        var response = await admin.SubmitWhereAsync("/rewards/manage", form => PageForms.Posting("handler=Edit")(form) && form.QuerySelector($"input[name=itemId][value='{id}']") is not null,
            (field, sent), ("Edit.Name", name + " renamed"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains($"\"{sent}\" {Refused}", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        var item = await factory.WithDbAsync(db => db.RewardItems.Where(r => r.Id == id).Select(r => new { r.Name, r.PointsCost, r.MinimumLevel }).SingleAsync());
        Assert.Equal((name, 300, 3), (item.Name, item.PointsCost, item.MinimumLevel));
    }
}
