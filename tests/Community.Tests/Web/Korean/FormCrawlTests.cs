using System.Net;
using AngleSharp.Html.Dom;
using Community.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Community.Tests.Web.Korean;

/// <summary>
/// Every form on every page, submitted by the role that sees it, with every text field filled with Korean text,
/// a 1,000-character Korean text, a NUL and emoji. Nothing may answer 5xx, and a refusal must say why on the page
/// (a bare 400, like a form without its antiforgery token, is a dead end for a person).
/// </summary>
public class FormCrawlTests(CommunityFactory factory) : IClassFixture<CommunityFactory>
{
    private static readonly string[] Texts =
    [
        "무선 이어폰 연결이 자꾸 끊겨요",
        string.Concat(Enumerable.Repeat("한국어로 아주 길게 쓴 문장입니다. ", 60))[..1000],
        "널 문자\0가 들어간 글",
        "🎧🔋✨ 이모지만 👍🏽",
    ];

    [Theory]
    [InlineData("en")]
    [InlineData("ko")]
    public async Task Every_form_answers_Korean_NUL_emoji_and_long_input_without_a_server_error_or_a_silent_refusal(string culture)
    {
        var ui = UiText.For(culture);
        var world = await BuildWorldAsync(ui);
        var failures = new List<string>();

        await CrawlAsync(ui.Speak(factory.Browser()), ["/", "/account/login", "/account/register", "/account/forgot-password", "/search?q=이어폰"], ui, failures);
        await CrawlAsync(world.Member,
        [
            "/", "/questions", "/questions/ask", world.QuestionUrl, $"/questions/{world.QuestionId}/suggest", $"/answers/{world.AnswerId}/edit",
            "/ideas", "/ideas/new", $"/ideas/{world.IdeaId}", "/products", world.ProductUrl, $"{world.ProductUrl}/review", "/rewards", "/spaces",
            $"/users/{world.MemberId}", $"/users/{world.AuthorId}", "/notifications", "/account/two-factor", "/search?q=이어폰", "/leaderboard", "/tags",
            "/account/preferences", "/messages",
        ], ui, failures);
        await CrawlAsync(world.Staff,
        [
            world.QuestionUrl, $"/questions/{world.QuestionId}/revisions", $"/ideas/{world.IdeaId}", world.ProductUrl, $"/users/{world.TargetId}",
            "/moderation/flags", "/moderation/review", "/moderation/edits", "/moderation/vote-fraud", "/moderation/audit", "/ideas/queue",
            "/products/manage", "/rewards/manage", "/spaces/manage", "/admin/members", "/admin/reputation",
            "/brand", "/brand/advocates", "/brand/lifecycle", "/brand/at-risk", "/brand/health", $"/brand/members/{world.TargetId}",
        ], ui, failures);
        // Last: the author's own edit pages (their forms include deleting the post).
        await CrawlAsync(world.Author, [$"/ideas/{world.IdeaId}/edit", $"/questions/{world.QuestionId}/edit"], ui, failures);

        Assert.True(failures.Count == 0, string.Join("\n", failures.Distinct()));
    }

    private static async Task CrawlAsync(HttpClient client, IEnumerable<string> pages, UiText ui, List<string> failures)
    {
        foreach (var page in pages)
        {
            var (forms, _, _) = await client.FormsOnAsync(page);
            for (var index = 0; index < forms.Count; index++)
            {
                if (IsSignOut(forms[index])) continue;
                foreach (var text in Texts)
                {
                    var response = await SubmitFilledAsync(client, page, index, text);
                    if (response is null) break; // the form is gone (e.g. the post it acted on was deleted)
                    var problem = await ProblemWithAsync(response, ui);
                    if (problem is not null)
                        failures.Add($"{forms[index].GetAttribute("action") ?? page} with \"{Shorten(text)}\": {problem}");
                }
            }
        }
    }

    /// <summary>Re-reads the page (the form may have changed since the last submission) and submits form number <paramref name="index"/>.</summary>
    private static async Task<HttpResponseMessage?> SubmitFilledAsync(HttpClient client, string page, int index, string text)
    {
        var current = await client.GetAsync(page);
        if (!current.IsSuccessStatusCode) return null;
        var (forms, _, _) = await client.FormsOnAsync(page);
        if (index >= forms.Count || IsSignOut(forms[index])) return null;
        var form = forms[index];
        foreach (var field in form.Elements)
        {
            switch (field)
            {
                case IHtmlTextAreaElement area: area.Value = AsTyped(text, area.MaxLength); break;
                case IHtmlInputElement input when input.Type is "text" or "search" or "email" or "url" or "password" or "tel" or "": input.Value = AsTyped(text, input.MaxLength); break;
            }
        }
        if (form.Method.Equals("get", StringComparison.OrdinalIgnoreCase))
        {
            var query = string.Join("&", PageForms.FieldsOf(form, null).Select(f => $"{Uri.EscapeDataString(f.Name)}={Uri.EscapeDataString(f.Value)}"));
            var action = string.IsNullOrEmpty(form.GetAttribute("action")) ? page.Split('?')[0] : form.GetAttribute("action")!;
            return await client.GetAsync($"{action}?{query}");
        }
        return await client.SubmitAsync(page, form, PageForms.SubmitButtons(form).FirstOrDefault());
    }

    private static async Task<string?> ProblemWithAsync(HttpResponseMessage response, UiText ui)
    {
        var status = (int)response.StatusCode;
        var html = await response.Content.ReadAsStringAsync();
        if (status >= 500) return $"{status}: {Shorten(html, 160)}";
        if (status is >= 400 and not (403 or 404))
        {
            var messages = PageForms.MessagesOn(html);
            if (messages.Length == 0 || WebUtility.HtmlDecode(html).Contains(ui["Error400"])) return $"{status} without a message on the page";
        }
        return null;
    }

    /// <summary>A browser stops typing at maxlength; a person cannot send more through the page.</summary>
    private static string AsTyped(string text, int maxLength) => maxLength > 0 && text.Length > maxLength ? text[..maxLength] : text;

    private static bool IsSignOut(IHtmlFormElement form) => (form.GetAttribute("action") ?? "").StartsWith("/account/logout", StringComparison.OrdinalIgnoreCase);

    private static string Shorten(string text, int length = 20) => text.Length <= length ? text.Replace("\0", "\\0") : text[..length].Replace("\0", "\\0") + "…";

    private sealed record World(HttpClient Member, HttpClient Author, HttpClient Staff, int MemberId, int AuthorId, int TargetId,
        int QuestionId, string QuestionUrl, int AnswerId, int IdeaId, string ProductUrl);

    private async Task<World> BuildWorldAsync(UiText ui)
    {
        var suffix = Guid.NewGuid().ToString("N")[..4];
        var staff = ui.Speak(await factory.AdminAsync());
        var author = ui.Speak(await factory.RegisterAsync($"크롤작성자{suffix}"));
        var member = ui.Speak(await factory.RegisterAsync($"크롤회원{suffix}"));
        await factory.RegisterAsync($"크롤대상{suffix}");
        var questionId = await author.AskAsync($"블루투스 이어폰 페어링이 안 돼요 {suffix}", "설정에서 기기를 지우고 다시 연결해도 목록에 나타나지 않아요. 어떻게 하나요?", "블루투스 페어링");
        var answerId = await member.AnswerAsync(questionId, "케이스 뒷면 버튼을 10초 눌러 초기화한 다음 다시 검색해 보세요.");
        var ideaResponse = await author.SubmitAsync("/ideas/new", ui["SubmitIdea"], ("Input.Title", $"앱에서 배터리 잔량을 퍼센트로 보여 주세요 {suffix}"),
            ("Input.Description", "지금은 막대 세 개로만 보여서 언제 충전해야 할지 알기 어려워요."));
        var productSlug = await factory.ProductAsync($"노이즈캔슬링 헤드폰 {suffix}", "조용한 출퇴근길");
        return new World(member, author, staff,
            await factory.MemberIdAsync($"크롤회원{suffix}"), await factory.MemberIdAsync($"크롤작성자{suffix}"), await factory.MemberIdAsync($"크롤대상{suffix}"),
            questionId, (await factory.WithDbAsync(db => db.Questions.Where(q => q.Id == questionId).Select(q => q.Slug).SingleAsync())) is var slug ? $"/questions/{questionId}/{Uri.EscapeDataString(slug)}" : "",
            answerId, Members.IdFrom(ideaResponse, "/ideas/"), $"/products/{Uri.EscapeDataString(productSlug)}");
    }
}
