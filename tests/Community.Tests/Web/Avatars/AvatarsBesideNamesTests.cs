using System.Text.RegularExpressions;
using Community.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Community.Tests.Web.Avatars;

/// <summary>Faces where people look: a member's picture (or initial on their colour) beside their name in lists, on posts and on their profile.</summary>
public class AvatarsBesideNamesTests(CommunityFactory factory) : IClassFixture<CommunityFactory>
{
    [Fact]
    public async Task Askers_and_answerers_show_their_picture_or_initial_beside_their_name()
    {
        var asker = await factory.RegisterAsync("김민지 아바타");
        var askerId = await factory.MemberIdAsync("김민지 아바타");
        var helper = await factory.RegisterAsync("이서준 아바타");
        var helperId = await factory.MemberIdAsync("이서준 아바타");
        var ui = UiText.For("ko");
        ui.Speak(helper);
        var uploaded = await helper.SubmitFileAsync($"/users/{helperId}", ui["UploadAvatar"], "avatar", "내 사진.png", TestImages.Png(96, 96));
        Assert.True(uploaded.IsSuccessStatusCode || (int)uploaded.StatusCode == 302, uploaded.StatusCode.ToString());
        var picture = await factory.WithDbAsync(db => db.Users.Where(m => m.Id == helperId).Select(m => m.AvatarId).SingleAsync());
        Assert.NotNull(picture);
        var title = $"거실 공기청정기 필터 교체 주기가 궁금해요 {Guid.NewGuid():N}"[..40];
        var questionId = await asker.AskAsync(title);
        await helper.AnswerAsync(questionId, "저는 6개월마다 바꾸고 있어요. 앱에서 필터 수명도 초기화하세요.");

        var visitor = factory.Browser();
        var list = await visitor.GetStringAsync("/questions");
        var row = list[list.IndexOf(title, StringComparison.Ordinal)..];
        Assert.Matches(new Regex($"""<span class="avatar avatar-20 avatar-hue-{askerId % 8}" aria-hidden="true">김</span> <a href="/users/{askerId}" data-user-card="{askerId}">김민지 아바타[^<]*</a>"""), row);

        var (_, page, _) = await visitor.FollowAsync(await visitor.GetAsync($"/questions/{questionId}"));
        Assert.Matches(new Regex($"""<img class="avatar avatar-24" src="/uploads/{picture}" alt="" width="24" height="24" loading="lazy" /> <a href="/users/{helperId}" data-user-card="{helperId}">이서준 아바타[^<]*</a>"""), page);
        Assert.Matches(new Regex($"""<span class="avatar avatar-24 avatar-hue-{askerId % 8}" aria-hidden="true">김</span> <a href="/users/{askerId}" data-user-card="{askerId}">김민지 아바타[^<]*</a>"""), page);
        Assert.Contains($"""<span class="avatar avatar-72 avatar-hue-{askerId % 8}" aria-hidden="true">김</span>""", await visitor.GetStringAsync($"/users/{askerId}"));
    }

    [Fact]
    public async Task A_members_card_shows_their_level_reputation_where_they_help_and_badges_in_the_readers_language()
    {
        var scenario = new Scenario(factory);
        var helperId = await scenario.MemberAsync("카드 도우미 박지훈", reputation: 1200);
        var askerId = await scenario.MemberAsync("카드 질문자");
        var questionId = await scenario.RunAsync<int, Community.Core.Questions.AskQuestion>(async ask => (await ask.ExecuteAsync(
            new Community.Core.Questions.AskQuestionInput("로봇청소기가 카펫에서 자꾸 멈춰요 어떻게 하죠", "카펫 모드를 켜도 같은 증상이 반복됩니다. 방법이 있을까요?", "로봇청소기 카펫", null, Guid.NewGuid()), askerId)).Id);
        await scenario.AnswerAsync(questionId, helperId);

        var korean = UiText.For("ko").Speak(factory.Browser());
        var card = await korean.GetStringAsync($"/users/{helperId}/card");

        Assert.Contains("카드 도우미 박지훈", card);
        Assert.Contains("1,200", card);
        Assert.Contains(UiText.For("ko")["TopTags"], card);
        Assert.Contains("<span class=\"tag me-1\">로봇청소기</span>", card);
        Assert.Contains(UiText.For("ko")["Badges"], card);   // the first answer's badge
        Assert.DoesNotContain("<html", card);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await korean.GetAsync("/users/999999/card")).StatusCode);
    }
    [Fact]
    public async Task Idea_authors_commenters_and_reviewers_show_their_face_beside_their_name()
    {
        var scenario = new Scenario(factory);
        var authorId = await scenario.MemberAsync("한별 아이디어", reputation: 200);
        var reviewerId = await scenario.MemberAsync("도윤 리뷰어");
        var slug = $"face-{Guid.NewGuid():N}"[..14];
        var staffId = await scenario.MemberAsync("제품 담당");
        var productId = await scenario.RunAsync<int, Community.Core.Products.ManageProducts>(async manage =>
            (await manage.SaveAsync(null, new Community.Core.Products.ProductInput("하늘 가습기", slug, "조용한 가습기", "공기", null), staffId)).Id);
        var title = $"가습기 물통에 남은 물 양을 앱에서 보여 주세요 {Guid.NewGuid():N}"[..36];
        var ideaId = await scenario.RunAsync<int, Community.Core.Ideas.SubmitIdea>(async submit => (await submit.ExecuteAsync(
            new Community.Core.Ideas.IdeaInput(title, "물통을 열어 보지 않아도 남은 물 양을 알 수 있으면 좋겠어요. 알림도 함께 주시면 더 좋고요.", productId, Guid.NewGuid()), authorId)).Id);
        await scenario.RunAsync<int, Community.Core.Reviews.WriteReview>(async write => (await write.ExecuteAsync(productId,
            new Community.Core.Reviews.ReviewInput(4, "조용하고 좋아요", "밤새 틀어도 소리가 거의 안 나요. 물통 세척이 조금 불편합니다.", "조용함", "세척"), reviewerId)).Id);
        var visitor = UiText.For("ko").Speak(factory.Browser());

        string Face(int id, string initial, int size) =>
            $"""<span class="avatar avatar-{size} avatar-hue-{id % 8}" aria-hidden="true">{initial}</span> <a href="/users/{id}" data-user-card="{id}">""";
        var list = await visitor.GetStringAsync("/ideas?sort=newest");
        Assert.Contains(Face(authorId, "한", 20), list[list.IndexOf(title, StringComparison.Ordinal)..]);
        Assert.Contains(Face(authorId, "한", 24), await visitor.GetStringAsync($"/ideas/{ideaId}"));
        Assert.Contains(Face(reviewerId, "도", 20), await visitor.GetStringAsync($"/products/{slug}"));
    }
}
