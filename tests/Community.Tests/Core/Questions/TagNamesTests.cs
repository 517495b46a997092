using Community.Core.Tags;

namespace Community.Tests.Core.Questions;

public class TagNamesTests
{
    [Fact]
    public void Tags_split_on_spaces_and_commas_are_lower_cased_and_distinct()
    {
        Assert.Equal(["wifi", "필터", "app-login"], TagNames.Parse("WiFi, 필터  app-login wifi", out _));
    }

    [Theory]
    [InlineData("", "TagsCount")]
    [InlineData("a b c d e f", "TagsCount")]
    [InlineData("<script>", "TagsCharacters")]
    [InlineData("-leading", "TagsCharacters")]
    public void Bad_tag_input_is_refused_with_a_reason(string raw, string expected)
    {
        Assert.Null(TagNames.Parse(raw, out var error));
        Assert.Equal(expected, error);
    }
}
