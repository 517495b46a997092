using System.Net;
using Community.Core;
using Community.Core.Reputation;
using Community.Core.Rewards;
using Community.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Community.Tests.Web.Rewards;

public class RewardsTests(CommunityFactory factory) : IClassFixture<CommunityFactory>
{
    private readonly Scenario _scenario = new(factory);

    private static readonly DeliveryDetails Ship = new("김하늘", "서울특별시 중구 세종대로 110, 101동 1203호", "010-1234-5678");

    private async Task<RewardItem> ItemAsync(int cost, int stock, int minimumLevel = 1)
    {
        var staff = await _scenario.MemberAsync("Catalogue keeper");
        return await _scenario.RunAsync<RewardItem, ManageRewards>(m => m.AddAsync(new RewardInput(new($"Reward {Guid.NewGuid():N}", ""), new("Swag", ""), cost, stock, minimumLevel), staff));
    }

    private Task<int> MemberWithPointsAsync(string name, int points) => _scenario.RunAsync<int, ReputationLedger>(async ledger =>
    {
        var id = await _scenario.MemberAsync(name);
        await ledger.PostAsync(id, ReputationReason.Adjustment, "test:points", new Balances(0, points));
        return id;
    });

    [Theory]
    [InlineData("en")]
    [InlineData("ko")]
    public async Task A_reward_a_member_cannot_redeem_yet_says_why_next_to_its_button(string culture)
    {
        var ui = UiText.For(culture);
        var item = await ItemAsync(cost: 300, stock: 5);
        var member = ui.Speak(await factory.RegisterAsync($"포인트 모으는 회원{culture}"));

        var (forms, html, _) = await member.FormsOnAsync("/rewards");
        var redeem = forms.Single(f => f.QuerySelector($"input[name=itemId][value='{item.Id}']") is not null);
        var button = redeem.QuerySelector("button")!;

        Assert.True(button.HasAttribute("disabled"));
        var reason = redeem.QuerySelector($"#{button.GetAttribute("aria-describedby")}")!;
        Assert.Equal(ui.Plural("RedeemNeedsPoints", 300), reason.TextContent.Trim());
    }

    [Fact]
    public async Task Redeeming_takes_points_and_stock_and_rejecting_refunds_both()
    {
        var item = await ItemAsync(cost: 100, stock: 3);
        var member = await MemberWithPointsAsync("Redeemer", 250);
        var staff = await _scenario.MemberAsync("Fulfiller");

        var redemption = await _scenario.RunAsync<Redemption, RedeemReward>(r => r.ExecuteAsync(item.Id, member, Ship));
        Assert.Equal(150, (await _scenario.BalancesAsync(member)).Points);
        Assert.Equal(2, await factory.WithDbAsync(db => db.RewardItems.Where(i => i.Id == item.Id).Select(i => i.Stock).SingleAsync()));

        await _scenario.RunAsync<bool, DecideRedemption>(async d => { await d.RejectAsync(redemption.Id, staff, "Out of this colour"); return true; });
        Assert.Equal(250, (await _scenario.BalancesAsync(member)).Points);
        Assert.Equal(3, await factory.WithDbAsync(db => db.RewardItems.Where(i => i.Id == item.Id).Select(i => i.Stock).SingleAsync()));
        Assert.Equal(RedemptionStatus.Rejected, await factory.WithDbAsync(db => db.Redemptions.Where(r => r.Id == redemption.Id).Select(r => r.Status).SingleAsync()));
        Assert.Empty(await _scenario.RunAsync<IReadOnlyList<TotalsMismatch>, ReputationAudit>(a => a.RecomputeAsync(false)));
    }

    [Fact]
    public async Task Spending_points_and_then_retracting_the_votes_that_earned_them_mints_nothing()
    {
        var item = await ItemAsync(cost: 10, stock: 100);
        var author = await _scenario.MemberAsync("Would-be minter");
        var sock = await _scenario.MemberAsync("Sock puppet", reputation: 200);
        var questionId = await _scenario.AskAsync(await _scenario.MemberAsync("Minting asker"));
        var answerId = await _scenario.AnswerAsync(questionId, author);

        for (var round = 0; round < 3; round++)
        {
            await _scenario.VoteAsync(Community.Core.Content.PostKind.Answer, answerId, Community.Core.Voting.VoteDirection.Up, sock);
            if ((await _scenario.BalancesAsync(author)).Points >= 10)
                await _scenario.RunAsync<Redemption, RedeemReward>(r => r.ExecuteAsync(item.Id, author, Ship));
            await _scenario.VoteAsync(Community.Core.Content.PostKind.Answer, answerId, Community.Core.Voting.VoteDirection.None, sock);
        }

        Assert.Equal(1, await factory.WithDbAsync(db => db.Redemptions.CountAsync(r => r.MemberId == author)));
        Assert.Equal(-10, (await _scenario.BalancesAsync(author)).Points);
        Assert.Empty(await _scenario.RunAsync<IReadOnlyList<TotalsMismatch>, ReputationAudit>(a => a.RecomputeAsync(false)));
    }

    [Fact]
    public async Task A_decided_redemption_cannot_be_decided_again()
    {
        var item = await ItemAsync(cost: 10, stock: 1);
        var member = await MemberWithPointsAsync("Twice decided", 10);
        var staff = await _scenario.MemberAsync("Decider");
        var redemption = await _scenario.RunAsync<Redemption, RedeemReward>(r => r.ExecuteAsync(item.Id, member, Ship));
        await _scenario.RunAsync<bool, DecideRedemption>(async d => { await d.FulfilAsync(redemption.Id, staff, null); return true; });

        var refusal = await Assert.ThrowsAsync<DomainException>(() => _scenario.RunAsync<bool, DecideRedemption>(async d => { await d.RejectAsync(redemption.Id, staff, "oops"); return true; }));

        Assert.Equal("RedemptionAlreadyDecided", refusal.MessageKey);
        Assert.Equal(0, (await _scenario.BalancesAsync(member)).Points);
    }

    [Fact]
    public async Task Stock_never_goes_negative_under_parallel_redemptions()
    {
        var item = await ItemAsync(cost: 10, stock: 5);
        var members = new List<int>();
        for (var i = 0; i < 20; i++) members.Add(await MemberWithPointsAsync($"Racer {i}", 10));

        var outcomes = await Task.WhenAll(members.Select(m => Task.Run(async () =>
        {
            try { await _scenario.RunAsync<Redemption, RedeemReward>(r => r.ExecuteAsync(item.Id, m, Ship)); return "ok"; }
            catch (DomainException refusal) { return refusal.MessageKey; }
        })));

        Assert.Equal(5, outcomes.Count(o => o == "ok"));
        Assert.Equal(15, outcomes.Count(o => o == "RewardOutOfStock"));
        Assert.Equal(0, await factory.WithDbAsync(db => db.RewardItems.Where(i => i.Id == item.Id).Select(i => i.Stock).SingleAsync()));
        Assert.Equal(5, await factory.WithDbAsync(db => db.Redemptions.CountAsync(r => r.RewardItemId == item.Id)));
    }

    [Fact]
    public async Task A_balance_never_goes_negative_under_parallel_redemptions()
    {
        var item = await ItemAsync(cost: 40, stock: 100);
        var member = await MemberWithPointsAsync("Big spender", 100);

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => Task.Run(async () =>
        {
            try { await _scenario.RunAsync<Redemption, RedeemReward>(r => r.ExecuteAsync(item.Id, member, Ship)); return "ok"; }
            catch (DomainException refusal) { return refusal.MessageKey; }
        })));

        Assert.Equal(2, outcomes.Count(o => o == "ok"));
        Assert.Equal(20, (await _scenario.BalancesAsync(member)).Points);
    }

    [Fact]
    public async Task Level_gated_rewards_refuse_lower_levels()
    {
        var item = await ItemAsync(cost: 10, stock: 5, minimumLevel: 3);
        var member = await MemberWithPointsAsync("Low level", 100);

        var refusal = await Assert.ThrowsAsync<DomainException>(() => _scenario.RunAsync<Redemption, RedeemReward>(r => r.ExecuteAsync(item.Id, member, Ship)));

        Assert.Equal("RewardNeedsLevel", refusal.MessageKey);
        Assert.Equal(100, (await _scenario.BalancesAsync(member)).Points);
    }

    [Fact]
    public async Task Members_cannot_manage_the_catalogue_or_fulfil()
    {
        var member = await factory.RegisterAsync("Catalogue intruder");

        var page = await member.GetAsync("/rewards/manage");
        var add = await member.PostFormAsync("/rewards/manage?handler=Add", ("Item.Name", "Free everything"), ("Item.PointsCost", "1"), ("Item.Stock", "99"), ("Item.MinimumLevel", "1"));

        Assert.Contains("/account/access-denied", page.Headers.Location!.ToString());
        Assert.Contains("/account/access-denied", add.Headers.Location!.ToString());
        Assert.False(await factory.WithDbAsync(db => db.RewardItems.AnyAsync(i => i.Name == "Free everything")));
    }

    [Fact]
    public async Task The_catalogue_shows_items_and_a_members_balance()
    {
        var item = await ItemAsync(cost: 300, stock: 4);
        var member = await factory.RegisterAsync("Browsing member");

        var html = await member.GetStringAsync("/rewards");

        Assert.Contains(item.Name, html);
        Assert.Contains("300 points", html);
        Assert.Contains("4 left", html);
        Assert.Contains("0 points", html);
    }
}
