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
        Assert.Matches(new Regex($"""<span class="avatar avatar-20 avatar-hue-{askerId % 8}" aria-hidden="true">김</span> <a href="/users/{askerId}">김민지 아바타[^<]*</a>"""), row);

        var (_, page, _) = await visitor.FollowAsync(await visitor.GetAsync($"/questions/{questionId}"));
        Assert.Matches(new Regex($"""<img class="avatar avatar-24" src="/uploads/{picture}" alt="" width="24" height="24" loading="lazy" /> <a href="/users/{helperId}">이서준 아바타[^<]*</a>"""), page);
        Assert.Matches(new Regex($"""<span class="avatar avatar-24 avatar-hue-{askerId % 8}" aria-hidden="true">김</span> <a href="/users/{askerId}">김민지 아바타[^<]*</a>"""), page);
        Assert.Contains($"""<span class="avatar avatar-72 avatar-hue-{askerId % 8}" aria-hidden="true">김</span>""", await visitor.GetStringAsync($"/users/{askerId}"));
    }
}
