using Community.Core;
using System.Text.RegularExpressions;
using Community.Core.Content;

namespace Community.Tests.Core.Content;

public class MarkdownRendererTests
{
    private readonly MarkdownRenderer _renderer = new();

    [Theory]
    [InlineData("[x](javascript:alert(1))")]
    [InlineData("[x](JaVaScRiPt:alert(1))")]
    [InlineData("[x](  javascript:alert(1))")]
    [InlineData("[x](java&#x09;script:alert(1))")]
    [InlineData("[x](&#106;avascript:alert(1))")]
    [InlineData("[x][ref]\n\n[ref]: javascript:alert(1)")]
    [InlineData("<javascript:alert(1)>")]
    [InlineData("[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)")]
    [InlineData("![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)")]
    [InlineData("[x](vbscript:msgbox(1))")]
    public void Dangerous_link_schemes_never_reach_an_href_or_src(string markdown)
    {
        var html = _renderer.Render(markdown).Html;

        var targets = Regex.Matches(html, "(?:href|src)=\"([^\"]*)\"").Select(m => m.Groups[1].Value.Trim().ToLowerInvariant());
        Assert.All(targets, target => Assert.Matches("^(https?:|mailto:|/|#)", target));
    }

    [Theory]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<svg onload=alert(1)>")]
    [InlineData("<iframe src=\"https://evil.example\"></iframe>")]
    [InlineData("<a href=\"https://x.example\" onclick=\"alert(1)\">x</a>")]
    [InlineData("<style>body{display:none}</style>")]
    [InlineData("<form action=\"https://evil.example\"><input name=p></form>")]
    [InlineData("<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>")]
    public void Raw_html_is_shown_as_text_never_as_markup(string markdown)
    {
        var html = _renderer.Render(markdown).Html;

        Assert.DoesNotContain("<img", html);
        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("<svg", html);
        Assert.DoesNotContain("<iframe", html);
        Assert.DoesNotContain("<style", html);
        Assert.DoesNotContain("<form", html);
        Assert.DoesNotContain("<math", html);
        Assert.DoesNotMatch("<[a-z]+[^>]*\\son[a-z]+=", html);
        Assert.Contains("&lt;", html);
    }

    [Fact]
    public void Links_are_kept_and_marked_nofollow_ugc_noopener()
    {
        var html = _renderer.Render("See [the guide](https://example.com/guide) or www.example.org").Html;

        Assert.Contains("href=\"https://example.com/guide\"", html);
        Assert.Contains("rel=\"nofollow ugc noopener\"", html);
        Assert.Contains("href=\"http://www.example.org\"", html);
    }

    [Fact]
    public void Tables_task_lists_and_fenced_code_render()
    {
        var html = _renderer.Render("| a | b |\n|---|---|\n| 1 | 2 |\n\n- [x] done\n- [ ] todo\n\n```csharp\nvar x = \"<b>\";\n```").Html;

        Assert.Contains("<table>", html);
        Assert.Contains("<td>2</td>", html);
        Assert.Contains("type=\"checkbox\"", html);
        Assert.Contains("class=\"language-csharp\"", html);
        Assert.Contains("&lt;b&gt;", html);
    }

    [Fact]
    public void Class_attributes_other_than_code_languages_are_removed()
    {
        var html = _renderer.Render("```btn btn-danger\nx\n```").Html;

        Assert.DoesNotContain("btn-danger", html);
    }

    [Fact]
    public void Images_load_only_over_https_or_from_this_site()
    {
        Assert.Contains("src=\"https://img.example/a.png\"", _renderer.Render("![a](https://img.example/a.png)").Html);
        Assert.DoesNotContain("src=", _renderer.Render("![a](http://img.example/a.png)").Html);
        Assert.DoesNotContain("src=", _renderer.Render("![a](//img.example/a.png)").Html);
    }

    [Theory]
    [InlineData(">", 20_000)]
    [InlineData("[", 20_000)]
    [InlineData("- ", 5_000)]
    [InlineData("*", 20_000)]
    [InlineData("(", 20_000)]
    public void Pathologically_nested_input_is_refused_with_a_reason(string unit, int repeat)
    {
        var bomb = string.Concat(Enumerable.Repeat(unit, repeat)) + "text";

        var refusal = Assert.Throws<DomainException>(() => _renderer.Render(bomb));

        Assert.Equal("MarkdownTooDeep", refusal.MessageKey);
    }

    [Theory]
    [InlineData("*a", 15_000)]
    [InlineData("[a](b) ", 4_000)]
    [InlineData("<", 30_000)]
    [InlineData("`", 30_000)]
    [InlineData("a\n", 15_000)]
    [InlineData("| a ", 7_000)]
    [InlineData("![", 1)]
    [InlineData("&#", 15_000)]
    public async Task Large_hostile_input_that_is_not_nested_renders_within_a_time_budget(string unit, int repeat)
    {
        var input = string.Concat(Enumerable.Repeat(unit, repeat));

        // A guard against hangs, not a speed claim: a request must finish, with HTML or a clear refusal.
        var outcome = await Task.Run(() =>
        {
            try { return _renderer.Render(input).Html; }
            catch (DomainException refusal) { return refusal.MessageKey; }
        }).WaitAsync(TimeSpan.FromSeconds(5));

        Assert.False(string.IsNullOrEmpty(outcome));
    }

    public static TheoryData<string, string> CostlyShapes => new()
    {
        { "a thousand-column header padding every line after it", "|" + Repeat("a|", 1_000) + "\n|" + Repeat("-|", 1_000) + "\n" + Repeat("|\n", 13_000) },
        { "30 KB of pipes", Repeat("|", 30_000) },
        { "one-column rows", Repeat("|-|\n", 7_500) },
        { "unmatched emphasis", Repeat("*a **a ", 4_300) },
        { "underscores", Repeat("_a __a ", 4_300) },
        { "bare addresses", Repeat("www.a.com ", 3_000) },
        { "links", Repeat("[a](b) ", 4_000) },
        { "list items", Repeat("- a\n", 7_000) },
    };

    private static string Repeat(string unit, int times) => string.Concat(Enumerable.Repeat(unit, times));

    [Theory]
    [MemberData(nameof(CostlyShapes))]
    public void Shapes_that_cost_seconds_to_render_are_refused_with_a_reason(string shape, string input)
    {
        var refusal = Assert.Throws<DomainException>(() => _renderer.Render(input));

        Assert.True(refusal.MessageKey == "MarkdownTooComplex", shape);
    }

    [Fact]
    public void Real_tables_emphasis_and_code_with_pipes_still_render()
    {
        var table = "| 제품 | 필터 | 주기 |\n|---|---|---|\n" + Repeat("| 정수기 | **탄소** | _6개월_ |\n", 60);
        var code = "```\n" + Repeat("a | b | *c* | _d_\n", 1_500) + "```";

        var rendered = _renderer.Render(table + "\n" + code);

        Assert.Equal(61, rendered.Html.Split("<tr>").Length - 1);
        Assert.Contains("<strong>탄소</strong>", rendered.Html);
        Assert.Contains("a | b | *c* | _d_", rendered.Html);
    }

    [Fact]
    public void Plain_text_is_extracted_for_search()
    {
        var rendered = _renderer.Render("**필터** 교체 주기가 궁금합니다.\n\n- 고객을 위한 안내");

        Assert.Contains("필터 교체 주기가 궁금합니다.", rendered.Text);
        Assert.DoesNotContain("**", rendered.Text);
    }
}
