using System.Globalization;
using System.Net;
using Community.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Community.Tests.Web.Korean;

/// <summary>
/// Readers of both languages on one server, turn by turn: the UI strings the server keeps in memory are kept per
/// language, so nobody is served the other language's words (or its word order in a count).
/// </summary>
public class InterleavedLanguageTests(CommunityFactory factory) : IClassFixture<CommunityFactory>
{
    [Fact]
    public async Task Korean_and_English_readers_taking_turns_each_read_their_own_language()
    {
        var word = "교차확인" + string.Concat(Guid.NewGuid().ToString("N")[..6].Select(c => (char)('가' + c)));
        var asker = await factory.RegisterAsync("번갈아 묻는 회원");
        await asker.AskAsync($"{word} 필터 교체 알림이 두 번 울려요", "필터를 바꾼 뒤에도 교체 알림이 다시 울립니다. 설정을 어떻게 하나요?", "필터");

        foreach (var round in Enumerable.Range(1, 3))
        foreach (var culture in round % 2 == 1 ? new[] { "ko", "en" } : ["en", "ko"])
        {
            var ui = UiText.For(culture);
            var other = UiText.For(culture == "ko" ? "en" : "ko");
            var page = WebUtility.HtmlDecode(await ui.Speak(factory.Browser()).GetStringAsync($"/search?q={Uri.EscapeDataString(word)}"));
            Assert.Contains(ui["SearchResultCount_one", 1, word], page);
            Assert.DoesNotContain(other["SearchResultCount_one", 1, word], page);
            Assert.Contains(ui["Search"], page);
        }
    }

    [Fact]
    public void The_apps_localizer_follows_the_culture_of_each_call_and_formats_in_it()
    {
        var text = factory.Services.GetRequiredService<IStringLocalizerFactory>().Create(typeof(Community.Web.SharedResource));
        var before = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            foreach (var culture in new[] { "ko", "en", "ko", "en" })
            {
                CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(culture);
                var ui = UiText.For(culture);
                Assert.Equal(ui["Search"], text["Search"].Value);
                Assert.Equal(ui["SearchResultCount", 1234, "필터"], text["SearchResultCount", 1234, "필터"].Value);
                Assert.True(text["NoSuchStringAnywhere"].ResourceNotFound);
            }
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = before;
        }
    }
}
