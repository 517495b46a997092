using System.Net;
using Community.Core.Spaces;
using Community.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Community.Tests.Web.Uploads;

/// <summary>
/// A picture follows the post that shows it: one in a private space is served only to those who may read the space
/// (anyone with the address used to get it), one in a public post to everyone and cacheably, one not in any post yet
/// only to its uploader.
/// </summary>
public class PrivateUploadTests(CommunityFactory factory) : IClassFixture<CommunityFactory>
{
    private readonly Scenario _scenario = new(factory);

    private static async Task<string> UploadAsync(HttpClient member)
    {
        var response = await member.UploadToEditorAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var url = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("url").GetString()!;
        Assert.StartsWith("/uploads/", url);
        return url;
    }

    private async Task<(HttpClient Client, int Id)> InsiderAsync(string name)
    {
        var client = await factory.RegisterAsync(name);
        var id = await factory.MemberIdAsync(name);
        var spaceId = await factory.WithDbAsync(db => db.Spaces.Where(s => s.Slug == "advisory-circle").Select(s => s.Id).SingleAsync());
        var displayName = await factory.WithDbAsync(db => db.Users.Where(u => u.Id == id).Select(u => u.DisplayName).SingleAsync());
        await _scenario.RunAsync<bool, ManageSpaces>(async spaces => { await spaces.AddMemberAsync(spaceId, displayName, id); return true; });
        return (client, id);
    }

    private static async Task<string> AskAsync(HttpClient member, string title, string body, string? spaceId = null)
    {
        var ui = UiText.For("ko");
        var fields = new List<(string, string)> { ("Input.Title", title), ("Input.Body", body), ("Input.Tags", "사진") };
        if (spaceId is not null) fields.Add(("Input.SpaceId", spaceId));
        var asked = await ui.Speak(member).SubmitAsync("/questions/ask", ui["PostYourQuestion"], [.. fields]);
        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        return asked.Headers.Location!.OriginalString;
    }

    private static async Task<HttpStatusCode> FetchAsync(HttpClient client, string url) => (await client.GetAsync(url)).StatusCode;

    [Fact]
    public async Task A_picture_in_a_private_space_reaches_its_members_and_staff_only()
    {
        var (author, _) = await InsiderAsync("사진 올린 내부자");
        var (fellow, _) = await InsiderAsync("같은 공간 회원");
        var outsider = await factory.RegisterAsync("공간 밖 회원");
        var admin = await factory.AdminAsync();
        var picture = await UploadAsync(author);
        var spaceId = await factory.WithDbAsync(db => db.Spaces.Where(s => s.Slug == "advisory-circle").Select(s => s.Id).SingleAsync());

        var questionUrl = await AskAsync(author, "자문단 전용 시제품 사진입니다", $"아직 공개하면 안 되는 시제품 사진입니다.\n\n![시제품]({picture})", spaceId.ToString());

        var page = await fellow.GetStringAsync(questionUrl);
        Assert.Contains(picture, page);
        var served = await fellow.GetAsync(picture);
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal("image/webp", served.Content.Headers.ContentType?.MediaType);
        Assert.True(served.Headers.CacheControl?.Private, "a private picture must stay out of shared caches");
        Assert.False(served.Headers.CacheControl?.Public);
        Assert.Equal(HttpStatusCode.OK, await FetchAsync(author, picture));
        Assert.Equal(HttpStatusCode.OK, await FetchAsync(admin, picture));
        Assert.Equal(HttpStatusCode.NotFound, await FetchAsync(outsider, picture));
        Assert.Equal(HttpStatusCode.NotFound, await FetchAsync(factory.Browser(), picture));
    }

    [Fact]
    public async Task A_picture_in_a_public_question_is_for_everyone_and_cacheable()
    {
        var author = await factory.RegisterAsync("공개 사진 회원");
        var picture = await UploadAsync(author);

        await AskAsync(author, "필터 교체 사진을 공유합니다", $"필터를 이렇게 교체했어요. 사진 참고하세요.\n\n![필터]({picture})");

        var served = await factory.Browser().GetAsync(picture);
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.True(served.Headers.CacheControl?.Public);
        Assert.Equal(TimeSpan.FromDays(365), served.Headers.CacheControl?.MaxAge);
    }

    [Fact]
    public async Task A_picture_not_in_any_post_yet_is_for_its_uploader_only()
    {
        var author = await factory.RegisterAsync("초안 쓰는 회원");
        var other = await factory.RegisterAsync("다른 회원");
        var picture = await UploadAsync(author);

        Assert.Equal(HttpStatusCode.OK, await FetchAsync(author, picture));
        Assert.Equal(HttpStatusCode.NotFound, await FetchAsync(other, picture));
        Assert.Equal(HttpStatusCode.NotFound, await FetchAsync(factory.Browser(), picture));
    }

    [Fact]
    public async Task Pasting_someone_elses_private_picture_into_a_public_post_does_not_publish_it()
    {
        var (author, _) = await InsiderAsync("비공개 사진 주인");
        var picture = await UploadAsync(author);
        var spaceId = await factory.WithDbAsync(db => db.Spaces.Where(s => s.Slug == "advisory-circle").Select(s => s.Id).SingleAsync());
        await AskAsync(author, "자문단에만 보여 줄 도면입니다", $"내부 검토용 도면입니다. 외부 공유 금지.\n\n![도면]({picture})", spaceId.ToString());
        var leaker = await factory.RegisterAsync("주소를 알게 된 회원");

        var publicQuestionUrl = await AskAsync(leaker, "어디서 본 사진인데 공개해 봅니다", $"주소만 알면 보일까요? 한번 붙여 봅니다.\n\n![유출]({picture})");

        Assert.Contains(picture, await factory.Browser().GetStringAsync(publicQuestionUrl));
        Assert.Equal(HttpStatusCode.NotFound, await FetchAsync(factory.Browser(), picture));
        Assert.Equal(HttpStatusCode.NotFound, await FetchAsync(leaker, picture));
    }

    [Fact]
    public async Task A_picture_in_a_question_held_for_review_stays_with_its_uploader_until_the_question_is_public()
    {
        using var holding = new HoldingFirstPosts();
        var author = await holding.RegisterAsync("첫 글 쓰는 회원");
        var picture = await UploadAsync(author);

        await AskAsync(author, "처음 올리는 질문에 사진을 붙였어요", $"첫 질문이라 검토를 기다립니다. 사진을 함께 올려요.\n\n![첫 사진]({picture})");

        Assert.True(await holding.WithDbAsync(db => db.Questions.IgnoreQueryFilters().AnyAsync(q => q.Title == "처음 올리는 질문에 사진을 붙였어요" && q.IsDeleted)), "the first post was not held");
        Assert.Equal(HttpStatusCode.NotFound, await FetchAsync(holding.Browser(), picture));
        Assert.Equal(HttpStatusCode.OK, await FetchAsync(author, picture));
    }

    /// <summary>A forum that holds a new member's first post for a moderator, as appsettings.json does.</summary>
    private sealed class HoldingFirstPosts : CommunityFactory
    {
        protected override bool HoldFirstPosts => true;
    }
}
