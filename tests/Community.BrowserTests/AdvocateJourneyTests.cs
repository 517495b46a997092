using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Community.BrowserTests;

public class AdvocateJourneyTests(LiveForum forum) : IClassFixture<LiveForum>
{
    [Theory]
    [InlineData("en")]
    [InlineData("ko")]
    public async Task A_member_levels_up_live_redeems_a_reward_and_the_brand_team_fulfils_it(string language)
    {
        var ui = UiText.For(language);
        var reward = $"하늘 보온 텀블러 {Journeys.Tag()}";
        var member = await forum.NewVisitorAsync(ui);
        var name = await member.RegisterAsync(ui, "열혈 하늘 팬");
        await forum.GrantAsync(name, reputation: 94, points: 60);
        await member.AskAsync(ui, $"습한 방에서는 어떤 필터가 가장 오래 가나요? {Journeys.Tag()}",
            "욕실 옆 방이 습해서 필터가 금방 회색으로 변해요. 어떤 필터가 가장 오래 가나요?", "필터 습도");
        await member.WaitUntilLiveAsync();
        await Expect(member.Locator("header [data-rep-for]")).ToHaveTextAsync("95");
        var questionUrl = member.Url;

        var voter = await forum.NewVisitorAsync(ui);
        await voter.RegisterAsync(ui, "너그러운 추천인");
        await voter.GotoAsync(questionUrl);
        await voter.WaitUntilLiveAsync();
        await voter.GetByRole(AriaRole.Article).First.GetByRole(AriaRole.Button, new() { Name = ui["Upvote"], Exact = true }).ClickAsync();

        var level2 = forum.LevelName(2, language);
        await Expect(member.GetByText(ui["LevelUpToast", 2, level2])).ToBeVisibleAsync();
        await Expect(member.Locator("header [data-rep-for]")).ToHaveTextAsync("105");
        await member.GotoAsync("/users/" + (await member.Locator("header [data-rep-for]").GetAttributeAsync("data-rep-for")));
        await Expect(member.GetByRole(AriaRole.Heading, new() { Name = ui["LevelHeading", 2, level2] })).ToBeVisibleAsync();

        var admin = await forum.NewVisitorAsync(ui);
        await admin.LogInAsAdminAsync(ui);
        await admin.GotoAsync("/rewards/manage");
        var addForm = admin.GetByRole(AriaRole.Region, new() { Name = ui["AddReward"] });
        await addForm.GetByLabel(ui["RewardNameKorean"], new() { Exact = true }).FillAsync(reward);
        await addForm.GetByLabel(ui["PointsCostLabel"], new() { Exact = true }).FillAsync("50");
        await addForm.GetByLabel(ui["StockLabel"], new() { Exact = true }).FillAsync("2");
        await addForm.GetByRole(AriaRole.Button, new() { Name = ui["AddReward"] }).ClickAsync();
        await Expect(admin.GetByRole(AriaRole.Cell, new() { Name = reward, Exact = true })).ToBeVisibleAsync();

        await member.GotoAsync("/rewards");
        await Expect(member.GetByRole(AriaRole.Status, new() { Name = ui["YourPoints"] })).ToHaveTextAsync(ui["PointsBalance", 70]);
        var tumbler = member.GetByRole(AriaRole.Article, new() { Name = reward });
        // A shipped reward asks where to send it.
        await tumbler.GetByLabel(ui["DeliveryName"]).FillAsync("박하늘");
        await tumbler.GetByLabel(ui["DeliveryAddress"]).FillAsync("부산광역시 해운대구 센텀중앙로 79, 1502호");
        await tumbler.GetByLabel(ui["DeliveryPhone"]).FillAsync("010-2468-1357");
        await tumbler.GetByRole(AriaRole.Button, new() { Name = ui["Redeem"] }).ClickAsync();
        await Expect(member.GetByText(ui["RewardRedeemed"])).ToBeVisibleAsync();
        await Expect(member.GetByRole(AriaRole.Status, new() { Name = ui["YourPoints"] })).ToHaveTextAsync(ui["PointsBalance", 20]);
        await Expect(member.GetByRole(AriaRole.Cell, new() { Name = ui["RedemptionRequested"], Exact = true })).ToBeVisibleAsync();

        await admin.GotoAsync("/rewards/manage");
        var pending = admin.GetByRole(AriaRole.Listitem).Filter(new() { HasText = name });
        await Expect(pending.GetByText("부산광역시 해운대구 센텀중앙로 79, 1502호")).ToBeVisibleAsync();
        await pending.GetByRole(AriaRole.Button, new() { Name = ui["Fulfil"] }).ClickAsync();
        await Expect(admin.GetByText(ui["NothingPending"])).ToBeVisibleAsync();

        await member.ReloadAsync();
        await Expect(member.GetByRole(AriaRole.Cell, new() { Name = ui["RedemptionFulfilled"], Exact = true })).ToBeVisibleAsync();
    }
}
