using System.Net;
using Community.Tests.Support;

namespace Community.Tests.Web.Korean;

/// <summary>Control characters in what a visitor types are separators, never the end of a query (SQLite read a NUL as one: a 500).</summary>
public class HostileSearchTextTests(CommunityFactory factory) : IClassFixture<CommunityFactory>
{
    [Theory]
    [InlineData("/search?q=%00")]
    [InlineData("/search?q=%EC%9D%B4%EC%96%B4%ED%8F%B0%00%ED%8E%98%EC%96%B4%EB%A7%81")]
    [InlineData("/search?q=%01%02%1F")]
    [InlineData("/questions/similar?title=%EC%9D%B4%EC%96%B4%ED%8F%B0%00%ED%8E%98%EC%96%B4%EB%A7%81")]
    [InlineData("/ideas/similar?title=%EB%B0%B0%ED%84%B0%EB%A6%AC%00%ED%8D%BC%EC%84%BC%ED%8A%B8")]
    public async Task Search_and_similar_fragments_answer_NUL_and_control_characters_with_a_page(string url)
    {
        var author = await factory.RegisterAsync("검색 작성자");
        await author.AskAsync($"이어폰 페어링 방법이 궁금해요 {Guid.NewGuid().ToString("N")[..4]}", "이어폰 페어링을 처음 해 보는데 순서를 알려 주실 수 있나요? 설명서가 없어요.", "이어폰");

        var response = await factory.Browser().GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("Exception", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_NUL_splits_terms_so_both_halves_still_find_the_question()
    {
        var author = await factory.RegisterAsync("검색 작성자");
        var title = $"충전 케이스 불빛이 깜빡여요 {Guid.NewGuid().ToString("N")[..4]}";
        await author.AskAsync(title, "충전 케이스 앞쪽 불빛이 빨갛게 깜빡이는데 무슨 뜻인가요? 충전은 되는 것 같아요.", "충전");

        var page = WebUtility.HtmlDecode(await factory.Browser().GetStringAsync($"/search?q={Uri.EscapeDataString("충전 케이스\0불빛이")}"));

        Assert.Contains("불빛이", page);
        Assert.Contains(title.Split(' ')[^1], page);
    }
}
