using System.Net;
using Community.Core.Badges;
using Community.Core.Questions;
using Community.Tests.Support;
using Community.Web.Advocacy;
using Community.Web.Pages.Brand;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Community.Tests.Web.Brand;

/// <summary>/brand/at-risk and /brand/health against situations whose figures are known by hand.</summary>
public class CareAndHealthTests(CommunityFactory factory) : IClassFixture<CommunityFactory>
{
    private readonly Scenario _scenario = new(factory);

    private Task<int> VisitsAsync(int memberId, int everyDays, int count, int lastDaysAgo) => factory.WithDbAsync(async db =>
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        for (var i = 0; i < count; i++) db.MemberVisits.Add(new MemberVisit { MemberId = memberId, Day = today.AddDays(-lastDaysAgo - i * everyDays) });
        return await db.SaveChangesAsync();
    });

    [Theory]
    [InlineData("en")]
    [InlineData("ko")]
    public async Task A_weekly_regular_who_went_silent_is_listed_with_the_reason_and_reaching_out_is_measured(string culture)
    {
        var ui = UiText.For(culture);
        var (brand, _) = await factory.BrandTeamAsync($"브랜드팀 관리 {culture}");
        ui.Speak(brand);
        var weekly = await _scenario.MemberAsync($"매주 오던 회원 {culture}");
        var monthly = await _scenario.MemberAsync($"가끔 오는 회원 {culture}");
        await VisitsAsync(weekly, everyDays: 7, count: 12, lastDaysAgo: 28);
        await VisitsAsync(monthly, everyDays: 30, count: 5, lastDaysAgo: 40);
        await _scenario.RollUpAsync();

        var page = WebUtility.HtmlDecode(await brand.GetStringAsync("/brand/at-risk?risk=Silent"));
        Assert.Contains($"/brand/members/{weekly}\"", page);
        Assert.Contains(ui["Risk_Silent", 28, 7, 0], page);
        Assert.DoesNotContain($"/brand/members/{monthly}\"", page);

        var reached = await brand.SubmitWhereAsync("/brand/at-risk?risk=Silent", PageForms.Holding("memberIds", weekly.ToString()), ("kind", "Message"), ("text", "오랜만이에요! 새 펌웨어 베타에 의견을 들려주세요."));
        Assert.Contains(ui["MemberReengaged"], (await brand.FollowAsync(reached)).Html);
        Assert.Single(await factory.WithDbAsync(db => db.BrandMessages.Where(m => m.MemberId == weekly).ToListAsync()));

        await VisitsAsync(weekly, everyDays: 1, count: 1, lastDaysAgo: 0);
        await _scenario.RollUpAsync();
        var after = WebUtility.HtmlDecode(await brand.GetStringAsync("/brand/at-risk"));
        Assert.DoesNotContain($"/brand/members/{weekly}\"", after);
        var attempt = await factory.WithDbAsync(db => db.Reengagements.SingleAsync(r => r.MemberId == weekly));
        Assert.True(attempt.Settled);
        Assert.NotNull(attempt.ReturnedAt);
    }

    [Fact]
    public async Task Health_figures_match_a_hand_counted_product()
    {
        var slug = await factory.ProductAsync($"측정용 가습기 {Guid.NewGuid().ToString("N")[..6]}");
        var asker = await _scenario.MemberAsync("측정 질문자");
        var helper = await _scenario.MemberAsync("측정 답변자");
        var now = DateTime.UtcNow;
        // Five questions this month: first answers by others after 2, 4 and 10 hours; one answered only by its asker; one not at all.
        // One question last month, answered after 1 hour. Hand-counted: median 4 h, 60 % answered, 20 % accepted.
        await factory.WithDbAsync(async db =>
        {
            var productId = await db.Products.Where(p => p.Slug == slug).Select(p => p.Id).SingleAsync();
            Question Ask(double daysAgo) => new()
            {
                Title = "측정용 질문", Slug = "q", BodyMarkdown = "본문", BodyHtml = "<p>본문</p>", BodyText = "본문", AuthorId = asker, ProductId = productId,
                CreatedAt = now.AddDays(-daysAgo), LastActivityAt = now.AddDays(-daysAgo), SubmissionId = Guid.NewGuid(),
            };
            var questions = new[] { Ask(1), Ask(2), Ask(3), Ask(4), Ask(5), Ask(40) };
            db.Questions.AddRange(questions);
            await db.SaveChangesAsync();
            Answer Reply(Question q, int author, double hours) => new()
            {
                QuestionId = q.Id, AuthorId = author, BodyMarkdown = "답변", BodyHtml = "<p>답변</p>", CreatedAt = q.CreatedAt.AddHours(hours), SubmissionId = Guid.NewGuid(),
            };
            var accepted = Reply(questions[0], helper, 2);
            db.Answers.AddRange(accepted, Reply(questions[0], helper, 30), Reply(questions[1], helper, 4), Reply(questions[2], helper, 10), Reply(questions[3], asker, 1), Reply(questions[5], helper, 1));
            await db.SaveChangesAsync();
            await db.Questions.Where(q => q.Id == questions[0].Id).ExecuteUpdateAsync(s => s.SetProperty(q => q.AcceptedAnswerId, accepted.Id));
            return 0;
        });

        await using var scope = factory.Services.CreateAsyncScope();
        var health = scope.ServiceProvider.GetRequiredService<HealthFigures>();
        var month = await health.PeriodAsync(now.AddDays(-30), now.AddMinutes(1), slug, null, default);
        var before = await health.PeriodAsync(now.AddDays(-60), now.AddDays(-30), slug, null, default);

        Assert.Equal((5, 4.0, 60, 20), (month.Questions.Asked, month.Questions.MedianHoursToFirstAnswer, month.Questions.AnsweredPercent, month.Questions.AcceptedPercent));
        Assert.Equal((1, 1.0, 100), (before.Questions.Asked, before.Questions.MedianHoursToFirstAnswer, before.Questions.AnsweredPercent));

        var (brand, _) = await factory.BrandTeamAsync("브랜드팀 건강");
        var ui = UiText.For("ko");
        var page = WebUtility.HtmlDecode(await ui.Speak(brand).GetStringAsync($"/brand/health?product={slug}"));
        Assert.Contains(ui["HealthMedianFirstAnswer"], page);
        Assert.Contains("<td class=\"text-end fw-semibold\">60</td>", page);
    }

    [Fact]
    public async Task What_visitors_searched_for_and_did_not_find_reaches_the_health_page_and_their_visits_are_counted()
    {
        var visitors = factory.Services.GetRequiredService<AnonymousVisitFlush>();
        await visitors.FlushAsync(default);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var counted = await factory.WithDbAsync(db => db.AnonymousVisitDays.Where(v => v.Day == today).Select(v => v.Sessions).SingleOrDefaultAsync());

        var visitor = factory.Browser();
        visitor.DefaultRequestHeaders.UserAgent.ParseAdd($"HealthProbe/{Guid.NewGuid():N}");
        var term = $"보라색 냉장고 {Guid.NewGuid().ToString("N")[..5]}";
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync($"/search?q={Uri.EscapeDataString(term)}")).StatusCode);
        await visitor.GetAsync("/questions");
        await visitors.FlushAsync(default);

        Assert.Equal(counted + 1, await factory.WithDbAsync(db => db.AnonymousVisitDays.Where(v => v.Day == today).Select(v => v.Sessions).SingleAsync()));
        var (brand, _) = await factory.BrandTeamAsync("브랜드팀 검색");
        Assert.Contains(term, WebUtility.HtmlDecode(await brand.GetStringAsync("/brand/health")));
    }
}
