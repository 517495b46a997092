using System.Net;
using Community.Tests.Support;

namespace Community.Tests.Web.Search;

public class SearchTests(CommunityFactory factory) : IClassFixture<CommunityFactory>
{
    [Fact]
    public async Task A_two_syllable_korean_word_finds_it_inside_a_longer_word()
    {
        var member = await factory.RegisterAsync("검색자");
        await member.AskAsync("고객을 위한 필터 교체 안내가 있나요?", "필터 교체 주기를 고객센터에 문의했는데 답이 없어요. 어떻게 하나요?", "필터");

        var html = await factory.Browser().GetStringAsync("/search?q=" + Uri.EscapeDataString("고객"));

        Assert.Contains("<mark>고객</mark>을 위한 필터 교체 안내가 있나요?", html);
    }

    [Fact]
    public async Task Results_are_ranked_with_title_matches_first()
    {
        var member = await factory.RegisterAsync("Ranker");
        await member.AskAsync("Battery drains overnight on standby", "Nothing else to say about it, just the title really.", "battery");
        await member.AskAsync("Something unrelated about the app", "The battery icon in the app is grey, is that expected here?", "app");

        var html = await factory.Browser().GetStringAsync("/search?q=battery");

        Assert.True(html.IndexOf("Battery</mark> drains overnight", StringComparison.Ordinal) < html.IndexOf("Something unrelated about the app", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_little_English_word_in_the_query_does_not_hide_a_question_worded_without_it()
    {
        var member = await factory.RegisterAsync("기능어검색자");
        await member.AskAsync("정수기필터 교체 주기가 궁금해요", "설명서에는 주기가 나와 있지 않아서 여쭤봅니다. 몇 달마다 바꾸나요?", "필터");

        var html = await factory.Browser().GetStringAsync("/search?q=" + Uri.EscapeDataString("the 정수기필터 교체 I"));

        Assert.Contains("<mark>정수기필터</mark> <mark>교체</mark> 주기가 궁금해요", html);
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("\"unterminated")]
    [InlineData("OR")]
    [InlineData("wifi OR")]
    [InlineData("NEAR(wifi filter")]
    [InlineData("title:wifi")]
    [InlineData("*")]
    [InlineData("wifi*")]
    [InlineData("-wifi")]
    [InlineData("^wifi")]
    [InlineData("a AND NOT b")]
    [InlineData("{Title}: x")]
    [InlineData("%_\\")]
    [InlineData("'; DROP TABLE Questions; --")]
    public async Task Hostile_query_syntax_returns_a_results_page_not_an_error(string query)
    {
        var response = await factory.Browser().GetAsync("/search?q=" + Uri.EscapeDataString(query));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("results for", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_count_and_the_pages_agree_and_a_page_past_the_last_keeps_the_count()
    {
        await factory.RegisterAsync("쪽수검색자");
        var author = await factory.MemberIdAsync("쪽수검색자");
        await factory.WithDbAsync(async db =>
        {
            for (var i = 1; i <= 26; i++)
            {
                var question = new Community.Core.Questions.Question
                {
                    Title = $"쪽넘김시험 질문 {i}", Slug = $"page-test-{i}", BodyMarkdown = "본문", BodyHtml = "<p>본문</p>", BodyText = "본문",
                    AuthorId = author, CreatedAt = DateTime.UtcNow, LastActivityAt = DateTime.UtcNow, SubmissionId = Guid.NewGuid(),
                };
                if (i == 26) question.HoldForReview();   // hidden: neither listed nor counted
                db.Questions.Add(question);
            }
            await db.SaveChangesAsync();
            return 0;
        });
        var browser = factory.Browser();
        async Task<(int Hits, bool CountShown)> PageAsync(int page)
        {
            var html = await browser.GetStringAsync($"/search?q={Uri.EscapeDataString("쪽넘김시험")}&page={page}");
            return (html.Split("<mark>쪽넘김시험</mark> 질문").Length - 1, html.Contains("25 results for", StringComparison.Ordinal));
        }

        Assert.Equal((20, true), await PageAsync(1));
        Assert.Equal((5, true), await PageAsync(2));
        Assert.Equal((0, true), await PageAsync(3));
    }

    [Fact]
    public async Task Deleted_questions_are_not_found()
    {
        var member = await factory.RegisterAsync("Deleter");
        var id = await member.AskAsync("Zyxwvut vanished question title");
        await member.PostFormAsync($"/questions/{id}/edit?handler=Delete");

        var html = await factory.Browser().GetStringAsync("/search?q=zyxwvut");

        Assert.Contains("0 results for", html);
    }
}
