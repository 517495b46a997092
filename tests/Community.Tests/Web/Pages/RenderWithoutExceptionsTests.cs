using System.Collections.Concurrent;
using System.Net;
using System.Runtime.ExceptionServices;
using Community.Tests.Support;

namespace Community.Tests.Web.Pages;

/// <summary>
/// Lists and searches render without throwing anything along the way. An outside pass counted a FormatException and an
/// ArgumentException caught inside every uncached list or search render: exceptions as control flow cost a stack walk
/// each and hide real faults in the counters. Runs alone (its own collection) so only this test's requests are counted.
/// </summary>
[Collection(QuietProcess.Name)]
public class RenderWithoutExceptionsTests(CommunityFactory factory) : IClassFixture<CommunityFactory>
{
    [Theory]
    [InlineData("en")]
    [InlineData("ko")]
    public async Task Lists_and_searches_render_without_a_caught_format_or_argument_exception(string culture)
    {
        var ui = UiText.For(culture);
        var asker = ui.Speak(await factory.RegisterAsync($"목록 확인 회원{culture}"));
        var askerId = await factory.MemberIdAsync($"목록 확인 회원{culture}");
        var title = $"정수기 필터 교체 주기 {culture} 질문입니다";
        var questionUrl = (await asker.SubmitAsync("/questions/ask", ui["PostYourQuestion"], ("Input.Title", title),
            ("Input.Body", "필터를 언제 갈아야 하는지 궁금합니다. 사용 설명서에는 6개월이라고 되어 있어요."), ("Input.Tags", $"필터교체{culture} 정수기"))).Headers.Location!.OriginalString;
        await asker.SubmitAsync(questionUrl, ui["PostYourAnswer"], ("Answer.Body", "저는 4개월마다 바꿉니다. 물맛이 달라지면 바로 교체하세요."));
        var visitor = ui.Speak(factory.Browser());

        var thrown = new ConcurrentQueue<Exception>();
        void Count(object? sender, FirstChanceExceptionEventArgs e)
        {
            if (e.Exception is FormatException or ArgumentException) thrown.Enqueue(e.Exception);
        }
        AppDomain.CurrentDomain.FirstChanceException += Count;
        try
        {
            // Query strings no cache has seen: every one of these renders from the database.
            var unique = Guid.NewGuid().ToString("N")[..6];
            foreach (var client in new[] { visitor, asker })
            {
                foreach (var url in new[] { $"/?v={unique}", $"/questions?sort=newest&v={unique}", $"/questions?sort=active&v={unique}", $"/questions?sort=unanswered&v={unique}",
                    $"/questions?page=1&v={unique}", $"/tags?v={unique}", $"/tags/{Uri.EscapeDataString($"필터교체{culture}")}?v={unique}", $"/ideas?v={unique}", $"/users/{askerId}?v={unique}" })
                {
                    var page = await client.GetAsync(url);
                    Assert.True(page.StatusCode == HttpStatusCode.OK, $"{url} answered {(int)page.StatusCode}");
                }
                foreach (var query in new[] { "필터 교체", $"필터 {unique}", "\"정수기", "filter*", "tag:정수기" })
                {
                    var html = WebUtility.HtmlDecode(await client.GetStringAsync($"/search?q={Uri.EscapeDataString(query)}"));
                    if (query == "필터 교체") Assert.Contains("필터", html);
                }
                Assert.Contains(title, WebUtility.HtmlDecode(await client.GetStringAsync($"/questions?sort=newest&u={unique}")));
            }
        }
        finally
        {
            AppDomain.CurrentDomain.FirstChanceException -= Count;
        }
        Assert.True(thrown.IsEmpty, string.Join("\n\n", thrown.Select(e => $"{e.GetType().Name}: {e.Message}\n{e.StackTrace}")));
    }
}

/// <summary>Tests that count what the whole process does run one class at a time, after the parallel ones.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class QuietProcess
{
    public const string Name = "Quiet process";
}
