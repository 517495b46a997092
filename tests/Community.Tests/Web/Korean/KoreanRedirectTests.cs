using System.Net;
using System.Text.RegularExpressions;
using Community.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Community.Tests.Web.Korean;

/// <summary>
/// Every write that answers with a redirect, on Korean content, submitted from the page a person sees, through
/// real Kestrel, in the English and in the Korean UI: each must land on a 200 page that shows the Korean text.
/// (Kestrel refuses a Location header with Hangul in it; asking "무선 이어폰…" used to end on a 500 page.)
/// </summary>
public partial class KoreanRedirectTests(CommunityFactory factory) : IClassFixture<CommunityFactory>
{
    private static string Unique(string title) => $"{title} {Guid.NewGuid().ToString("N")[..4]}";

    [Theory]
    [InlineData("en")]
    [InlineData("ko")]
    public async Task A_member_asks_answers_comments_votes_accepts_flags_and_edits_a_Korean_question(string culture)
    {
        var ui = UiText.For(culture);
        var asker = ui.Speak(await factory.RegisterAsync("김민준"));
        var answerer = ui.Speak(await factory.RegisterAsync("이서연"));
        var title = Unique("무선 이어폰이 한쪽만 연결돼요 🎧");

        var asked = await asker.SubmitAsync("/questions/ask", ui["PostYourQuestion"],
            ("Input.Title", title), ("Input.Body", "왼쪽 이어폰만 소리가 나고 오른쪽은 연결이 끊겨요. 초기화도 해 봤습니다."), ("Input.Tags", "이어폰 블루투스"));
        var questionUrl = await LandsOnAsync(asker, asked, title);

        var answered = await answerer.SubmitAsync(questionUrl, ui["PostYourAnswer"], ("Answer.Body", "케이스에 넣고 10초간 버튼을 눌러 두 이어폰을 다시 짝지어 보세요."));
        await LandsOnAsync(answerer, answered, title);

        await LandsOnAsync(answerer, await answerer.SubmitAsync(questionUrl, ui["AddComment"], ("Comment.Body", "펌웨어 버전도 알려 주시겠어요? 🙏")), title);
        await LandsOnAsync(answerer, await answerer.SubmitAsync(questionUrl, ui["Upvote"]), title);
        await LandsOnAsync(asker, await asker.SubmitAsync(questionUrl, ui["AcceptThisAnswer"]), title);
        await LandsOnAsync(answerer, await answerer.SubmitAsync(questionUrl, ui["SendFlag"], ("reason", "other"), ("flagText", "제목이 너무 모호해요")), title);
        await LandsOnAsync(answerer, await answerer.SubmitAsync(SuggestUrl(questionUrl), ui["SubmitEdit"], ("Body", "왼쪽 이어폰만 소리가 나요. 초기화도 해 봤습니다. (맞춤법 수정)")), title);

        var edited = Unique("무선 이어폰 한쪽만 연결됨 — 해결 방법?");
        var saved = await asker.SubmitAsync(EditUrl(questionUrl), ui["SaveEdits"], ("Input.Title", edited));
        await LandsOnAsync(asker, saved, edited);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("ko")]
    public async Task Signing_in_from_log_in_to_answer_on_a_Korean_question_returns_to_it(string culture)
    {
        var ui = UiText.For(culture);
        var asker = ui.Speak(await factory.RegisterAsync("박지훈"));
        var title = Unique("충전 케이스 배터리가 빨리 닳아요");
        var questionUrl = await LandsOnAsync(asker, await asker.SubmitAsync("/questions/ask", ui["PostYourQuestion"],
            ("Input.Title", title), ("Input.Body", "충전 케이스를 완충해도 하루 만에 배터리가 절반으로 줄어요. 정상인가요?"), ("Input.Tags", "배터리")), title);
        var email = $"{Guid.NewGuid():N}@test.example";
        await factory.Browser().PostFormAsync("/account/register", ("Input.Email", email), ("Input.DisplayName", Unique("최유나")), ("Input.Password", Members.Password));

        var visitor = ui.Speak(factory.Browser());
        var page = await visitor.GetStringAsync(questionUrl);
        var loginLink = WebUtility.HtmlDecode(LogInToAnswerLink().Match(page).Groups[1].Value);
        var signedIn = await visitor.SubmitAsync(loginLink, ui["LogIn"], ("Input.Email", email), ("Input.Password", Members.Password));

        var (status, html, url) = await visitor.FollowAsync(signedIn);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains(title, html);
        Assert.Contains(ui["PostYourAnswer"], html);
        Assert.StartsWith(questionUrl, url);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("ko")]
    public async Task A_moderator_closes_reopens_locks_pins_moves_deletes_restores_and_merges_Korean_questions(string culture)
    {
        var ui = UiText.For(culture);
        var moderator = ui.Speak(await factory.AdminAsync());
        var asker = ui.Speak(await factory.RegisterAsync("정다은"));
        var title = Unique("앱에서 이퀄라이저 설정이 저장되지 않아요");
        var questionUrl = await LandsOnAsync(asker, await asker.SubmitAsync("/questions/ask", ui["PostYourQuestion"],
            ("Input.Title", title), ("Input.Body", "설정을 바꾸고 앱을 다시 열면 모든 값이 기본값으로 돌아가 버려요. 방법이 있을까요?"), ("Input.Tags", "앱 설정")), title);

        foreach (var (action, typed) in new (string, (string, string)[])[]
        {
            ("handler=Close", [("reason", "unclear")]), ("handler=Reopen", []), ("handler=Lock", []), ("handler=Lock", []),
            ("handler=Pin", []), ("handler=Pin", []), ("handler=Move", [("tags", "앱 이퀄라이저")]), ("handler=Delete", []), ("handler=Undelete", []),
        })
        {
            var response = await moderator.SubmitWhereAsync(questionUrl, PageForms.Posting(action), typed);
            await LandsOnAsync(moderator, response, title);
        }

        var rolledBack = await RollBackAfterAnEditAsync(asker, moderator, ui, questionUrl, title);
        await LandsOnAsync(moderator, rolledBack, title);

        var targetTitle = Unique("이퀄라이저 프리셋이 초기화됩니다");
        var targetUrl = await LandsOnAsync(asker, await asker.SubmitAsync("/questions/ask", ui["PostYourQuestion"],
            ("Input.Title", targetTitle), ("Input.Body", "어제 앱을 업데이트한 뒤로 저장해 둔 이퀄라이저 프리셋이 모두 사라졌어요."), ("Input.Tags", "앱")), targetTitle);
        // The merge target is picked by its title, as the picker offers it.
        var picks = System.Text.Json.JsonDocument.Parse(await moderator.GetStringAsync($"/questions/lookup?q={Uri.EscapeDataString("이퀄라이저 프리셋이")}"));
        var pick = picks.RootElement.EnumerateArray().Select(p => p.GetProperty("value").GetString()!).First(v => v.StartsWith(targetTitle, StringComparison.Ordinal));
        Assert.EndsWith($"(#{IdIn(targetUrl)})", pick);
        var merged = await moderator.SubmitWhereAsync(questionUrl, PageForms.Posting("handler=Merge"), ("targetId", pick));
        await LandsOnAsync(moderator, merged, targetTitle);

        var ideaTitle = Unique("이퀄라이저 프리셋을 클라우드에 저장하면 좋겠어요");
        var ideaQuestion = await LandsOnAsync(asker, await asker.SubmitAsync("/questions/ask", ui["PostYourQuestion"],
            ("Input.Title", ideaTitle), ("Input.Body", "휴대폰을 바꿔도 같은 소리를 듣고 싶어요. 프리셋을 계정에 저장하는 기능을 제안합니다."), ("Input.Tags", "제안")), ideaTitle);
        await LandsOnAsync(moderator, await moderator.SubmitAsync(ideaQuestion, ui["ConvertToIdea"]), ideaTitle);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("ko")]
    public async Task Korean_ideas_and_a_Korean_named_product_take_every_write_and_land_on_their_pages(string culture)
    {
        var ui = UiText.For(culture);
        var author = ui.Speak(await factory.RegisterAsync("한지민"));
        var voter = ui.Speak(await factory.RegisterAsync("오세훈"));
        var brand = ui.Speak(await factory.AdminAsync());
        var title = Unique("노이즈 캔슬링 강도를 단계별로 조절하고 싶어요");

        var ideaUrl = await LandsOnAsync(author, await author.SubmitAsync("/ideas/new", ui["SubmitIdea"],
            ("Input.Title", title), ("Input.Description", "지하철에서는 강하게, 사무실에서는 약하게 쓰고 싶어요. 🚇")), title);
        await LandsOnAsync(voter, await voter.SubmitAsync(ideaUrl, ui["Vote"]), title);
        await LandsOnAsync(voter, await voter.SubmitAsync(ideaUrl, ui["Follow"]), title);
        await LandsOnAsync(voter, await voter.SubmitAsync(ideaUrl, ui["PostComment"], ("comment", "저도 같은 생각이에요!")), title);
        await LandsOnAsync(brand, await brand.SubmitAsync(ideaUrl, ui["UpdateStatus"], ("to", "UnderReview"), ("message", "좋은 제안 감사합니다. 검토하겠습니다.")), title);

        var productName = Unique("무선 이어폰 프로");
        var slug = await factory.ProductAsync(productName, "노이즈 캔슬링 이어폰");
        var productUrl = $"/products/{Uri.EscapeDataString(slug)}";
        var reviewed = await author.SubmitAsync($"{productUrl}/review", ui["PublishReview"],
            ("Input.Rating", "5"), ("Input.Title", "출퇴근길이 조용해졌어요"), ("Input.Body", "노이즈 캔슬링이 훌륭하고 배터리도 오래갑니다. 착용감도 좋아요."));
        await LandsOnAsync(author, reviewed, productName);
        await LandsOnAsync(voter, await voter.SubmitWhereAsync(productUrl, PageForms.Posting("handler=Helpful")), productName);
    }

    /// <summary>The asker edits, then the moderator restores revision 1 from the history page.</summary>
    private static async Task<HttpResponseMessage> RollBackAfterAnEditAsync(HttpClient asker, HttpClient moderator, UiText ui, string questionUrl, string title)
    {
        await LandsOnAsync(asker, await asker.SubmitAsync(EditUrl(questionUrl), ui["SaveEdits"], ("Input.Body", "광고 링크로 바뀐 본문입니다. 이 내용은 되돌려야 합니다.")), title);
        return await moderator.SubmitWhereAsync($"/questions/{IdIn(questionUrl)}/revisions", PageForms.Posting("handler=Rollback"));
    }

    /// <summary>Asserts a redirect that lands on a 200 page showing <paramref name="text"/>; returns where it landed.</summary>
    private static async Task<string> LandsOnAsync(HttpClient client, HttpResponseMessage response, string text)
    {
        Assert.True(response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther,
            $"{(int)response.StatusCode} from {response.RequestMessage?.RequestUri}: {PageForms.MessagesOn(await response.Content.ReadAsStringAsync())}");
        var (status, html, url) = await client.FollowAsync(response);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains(text, html);
        return url.Split('#')[0];
    }

    private static int IdIn(string url) => int.Parse(Regex.Match(url, @"/(?:questions|ideas)/(\d+)").Groups[1].Value);

    private static string EditUrl(string questionUrl) => $"/questions/{IdIn(questionUrl)}/edit";

    private static string SuggestUrl(string questionUrl) => $"/questions/{IdIn(questionUrl)}/suggest";

    [GeneratedRegex("href=\"(/account/login\\?returnUrl=[^\"]+)\"[^>]*>[^<]*</a></p>")]
    private static partial Regex LogInToAnswerLink();
}
