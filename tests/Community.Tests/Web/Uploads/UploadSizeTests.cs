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

    [Fact]
    public async Task An_editor_upload_over_the_limit_or_malformed_gets_a_clear_refusal_not_a_server_error()
    {
        var member = await factory.RegisterAsync("붙여넣는 회원");
        var before = await factory.WithDbAsync(db => db.Uploads.CountAsync());
        var big = new byte[7 * 1024 * 1024];
        TestImages.Png().CopyTo(big, 0);

        var tooLarge = await member.UploadToEditorAsync(new MultipartFormDataContent { { new ByteArrayContent(big), "image", "큰 사진.png" } });
        var malformed = new StringContent("--abc\r\nContent-Disposition: form-data; name=\"image\"; filename=\"a.png\"\r\n\r\n\u0089PNG never ends");
        malformed.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse("multipart/form-data; boundary=abc");
        var broken = await member.UploadToEditorAsync(malformed);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.StatusCode);
        Assert.Contains("Images are at most 4 MB.", await tooLarge.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
        Assert.Contains("arrived incomplete or malformed", await broken.Content.ReadAsStringAsync());
        Assert.Equal(before, await factory.WithDbAsync(db => db.Uploads.CountAsync()));
    }
}
