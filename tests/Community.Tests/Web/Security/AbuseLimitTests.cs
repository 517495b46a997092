using System.Net;
using Community.Tests.Support;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;

namespace Community.Tests.Web.Security;

public sealed class TightLimitsFactory : CommunityFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("AbuseLimits:Question:Permits", "2");
        builder.UseSetting("AbuseLimits:Question:WindowSeconds", "600");
        builder.UseSetting("AbuseLimits:Login:Permits", "3");
        builder.UseSetting("AbuseLimits:Login:WindowSeconds", "300");
        builder.UseSetting("AbuseLimits:Answer:Permits", "2");
        builder.UseSetting("AbuseLimits:Vote:Permits", "2");
        builder.UseSetting("AbuseLimits:Search:Permits", "2");
        builder.UseSetting("AbuseLimits:Redeem:Permits", "1");
        // These tests are about the base limits; NewMemberLimitTests covers the stricter share for new members.
        builder.UseSetting("AbuseLimits:NewMemberShare", "1");
    }
}

public sealed class NewMemberLimitsFactory : CommunityFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("AbuseLimits:Question:Permits", "4");
        builder.UseSetting("AbuseLimits:NewMemberShare", "0.5");
    }
}

public class NewMemberLimitTests(NewMemberLimitsFactory factory) : IClassFixture<NewMemberLimitsFactory>
{
    private static (string, string)[] Question(string title, string body = "A body that is certainly long enough to pass.") =>
        [("Input.Title", title), ("Input.Body", body), ("Input.Tags", "limits"), ("Input.SubmissionId", Guid.NewGuid().ToString())];

    [Fact]
    public async Task New_members_get_a_smaller_share_of_each_posting_limit_than_established_ones()
    {
        var newcomer = await factory.RegisterAsync("Brand new poster");
        await newcomer.AskAsync("A newcomer's first question today");
        await newcomer.AskAsync("A newcomer's second question today");
        var third = await newcomer.PostFormAsync("/questions/ask", Question("A newcomer's third question today"));
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);

        // An established member (joined a month ago; the date travels in the sign-in cookie) gets the full four.
        var email = $"{Guid.NewGuid():N}@test.example";
        await factory.Browser().PostFormAsync("/account/register", ("Input.Email", email), ("Input.DisplayName", $"Regular {Guid.NewGuid():N}"[..16]), ("Input.Password", Members.Password));
        await factory.WithDbAsync(db => db.Users.Where(m => m.Email == email).ExecuteUpdateAsync(u => u.SetProperty(m => m.JoinedAt, DateTime.UtcNow.AddDays(-30))));
        var regular = factory.Browser();
        await regular.PostFormAsync("/account/login", ("Input.Email", email), ("Input.Password", Members.Password));
        for (var i = 0; i < 4; i++) await regular.AskAsync($"An established member's question number {i}");
    }

    [Fact]
    public async Task New_members_cannot_post_more_than_two_links()
    {
        var newcomer = await factory.RegisterAsync("Link dropper");
        var body = "Buy here https://a.example and here https://b.example and also https://c.example today.";

        var response = await newcomer.PostFormAsync("/questions/ask", Question("Three links in one question body", body));

        Assert.Contains("New members can include at most 2 links in a post.", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        Assert.False(await factory.WithDbAsync(db => db.Questions.AnyAsync(q => q.Title == "Three links in one question body")));
        await newcomer.AskAsync("Two links are fine for newcomers", "See https://a.example and https://b.example for the manuals, thanks.");
    }

    [Theory]
    [InlineData("en")]
    [InlineData("ko")]
    public async Task New_members_read_their_posting_limit_on_the_forms_before_it_bites(string culture)
    {
        var ui = UiText.For(culture);
        var newcomer = ui.Speak(await factory.RegisterAsync("한도 안내 받는 회원"));

        var ask = WebUtility.HtmlDecode(await newcomer.GetStringAsync("/questions/ask"));
        var idea = WebUtility.HtmlDecode(await newcomer.GetStringAsync("/ideas/new"));

        // This factory: questions 4 per 10 minutes, ideas 100,000 per hour, new members get half.
        Assert.Contains(ui["PostingLimitNew_question", 2, 10, 3], ask);
        Assert.Contains(ui["PostingLimitNew_idea", 50_000, 60, 3], idea);
        Assert.DoesNotContain("posting-limit", await (await factory.AdminAsync()).GetStringAsync("/questions/ask"));
    }

    [Fact]
    public async Task Staff_post_as_many_links_as_they_need()
    {
        var admin = await factory.AdminAsync();
        var body = "공식 안내: https://a.example 설명서, https://b.example 펌웨어, https://c.example 보증 정책을 확인해 주세요.";

        var id = await admin.AskAsync("새 펌웨어 안내와 관련 링크 모음", body, "공지");

        var (_, page, _) = await factory.Browser().FormsOnAsync($"/questions/{id}");
        Assert.Contains("href=\"https://c.example\"", page);
    }
}

public class AbuseLimitTests(TightLimitsFactory factory) : IClassFixture<TightLimitsFactory>
{
    private static (string, string)[] Question(string title) =>
        [("Input.Title", title), ("Input.Body", "A body that is certainly long enough to pass."), ("Input.Tags", "limits"), ("Input.SubmissionId", Guid.NewGuid().ToString())];

    [Fact]
    public async Task Posting_too_often_gets_a_clear_429_and_saves_nothing()
    {
        var member = await factory.RegisterAsync("Fast poster");
        await member.AskAsync("First question within the window");
        await member.AskAsync("Second question within the window");

        var third = await member.PostFormAsync("/questions/ask", Question("Third question within the window"));

        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.True(third.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        var html = await third.Content.ReadAsStringAsync();
        Assert.Contains("doing that too often", html);
        Assert.Contains("Nothing you sent was saved.", html);
        Assert.False(await factory.WithDbAsync(db => db.Questions.AnyAsync(q => q.Title == "Third question within the window")));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("ko")]
    public async Task The_429_page_gives_back_what_was_typed_and_the_wait_in_minutes(string culture)
    {
        var ui = UiText.For(culture);
        var member = ui.Speak(await factory.RegisterAsync("빠른 질문자"));
        await member.AskAsync("첫 번째 질문입니다 — 제한 시간 안에서");
        await member.AskAsync("두 번째 질문입니다 — 제한 시간 안에서");
        const string body = "세 번째 질문 본문입니다. 제한에 걸려도 이 글은 잃어버리면 안 돼요. 🙏";

        var third = await member.SubmitAsync("/questions/ask", ui["PostYourQuestion"], ("Input.Title", "세 번째 질문입니다 — 제한에 걸립니다"), ("Input.Body", body), ("Input.Tags", "제한"));

        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        var html = WebUtility.HtmlDecode(await third.Content.ReadAsStringAsync());
        Assert.Contains(body, html);
        Assert.Contains("세 번째 질문입니다 — 제한에 걸립니다", html);
        var minutes = (int)Math.Ceiling(third.Headers.RetryAfter!.Delta!.Value.TotalSeconds / 60.0);
        Assert.Contains(ui.Plural("TryAgainInMinutes", minutes), html);
    }

    [Fact]
    public async Task Searching_too_often_from_one_address_gets_a_429()
    {
        var visitor = factory.Browser();
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("/search?q=filter")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("/search?q=noise")).StatusCode);

        var third = await visitor.GetAsync("/search?q=wifi");

        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("/search")).StatusCode);
    }

    [Fact]
    public async Task Each_member_has_their_own_allowance()
    {
        var first = await factory.RegisterAsync("Allowance one");
        var second = await factory.RegisterAsync("Allowance two");
        await first.AskAsync("Allowance one first question");
        await first.AskAsync("Allowance one second question");

        var response = await second.PostFormAsync("/questions/ask", Question("Allowance two first question"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [Fact]
    public async Task Moderators_and_admins_are_exempt_from_posting_limits()
    {
        var admin = await factory.AdminAsync();

        for (var i = 0; i < 3; i++)
            Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync("/questions/ask", Question($"Admin question number {i} today"))).StatusCode);
    }

    [Fact]
    public async Task Sign_in_attempts_are_limited_per_address()
    {
        // Its own app: the address-wide allowance would otherwise be shared with the admin sign-in above.
        using var isolated = new TightLimitsFactory();
        var client = isolated.Browser();
        HttpResponseMessage last = new();
        for (var i = 0; i < 3; i++)
            last = await client.PostFormAsync("/account/login", ("Input.Email", $"nobody{i}@test.example"), ("Input.Password", "wrong-password"));
        Assert.NotEqual(HttpStatusCode.TooManyRequests, last.StatusCode);

        // Spelling the address differently is the same page, and the same allowance.
        foreach (var spelling in new[] { "/account/login", "/Account/Login", "/ACCOUNT/LOGIN", "/account/login/" })
        {
            last = await client.PostFormAsync(spelling, ("Input.Email", "nobody@test.example"), ("Input.Password", "wrong-password"));
            Assert.Equal(HttpStatusCode.TooManyRequests, last.StatusCode);
        }
    }

    [Fact]
    public async Task A_repeated_handler_parameter_does_not_dodge_the_answer_limit()
    {
        var asker = await factory.RegisterAsync("Handler asker");
        var answerer = await factory.RegisterAsync("Handler dodger");
        var id = await asker.AskAsync("Can a repeated handler dodge limits?");
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
            statuses.Add((await answerer.PostFormAsync($"/questions/{id}/answers/new?handler=&handler=x",
                ("Answer.Body", $"Answer number {i} that is long enough to be posted."), ("Answer.SubmissionId", Guid.NewGuid().ToString()))).StatusCode);

        Assert.Equal(2, statuses.Count(s => s == HttpStatusCode.TooManyRequests));
        Assert.Equal(2, await factory.WithDbAsync(db => db.Answers.CountAsync(a => a.QuestionId == id)));
    }

    [Fact]
    public async Task Votes_through_the_hub_are_limited_too()
    {
        var voter = await factory.RegisterAsync("Hub vote spammer");
        var author = await factory.RegisterAsync("Hub vote target");
        var ids = new List<int>();
        for (var i = 0; i < 2; i++) ids.Add(await author.AskAsync($"Hub vote target question {i}"));
        await using var connection = await factory.PageHubConnectionAsync(voter);
        await connection.StartAsync();

        await connection.InvokeAsync<object>("Vote", "question", ids[0], "up");
        await connection.InvokeAsync<object>("Vote", "question", ids[1], "up");
        var refusal = await Assert.ThrowsAsync<Microsoft.AspNetCore.SignalR.HubException>(() => connection.InvokeAsync<object>("Vote", "question", ids[0], "none"));

        Assert.Contains("too often", refusal.Message);
        Assert.Equal(1, await factory.WithDbAsync(db => db.Questions.Where(q => q.Id == ids[0]).Select(q => q.Score).SingleAsync()));
    }

    [Fact]
    public async Task Votes_from_forms_and_from_the_hub_share_one_allowance()
    {
        var voter = await factory.RegisterAsync("Mixed vote spammer");
        var author = await factory.RegisterAsync("Mixed vote target");
        var another = await factory.RegisterAsync("Mixed vote second target");
        var ids = new List<int> { await author.AskAsync("Mixed vote target question 0"), await author.AskAsync("Mixed vote target question 1") };
        ids.Add(await another.AskAsync("Mixed vote target question 2"));

        for (var i = 0; i < 2; i++)
            Assert.Equal(HttpStatusCode.Redirect, (await voter.SubmitAsync($"/questions/{ids[i]}", "Upvote")).StatusCode);
        await using var connection = await factory.PageHubConnectionAsync(voter);
        await connection.StartAsync();
        var refusal = await Assert.ThrowsAsync<Microsoft.AspNetCore.SignalR.HubException>(() => connection.InvokeAsync<object>("Vote", "question", ids[2], "up"));

        Assert.Contains("too often", refusal.Message);
        Assert.Equal(0, await factory.WithDbAsync(db => db.Questions.Where(q => q.Id == ids[2]).Select(q => q.Score).SingleAsync()));
    }

    [Fact]
    public async Task Redeeming_rewards_is_limited_and_a_refused_redemption_costs_nothing()
    {
        var member = await factory.RegisterAsync("보상 연속 교환");
        var memberId = await factory.MemberIdAsync("보상 연속 교환");
        var scenario = new Scenario(factory);
        await scenario.GivePointsAsync(memberId, 1000);
        var items = new List<int>();
        for (var i = 0; i < 2; i++) items.Add(await scenario.RewardAsync(new("", $"디지털 쿠폰 {i} {Guid.NewGuid():N}"), digital: true));

        var first = await member.SubmitWhereAsync("/rewards", PageForms.Holding("itemId", items[0].ToString()));
        var second = await member.SubmitWhereAsync("/rewards", PageForms.Holding("itemId", items[1].ToString()));

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
        Assert.Equal(900, (await scenario.BalancesAsync(memberId)).Points);
    }
}
