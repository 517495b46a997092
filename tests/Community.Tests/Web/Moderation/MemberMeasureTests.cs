using System.Net;
using Community.Core.Content;
using Community.Core.Voting;
using Community.Tests.Support;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;

namespace Community.Tests.Web.Moderation;

public class MemberMeasureTests(CommunityFactory factory) : IClassFixture<CommunityFactory>
{
    private static Task<HttpResponseMessage> MeasureAsync(HttpClient moderator, string handler, int memberId, params (string, string)[] fields) =>
        moderator.PostFormAsync($"/moderation/members?handler={handler}", [("memberId", memberId.ToString()), .. fields]);

    [Fact]
    public async Task A_warning_reaches_the_member_and_is_noted_on_the_profile_for_moderators()
    {
        var member = await factory.RegisterAsync("Warned member");
        var id = await factory.MemberIdAsync("Warned member");
        var moderator = await factory.AdminAsync();

        Assert.Equal(HttpStatusCode.Redirect, (await MeasureAsync(moderator, "Warn", id, ("reason", "Please keep it civil in the Wi-Fi thread."))).StatusCode);

        Assert.Contains("A moderator warned you: Please keep it civil in the Wi-Fi thread.", WebUtility.HtmlDecode(await member.GetStringAsync("/notifications")));
        Assert.Contains("Warning: Please keep it civil", WebUtility.HtmlDecode(await moderator.GetStringAsync($"/users/{id}")));
        Assert.DoesNotContain("Warning: Please keep it civil", WebUtility.HtmlDecode(await member.GetStringAsync($"/users/{id}")));
        Assert.Contains("member.warn", await moderator.GetStringAsync("/moderation/audit"));
    }

    [Fact]
    public async Task A_silenced_member_cannot_post_but_can_still_vote()
    {
        var author = await factory.RegisterAsync("Quiet author");
        var silenced = await factory.RegisterAsync("Silenced member");
        var questionId = await author.AskAsync("A question the silenced member can still vote on");
        var id = await factory.MemberIdAsync("Silenced member");
        await MeasureAsync(await factory.AdminAsync(), "Silence", id, ("hours", "24"), ("reason", "Cooling off after a flame war."));

        var ask = await silenced.PostFormAsync("/questions/ask", ("Input.Title", "Trying to post while silenced here"), ("Input.Body", "This body is long enough to be a valid question body."), ("Input.Tags", "wifi"), ("Input.SubmissionId", Guid.NewGuid().ToString()));
        var vote = await silenced.PostFormAsync($"/questions/{questionId}/votes/cast", ("Vote.Kind", "Question"), ("Vote.PostId", questionId.ToString()), ("Vote.Direction", "up"));

        Assert.Equal("/account/silenced", ask.Headers.Location!.OriginalString);
        var notice = await silenced.GetAsync("/account/silenced");
        Assert.Equal(HttpStatusCode.Forbidden, notice.StatusCode);
        Assert.Contains("A moderator paused your posting until", WebUtility.HtmlDecode(await notice.Content.ReadAsStringAsync()));
        Assert.False(await factory.WithDbAsync(db => db.Questions.AnyAsync(q => q.Title == "Trying to post while silenced here")));
        Assert.Equal(HttpStatusCode.Redirect, vote.StatusCode);
        Assert.Equal(1, await factory.WithDbAsync(db => db.Questions.Where(q => q.Id == questionId).Select(q => q.Score).SingleAsync()));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("ko")]
    public async Task A_silenced_member_cannot_edit_their_own_question_or_suggest_edits_either(string culture)
    {
        var ui = UiText.For(culture);
        var silenced = ui.Speak(await factory.RegisterAsync($"조용히 할 회원{culture}"));
        var author = ui.Speak(await factory.RegisterAsync($"다른 작성자{culture}"));
        var own = await silenced.AskAsync($"정수기 필터 교체 주기 질문입니다 {culture}");
        var others = await author.AskAsync($"로봇청소기 충전 문제 질문입니다 {culture}");
        var id = await factory.MemberIdAsync($"조용히 할 회원{culture}");
        await MeasureAsync(await factory.AdminAsync(), "Silence", id, ("hours", "24"), ("reason", "광고 링크를 반복해서 올렸습니다."));

        var edit = await silenced.SubmitAsync($"/questions/{own}/edit", ui["SaveEdits"], ("Input.Body", "광고 링크로 바꾼 본문입니다. 여기서 싸게 사세요!"));
        var suggestion = await silenced.SubmitAsync($"/questions/{others}/suggest", ui["SubmitEdit"], ("Body", "광고 링크로 바꾼 본문입니다. 여기서 싸게 사세요!"));

        Assert.Equal("/account/silenced", edit.Headers.Location!.OriginalString);
        Assert.Equal("/account/silenced", suggestion.Headers.Location!.OriginalString);
        Assert.False(await factory.WithDbAsync(db => db.Questions.AnyAsync(q => q.BodyMarkdown.Contains("싸게 사세요"))));
        Assert.False(await factory.WithDbAsync(db => db.SuggestedEdits.AnyAsync(e => e.BodyMarkdown.Contains("싸게 사세요"))));
    }

    [Fact]
    public async Task A_suspension_signs_the_member_out_at_once_closes_their_live_connection_and_blocks_sign_in()
    {
        var email = $"{Guid.NewGuid():N}@test.example";
        var member = factory.Browser();
        await member.PostFormAsync("/account/register", ("Input.Email", email), ("Input.DisplayName", $"Suspended {Guid.NewGuid():N}"[..18]), ("Input.Password", Members.Password));
        var id = await factory.WithDbAsync(db => db.Users.Where(m => m.Email == email).Select(m => m.Id).SingleAsync());
        await using var live = factory.HubConnection(member);
        var closed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        live.Closed += _ => { closed.TrySetResult(); return Task.CompletedTask; };
        await live.StartAsync();

        await MeasureAsync(await factory.AdminAsync(), "Suspend", id, ("days", "7"), ("reason", "Repeated abuse after warnings."));

        await closed.Task.WaitAsync(TimeSpan.FromSeconds(15));
        var next = await member.GetAsync("/notifications");
        Assert.Equal("/account/login?suspended=true", next.Headers.Location!.OriginalString);
        var again = await factory.Browser().PostFormAsync("/account/login", ("Input.Email", email), ("Input.Password", Members.Password));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Null(again.Headers.Location);
    }

    [Fact]
    public async Task Deleting_a_spammer_hides_their_posts_withdraws_their_votes_and_suspends_them()
    {
        var scenario = new Scenario(factory);
        var victim = await scenario.MemberAsync("Spam victim");
        var spammer = await scenario.MemberAsync("Spam account", reputation: 200);
        var victimQuestion = await scenario.AskAsync(victim);
        await scenario.VoteAsync(PostKind.Question, victimQuestion, VoteDirection.Up, spammer);
        var spamQuestion = await scenario.AskAsync(spammer);
        Assert.Equal(11, (await scenario.BalancesAsync(victim)).Reputation);

        var response = await MeasureAsync(await factory.AdminAsync(), "Spammer", spammer);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(1, (await scenario.BalancesAsync(victim)).Reputation);
        Assert.Equal(0, await factory.WithDbAsync(db => db.Questions.Where(q => q.Id == victimQuestion).Select(q => q.Score).SingleAsync()));
        Assert.Equal(HttpStatusCode.NotFound, (await factory.Browser().GetAsync($"/questions/{spamQuestion}")).StatusCode);
        Assert.NotNull(await factory.WithDbAsync(db => db.Users.Where(m => m.Id == spammer).Select(m => m.SuspendedUntil).SingleAsync()));
    }

    [Fact]
    public async Task Staff_cannot_be_suspended_and_members_cannot_take_measures()
    {
        var moderator = await factory.AdminAsync();
        var adminId = await factory.WithDbAsync(db => db.Users.Where(m => m.Email == "admin@test.example").Select(m => m.Id).SingleAsync());
        var member = await factory.RegisterAsync("Measure outsider");
        var memberId = await factory.MemberIdAsync("Measure outsider");

        var staff = await MeasureAsync(moderator, "Suspend", adminId, ("days", "1"), ("reason", "Testing staff protection."));
        var forged = await MeasureAsync(member, "Suspend", memberId, ("days", "1"), ("reason", "Suspending myself."));

        Assert.Contains("Staff members cannot be silenced or suspended here.", WebUtility.HtmlDecode(await staff.Content.ReadAsStringAsync()));
        Assert.Contains("/account/access-denied", forged.Headers.Location!.ToString());
    }

    /// <summary>Silence is a Core rule: whatever calls a publishing use case (a page, the hub, a future API) is refused.</summary>
    [Fact]
    public async Task Every_publishing_use_case_refuses_a_silenced_member_whoever_calls_it()
    {
        var scenario = new Scenario(factory);
        await factory.RegisterAsync("Core silenced member");
        var author = await factory.RegisterAsync("Core silence author");
        var id = await factory.MemberIdAsync("Core silenced member");
        var authorId = await factory.MemberIdAsync("Core silence author");
        var questionId = await author.AskAsync("조용해진 회원이 답할 수 없는 질문입니다");
        await scenario.GivePointsAsync(id, 100);
        await MeasureAsync(await factory.AdminAsync(), "Silence", id, ("hours", "24"), ("reason", "잠시 쉬어 가세요."));
        var ideaId = (await scenario.RunAsync<Community.Core.Ideas.Idea, Community.Core.Ideas.SubmitIdea>(submit =>
            submit.ExecuteAsync(new("필터 교체 알림을 앱에서 받고 싶어요", "필터 교체 시기가 되면 앱 푸시로 알려 주면 좋겠습니다. 매번 잊어버려요.", null, Guid.NewGuid()), authorId))).Id;
        var slug = await factory.ProductAsync("조용한 공기청정기");
        var productId = await factory.WithDbAsync(db => db.Products.Where(p => p.Slug == slug).Select(p => p.Id).SingleAsync());

        var refusals = new List<string>();
        async Task Refused<T>(Func<T, Task> write) where T : notnull
        {
            var refusal = await Assert.ThrowsAsync<Community.Core.DomainException>(() => scenario.RunAsync<int, T>(async use => { await write(use); return 0; }));
            refusals.Add(refusal.MessageKey);
        }
        await Refused<Community.Core.Questions.AskQuestion>(ask => ask.ExecuteAsync(new("조용한 회원이 올리려는 질문 제목", "조용해진 회원이 올리려는 질문 본문입니다. 충분히 길어요.", "필터", null, Guid.NewGuid()), id));
        await Refused<Community.Core.Questions.PostAnswer>(post => post.ExecuteAsync(questionId, "조용해진 회원이 올리려는 답변입니다. 충분히 깁니다.", Guid.NewGuid(), id));
        await Refused<Community.Core.Questions.PostComment>(comment => comment.ExecuteAsync(questionId, null, "조용해진 회원의 댓글", id));
        await Refused<Community.Core.Ideas.SubmitIdea>(submit => submit.ExecuteAsync(new("조용한 회원의 아이디어 제목", "조용해진 회원이 올리려는 아이디어 설명입니다. 충분히 길어요.", null, Guid.NewGuid()), id));
        await Refused<Community.Core.Ideas.CommentOnIdea>(comment => comment.ExecuteAsync(ideaId, "조용해진 회원의 아이디어 댓글", id, false));
        await Refused<Community.Core.Reviews.WriteReview>(review => review.ExecuteAsync(productId, new(5, "조용한 회원의 리뷰 제목", "조용해진 회원이 쓰려는 리뷰 본문입니다. 충분히 길어요.", null, null), id));

        Assert.All(refusals, key => Assert.Equal("PostingPausedUntil", key));
        Assert.False(await factory.WithDbAsync(db => db.Answers.AnyAsync(a => a.AuthorId == id)));
    }
}
