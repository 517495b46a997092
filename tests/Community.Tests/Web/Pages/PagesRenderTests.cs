using System.Net;
using Community.Tests.Support;

namespace Community.Tests.Web.Pages;

public class PagesRenderTests(CommunityFactory factory) : IClassFixture<CommunityFactory>
{
    [Fact]
    public async Task Every_public_page_renders_with_its_content()
    {
        var asker = await factory.RegisterAsync("Renderer");
        var id = await asker.AskAsync("How do I replace the AirPure filter?", tags: "filter airpure");
        var anonymous = factory.Browser();

        var pages = new Dictionary<string, string>
        {
            ["/"] = "How do I replace the AirPure filter?",
            ["/questions"] = "How do I replace the AirPure filter?",
            ["/questions?sort=votes&unanswered=true"] = "How do I replace the AirPure filter?",
            [$"/questions/{id}/how-do-i-replace-the-airpure-filter"] = "post-body",
            ["/tags"] = "airpure",
            ["/tags/filter"] = "How do I replace the AirPure filter?",
            ["/search?q=AirPure"] = "<mark>AirPure</mark>",
            ["/account/register"] = "Display name",
            ["/account/login"] = "Log in",
            ["/account/forgot-password"] = "Email",
        };
        foreach (var (url, expected) in pages)
        {
            var response = await anonymous.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url} returned {response.StatusCode}");
            Assert.Contains(expected, await response.Content.ReadAsStringAsync());
        }
    }

    [Fact]
    public async Task A_question_url_without_its_slug_redirects_to_the_canonical_one()
    {
        var asker = await factory.RegisterAsync("Slugger");
        var id = await asker.AskAsync("Why does the robot vacuum stop at the door?");

        var response = await factory.Browser().GetAsync($"/questions/{id}");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal($"/questions/{id}/why-does-the-robot-vacuum-stop-at-the-door", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_korean_title_gives_a_readable_percent_encoded_canonical_url()
    {
        var asker = await factory.RegisterAsync("한글 질문자");
        var id = await asker.AskAsync("로봇청소기 충전이 안 돼요 어떻게 하나요?", "충전 스테이션에 올려도 불이 들어오지 않습니다. 고객센터 연결도 어렵네요.", "충전");

        var redirect = await factory.Browser().GetAsync($"/questions/{id}");
        var page = await factory.Browser().GetAsync(redirect.Headers.Location);

        Assert.Equal(HttpStatusCode.MovedPermanently, redirect.StatusCode);
        Assert.Equal($"/questions/{id}/" + Uri.EscapeDataString("로봇청소기-충전이-안-돼요-어떻게-하나요"), redirect.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("로봇청소기 충전이 안 돼요 어떻게 하나요?", await page.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_profile_shows_the_members_questions()
    {
        var member = await factory.RegisterAsync("Profiled");
        await member.AskAsync("Thermostat schedule resets after update");
        var memberId = await factory.MemberIdAsync("Profiled");

        var html = await factory.Browser().GetStringAsync($"/users/{memberId}");

        Assert.Contains("Profiled", html);
        Assert.Contains("Thermostat schedule resets after update", html);
    }

    [Fact]
    public async Task Visitors_get_a_cached_page_that_is_refreshed_the_moment_an_answer_arrives()
    {
        var asker = await factory.RegisterAsync("Cache asker");
        var answerer = await factory.RegisterAsync("Cache answerer");
        var id = await asker.AskAsync("Is the visitor page cached and refreshed?");
        var url = $"/questions/{id}/is-the-visitor-page-cached-and-refreshed";
        var visitor = factory.Browser();

        await visitor.GetAsync(url);
        var cached = await visitor.GetAsync(url);
        await answerer.AnswerAsync(id, "Yes, and this answer must show up for visitors straight away.");
        var refreshed = await visitor.GetStringAsync(url);

        Assert.NotNull(cached.Headers.Age);
        Assert.Contains("this answer must show up for visitors straight away", refreshed);
        Assert.Contains("Accept this answer", await asker.GetStringAsync(url));
    }

    [Fact]
    public async Task Health_check_reports_a_reachable_database()
    {
        var response = await factory.Browser().GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Unknown_pages_get_a_friendly_404()
    {
        var response = await factory.Browser().GetAsync("/questions/999999/nothing");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("We couldn&#x27;t find that page.", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Korean_is_served_by_cookie_and_by_accept_language()
    {
        var byHeader = factory.Browser();
        byHeader.DefaultRequestHeaders.AcceptLanguage.ParseAdd("ko-KR,ko;q=0.9");
        Assert.Contains("질문하기", await byHeader.GetStringAsync("/questions"));

        var byCookie = factory.Browser();
        var switched = await byCookie.GetAsync("/culture?c=ko&returnUrl=%2Fquestions");
        Assert.Equal("/questions", switched.Headers.Location!.OriginalString);
        Assert.Contains("질문하기", await byCookie.GetStringAsync("/questions"));
    }

    [Theory]
    [InlineData("https://evil.example")]
    [InlineData("//evil.example")]
    [InlineData("/\\evil.example")]
    public async Task The_language_switch_never_redirects_off_site(string returnUrl)
    {
        var response = await factory.Browser().GetAsync($"/culture?c=ko&returnUrl={Uri.EscapeDataString(returnUrl)}");

        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Responses_carry_a_strict_content_security_policy()
    {
        var response = await factory.Browser().GetAsync("/");

        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }
}
