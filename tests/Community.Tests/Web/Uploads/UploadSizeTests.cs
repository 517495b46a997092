using System.Net;
using Community.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Community.Tests.Web.Uploads;

/// <summary>An oversized upload is stopped before it is read and the person is told the limit (the ignored [RequestSizeLimit] let 30 MB through).</summary>
public class UploadSizeTests(CommunityFactory factory) : IClassFixture<CommunityFactory>
{
    [Theory]
    [InlineData("en")]
    [InlineData("ko")]
    public async Task A_picture_over_the_limit_is_refused_with_the_limit_and_nothing_changes(string culture)
    {
        var ui = UiText.For(culture);
        var member = ui.Speak(await factory.RegisterAsync($"사진 올리는 회원{culture}"));
        var id = await factory.MemberIdAsync($"사진 올리는 회원{culture}");
        var sevenMegabytes = new byte[7 * 1024 * 1024];
        TestImages.Png().CopyTo(sevenMegabytes, 0);

        var response = await member.SubmitFileAsync($"/users/{id}", ui["UploadAvatar"], "avatar", "큰 사진.png", sevenMegabytes);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains(ui["UploadRequestTooLarge", 4], WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        Assert.Null(await factory.WithDbAsync(db => db.Users.Where(m => m.Id == id).Select(m => m.AvatarId).SingleAsync()));

        var fine = await member.SubmitFileAsync($"/users/{id}", ui["UploadAvatar"], "avatar", "작은 사진.png", TestImages.Png());
        Assert.Equal(HttpStatusCode.Redirect, fine.StatusCode);
        Assert.NotNull(await factory.WithDbAsync(db => db.Users.Where(m => m.Id == id).Select(m => m.AvatarId).SingleAsync()));
    }
}
