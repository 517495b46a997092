using Community.Web;

namespace Community.Tests.Web.Security;

public class LocalUrlTests
{
    [Theory]
    [InlineData("/questions")]
    [InlineData("/questions/1?x=1#a")]
    [InlineData("~/tags")]
    public void Local_paths_are_allowed(string url) => Assert.Equal(url, LocalUrl.OrHome(url));

    [Theory]
    [InlineData("https://evil.example")]
    [InlineData("//evil.example")]
    [InlineData("/\\evil.example")]
    [InlineData("\\\\evil.example")]
    [InlineData("javascript:alert(1)")]
    [InlineData("/\t/evil.example")]
    [InlineData("~//evil.example")]
    [InlineData("http:/evil.example")]
    [InlineData("")]
    public void Anything_else_goes_home(string url) => Assert.Equal("/", LocalUrl.OrHome(url));
}
