using System.Net;
using AngleSharp.Html.Parser;
using Community.Tests.Support;
using Community.Tests.Web.Reputation;
using Microsoft.EntityFrameworkCore;

namespace Community.Tests.Web.Questions;

/// <summary>
/// Plain members share one rendering of a question and its answers (Performance/SharedThreadCache). Each reader must
/// still see the page as their own: their votes, their language, their comment rights, a form token that is theirs and
/// works; the asker and answerers their own controls; and a change shows at once to someone who read it before.
/// Every test first has another member read the page, so the reader after them is served the shared copy.
/// </summary>
public class SharedThreadTests(DefaultRulesFactory factory) : IClassFixture<DefaultRulesFactory>
{
    private static string Unique(string title) => $"{title} {Guid.NewGuid().ToString("N")[..4]}";

    private async Task<HttpClient> MemberAsync(UiText ui, string name, int reputation)
    {
        var client = ui.Speak(await factory.RegisterAsync(name));
        var id = await factory.MemberIdAsync(name);
        await factory.WithDbAsync(db => db.Users.Where(m => m.Id == id).ExecuteUpdateAsync(s => s.SetProperty(m => m.Reputation, reputation)));
        return client;
    }

    private static IEnumerable<string> Tokens(string html) =>
        new HtmlParser().ParseDocument(html).QuerySelectorAll("input[name=__RequestVerificationToken]").Select(i => i.GetAttribute("value")!);

    private static string? Pressed(string html, string voteBox, string direction) =>
        new HtmlParser().ParseDocument(html).QuerySelector($"[data-vote-box='{voteBox}'] button[data-direction={direction}]")?.GetAttribute("aria-pressed");

    private static string? Score(string html, string voteBox) =>
        new HtmlParser().ParseDocument(html).QuerySelector($"[data-score-for='{voteBox}']")?.TextContent.Trim();

    [Theory]
    [InlineData("en")]
    [InlineData("ko")]
    public async Task Each_reader_of_a_shared_thread_gets_their_own_token_and_votes_and_their_vote_counts(string culture)
    {
        var ui = UiText.For(culture);
        var asker = await MemberAsync(ui, $"한서준{culture}", 1);
        var first = await MemberAsync(ui, $"이도현{culture}", 100);
        var second = await MemberAsync(ui, $"김나래{culture}", 100);
        var third = await MemberAsync(ui, $"조은우{culture}", 100);
        var questionId = await asker.AskAsync(Unique("세탁기 탈수 소음이 너무 커요"), "탈수할 때마다 쿵쿵 소리가 나고 세탁기가 움직입니다. 수평을 다시 맞춰야 할까요?", "세탁기 소음");
        var box = $"question-{questionId}";

        // The first reader votes through their page and sees it pressed; the second reads the thread without their vote.
        var voted = await first.SubmitAsync($"/questions/{questionId}", ui["Upvote"]);
        var (_, firstPage, _) = await first.FollowAsync(voted);
        Assert.Equal("true", Pressed(firstPage, box, "up"));
        Assert.Equal("1", Score(firstPage, box));
        var (_, secondPage, _) = await second.FormsOnAsync($"/questions/{questionId}");
        Assert.Equal("false", Pressed(secondPage, box, "up"));
        Assert.Equal("1", Score(secondPage, box));

        // The third is served what the second's visit rendered: with the third's own token, which their vote proves.
        var (_, thirdPage, _) = await third.FormsOnAsync($"/questions/{questionId}");
        Assert.Empty(Tokens(thirdPage).Intersect(Tokens(secondPage).Concat(Tokens(firstPage))));
        Assert.Single(Tokens(thirdPage).Distinct());
        var thirdVote = await third.SubmitAsync($"/questions/{questionId}", ui["Upvote"]);
        var (status, afterVote, _) = await third.FollowAsync(thirdVote);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("2", Score(afterVote, box));
        Assert.Equal("true", Pressed(afterVote, box, "up"));
        var (_, firstAgain, _) = await first.FormsOnAsync($"/questions/{questionId}");
        Assert.Equal("true", Pressed(firstAgain, box, "up"));
        Assert.Equal("2", Score(firstAgain, box));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("ko")]
    public async Task The_asker_and_an_answerer_keep_their_own_controls_after_others_read_the_thread(string culture)
    {
        var ui = UiText.For(culture);
        var asker = await MemberAsync(ui, $"오지민{culture}", 1);
        var answerer = await MemberAsync(ui, $"장하은{culture}", 1);
        var reader = await MemberAsync(ui, $"문태오{culture}", 100);
        var questionId = await asker.AskAsync(Unique("에어컨 필터 청소 알림이 꺼지지 않아요"), "필터를 청소하고 리셋 버튼을 눌렀는데도 알림이 계속 켜져 있습니다.", "에어컨 필터");
        var answerId = await answerer.AnswerAsync(questionId, "리모컨의 필터 버튼을 3초간 길게 누르면 알림이 초기화됩니다.");

        var (_, read, _) = await reader.FormsOnAsync($"/questions/{questionId}");
        Assert.DoesNotContain($"/answers/{answerId}/edit", read);
        Assert.DoesNotContain(ui["AcceptThisAnswer"], WebUtility.HtmlDecode(read));
        Assert.Contains($"/answers/{answerId}/suggest", read);

        var (_, asked, _) = await asker.FormsOnAsync($"/questions/{questionId}");
        Assert.Contains(ui["AcceptThisAnswer"], WebUtility.HtmlDecode(asked));
        Assert.Contains($"/questions/{questionId}/edit", asked);
        var (_, answered, _) = await answerer.FormsOnAsync($"/questions/{questionId}");
        Assert.Contains($"/answers/{answerId}/edit", answered);
        Assert.DoesNotContain($"/answers/{answerId}/suggest", answered);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("ko")]
    public async Task A_reader_sees_an_answer_and_a_comment_posted_after_they_last_read_the_thread(string culture)
    {
        var ui = UiText.For(culture);
        var asker = await MemberAsync(ui, $"배수민{culture}", 100);
        var answerer = await MemberAsync(ui, $"신예준{culture}", 100);
        var reader = await MemberAsync(ui, $"권가은{culture}", 100);
        var questionId = await asker.AskAsync(Unique("냉장고 문이 제대로 닫히지 않아요"), "문을 닫아도 살짝 열려 있어서 냉기가 새는 것 같습니다.", "냉장고 도어");
        var (_, before, _) = await reader.FormsOnAsync($"/questions/{questionId}");
        Assert.Equal(ui.Plural("AnswersHeading", 0), new HtmlParser().ParseDocument(before).QuerySelector("#answers-heading")!.TextContent.Trim());

        await answerer.AnswerAsync(questionId, "냉장고 앞쪽 다리를 조금 높이면 문이 저절로 닫힙니다.");
        var commented = await asker.SubmitAsync($"/questions/{questionId}", ui["AddComment"], ("Comment.Body", "다리 높이는 어느 쪽으로 돌려야 하나요?"));
        Assert.Equal(HttpStatusCode.Redirect, commented.StatusCode);

        var (_, after, _) = await reader.FormsOnAsync($"/questions/{questionId}");
        Assert.Contains("냉장고 앞쪽 다리를 조금 높이면 문이 저절로 닫힙니다.", after);
        Assert.Contains("다리 높이는 어느 쪽으로 돌려야 하나요?", after);
        Assert.Equal(ui.Plural("AnswersHeading", 1), new HtmlParser().ParseDocument(after).QuerySelector("#answers-heading")!.TextContent.Trim());
    }

    [Fact]
    public async Task Readers_in_each_language_and_with_each_comment_right_get_their_own_page()
    {
        var en = UiText.For("en");
        var ko = UiText.For("ko");
        var asker = await MemberAsync(ko, "유채원", 1);
        var questionId = await asker.AskAsync(Unique("무선 이어폰 한쪽만 연결돼요"), "케이스에서 꺼내면 오른쪽만 소리가 나고 왼쪽은 연결이 안 됩니다.", "이어폰 연결");
        var english = await MemberAsync(en, "황민재", 100);
        var korean = await MemberAsync(ko, "서지호", 100);
        var newcomer = await MemberAsync(ko, "남궁별", 1);

        var (_, englishPage, _) = await english.FormsOnAsync($"/questions/{questionId}");
        Assert.Contains(en["SuggestEdit"], englishPage);
        var (koreanForms, koreanPage, _) = await korean.FormsOnAsync($"/questions/{questionId}");
        Assert.Contains(ko["SuggestEdit"], koreanPage);
        Assert.DoesNotContain(en["SuggestEdit"], koreanPage);
        Assert.Contains(koreanForms, f => PageForms.SubmitButtons(f).Any(b => PageForms.ButtonText(b) == ko["AddComment"]));

        // Below the comment privilege (50 by default) the same page says what unlocks it instead of offering the form.
        var (newcomerForms, newcomerPage, _) = await newcomer.FormsOnAsync($"/questions/{questionId}");
        Assert.DoesNotContain(newcomerForms, f => PageForms.SubmitButtons(f).Any(b => PageForms.ButtonText(b) == ko["AddComment"]));
        Assert.Contains(ko["CommentUnlocksAt", 50], WebUtility.HtmlDecode(newcomerPage));
    }
}
