using Community.Core.Search;

namespace Community.Tests.Core.Search;

public class SearchTermsTests
{
    [Fact]
    public void Query_syntax_becomes_plain_quoted_phrases()
    {
        var terms = SearchTerms.Parse("title:wifi OR NEAR( \"filter* -x");

        var match = SearchTerms.ToMatchExpression(terms.Where(SearchTerms.IsIndexable));

        Assert.Equal("\"title:wifi\" AND \"near(\" AND \"filter*\"", match);
    }

    [Fact]
    public void English_function_words_are_dropped_unless_they_are_all_the_query_has()
    {
        Assert.Equal(["can't", "reset", "필터", "what's"], SearchTerms.Parse("I can't reset the 필터 what's a s"));
        Assert.Equal(["to", "be", "or"], SearchTerms.Parse("To be or"));
        Assert.Equal(["앱", "꺼짐"], SearchTerms.Parse("앱 꺼짐"));
    }

    [Fact]
    public void Short_terms_become_quoted_prefix_queries_for_the_word_index()
    {
        Assert.False(SearchTerms.IsIndexable("고객"));
        Assert.Equal("\"고객\"* AND \"a\"\"\"*", SearchTerms.ToPrefixExpression(["고객", "a\""]));
    }

    [Fact]
    public void Highlighting_encodes_text_and_marks_matches()
    {
        var html = SearchSnippet.Highlight("<b>고객을</b> 위한 필터", ["고객"]);

        Assert.Equal("&lt;b&gt;<mark>고객</mark>을&lt;/b&gt; 위한 필터", html);
    }
}
