using System.Net;
using Community.Core.Moderation;
using Community.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Community.Tests.Web.Moderation;

public class AuditLogTests(CommunityFactory factory) : IClassFixture<CommunityFactory>
{

    [Fact]
    public async Task Staff_actions_are_recorded_with_before_and_after_and_exported_as_csv()
    {
        var admin = await factory.AdminAsync();
        await admin.PostFormAsync("/rewards/manage?handler=Add", ("Item.Name", "=HYPERLINK(\"evil\")"), ("Item.PointsCost", "50"), ("Item.Stock", "3"), ("Item.MinimumLevel", "1"));
        var itemId = await factory.WithDbAsync(db => db.RewardItems.Where(i => i.Name == "=HYPERLINK(\"evil\")").Select(i => i.Id).SingleAsync());
        await admin.PostFormAsync("/rewards/manage?handler=Restock", ("itemId", itemId.ToString()), ("units", "7"));

        var page = await admin.GetStringAsync("/moderation/audit?action=reward.");
        var csv = await admin.GetStringAsync("/moderation/audit?handler=csv&action=reward.");

        Assert.Contains("reward.add", page);
        Assert.Contains("reward.restock", page);
        Assert.Contains("stock 3", page);
        Assert.Contains("stock 10", page);
        Assert.Contains("reward.restock", csv);
        Assert.Contains("Community Admin", csv);
        Assert.DoesNotContain(",=HYPERLINK", csv);
        Assert.DoesNotContain(",\"=HYPERLINK", csv);
    }

    [Fact]
    public async Task Members_cannot_read_the_audit_log()
    {
        var member = await factory.RegisterAsync("Audit snoop");

        var response = await member.GetAsync("/moderation/audit");

        Assert.Contains("/account/access-denied", response.Headers.Location!.ToString());
    }
}
