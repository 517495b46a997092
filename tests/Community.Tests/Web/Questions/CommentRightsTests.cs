using System.Net;
using Community.Tests.Support;
using Community.Tests.Web.Reputation;
using Microsoft.EntityFrameworkCore;

namespace Community.Tests.Web.Questions;

/// <summary>
/// The comment form is offered only where a comment would be taken (default thresholds: 50 reputation to comment
/// on other members' posts); elsewhere the member reads what unlocks it instead of a form that answers with a refusal.
/// </summary>
public class CommentRightsTests(DefaultRulesFactory factory) : IClassFixture<DefaultRulesFactory>
{
    private static string Unique(string title) => $"{title} {Guid.NewGuid().ToString("N")[..4]}";

    [Theory]
    [InlineData("en")]
    [InlineData("ko")]
    public async Task A_new_member_reads_what_unlocks_commenting_and_gets_the_form_on_their_own_posts(string culture)
    {
        var ui = UiText.For(culture);
        var asker = ui.Speak(await factory.RegisterAsync("박지훈"));
        var newcomer = ui.Speak(await factory.RegisterAsync("최유나"));
        var questionId = await asker.AskAsync(Unique("공기청정기 필터 교체 주기가 궁금합니다"), "거실에서 하루 종일 켜 두는데 필터는 몇 달마다 바꿔야 하나요?", "공기청정기 필터");
        var answerId = await newcomer.AnswerAsync(questionId, "저는 6개월마다 바꾸고 있어요. 앱에서 필터 수명도 확인할 수 있습니다.");

        var (forms, html, _) = await newcomer.FormsOnAsync($"/questions/{questionId}");
        var commentForms = forms.Where(f => PageForms.SubmitButtons(f).Any(b => PageForms.ButtonText(b) == ui["AddComment"])).ToList();
        // Only under the newcomer's own answer; the question (someone else's) says what unlocks it.
        var own = Assert.Single(commentForms);
        Assert.Contains(own.Elements, e => e.GetAttribute("name") == "Comment.AnswerId" && e.GetAttribute("value") == answerId.ToString());
        Assert.Contains(ui["CommentUnlocksAt", 50], WebUtility.HtmlDecode(html));

        var asked = await asker.FormsOnAsync($"/questions/{questionId}");
        Assert.Equal(2, asked.Forms.Count(f => PageForms.SubmitButtons(f).Any(b => PageForms.ButtonText(b) == ui["AddComment"])));
        Assert.DoesNotContain(ui["CommentUnlocksAt", 50], WebUtility.HtmlDecode(asked.Html));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("ko")]
    public async Task Once_the_privilege_is_earned_every_post_takes_a_comment_from_its_form(string culture)
    {
        var ui = UiText.For(culture);
        var asker = ui.Speak(await factory.RegisterAsync("정하늘"));
        var regular = ui.Speak(await factory.RegisterAsync($"강도윤{culture}"));
        var questionId = await asker.AskAsync(Unique("로봇청소기가 충전대를 못 찾아요"), "충전대 위치를 바꾼 뒤로 청소가 끝나면 거실 한가운데서 멈춥니다.", "로봇청소기 충전");
        var regularId = await factory.MemberIdAsync($"강도윤{culture}");
        await factory.WithDbAsync(db => db.Users.Where(m => m.Id == regularId).ExecuteUpdateAsync(s => s.SetProperty(m => m.Reputation, 60)));

        var commented = await regular.SubmitAsync($"/questions/{questionId}", ui["AddComment"], ("Comment.Body", "충전대 주변 1미터를 비워 두셨나요?"));
        var (status, html, _) = await regular.FollowAsync(commented);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("충전대 주변 1미터를 비워 두셨나요?", html);
        Assert.DoesNotContain(ui["CommentUnlocksAt", 50], WebUtility.HtmlDecode(html));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("ko")]
    public async Task A_locked_question_offers_no_comment_form_even_to_its_asker(string culture)
    {
        var ui = UiText.For(culture);
        var asker = ui.Speak(await factory.RegisterAsync("윤서아"));
        var questionId = await asker.AskAsync(Unique("정수기 물맛이 갑자기 변했어요"), "어제부터 물에서 약간 쇠 맛이 납니다. 필터 문제일까요?", "정수기 필터");
        await factory.WithDbAsync(db => db.Questions.Where(q => q.Id == questionId).ExecuteUpdateAsync(s => s.SetProperty(q => q.LockedAt, DateTime.UtcNow)));

        var (forms, html, _) = await asker.FormsOnAsync($"/questions/{questionId}");
        Assert.DoesNotContain(forms, f => PageForms.SubmitButtons(f).Any(b => PageForms.ButtonText(b) == ui["AddComment"]));
        Assert.Contains(ui["QuestionLockedNotice"], WebUtility.HtmlDecode(html));
    }
}
