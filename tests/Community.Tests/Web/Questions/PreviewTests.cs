using System.Net;
using Community.Tests.Support;

namespace Community.Tests.Web.Questions;

public class PreviewTests(CommunityFactory factory) : IClassFixture<CommunityFactory>
{
    [Fact]
    public async Task The_preview_is_the_sanitised_html_a_post_would_store()
    {
        var member = await factory.RegisterAsync("Previewer");

        var response = await member.PostFormAsync("/markdown/preview", ("markdown", "**bold** [x](javascript:alert(1)) <script>alert(1)</script>"));

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<strong>bold</strong>", html);
        Assert.DoesNotContain("javascript:", html);
        Assert.DoesNotContain("<script", html);
    }

    [Fact]
    public async Task A_nesting_bomb_preview_gets_the_reason_not_an_error_page()
    {
        var member = await factory.RegisterAsync("Preview bomber");

        var response = await member.PostFormAsync("/markdown/preview", ("markdown", new string('[', 5000)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("nested too deeply", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Anonymous_or_tokenless_previews_are_refused()
    {
        var anonymous = await factory.Browser().PostFormAsync("/markdown/preview", ("markdown", "hello"));
        var member = await factory.RegisterAsync("Tokenless");
        var tokenless = await member.PostFormWithoutTokenAsync("/markdown/preview", ("markdown", "hello"));

        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, tokenless.StatusCode);
    }
}
