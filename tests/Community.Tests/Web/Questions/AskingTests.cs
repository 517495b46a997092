using System.Net;
using Community.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Community.Tests.Web.Questions;

public class AskingTests(CommunityFactory factory) : IClassFixture<CommunityFactory>
{
    [Theory]
    [InlineData("Too short", "A body that is certainly long enough to pass.", "wifi", "Titles are 15–150 characters.")]
    [InlineData("A perfectly reasonable title", "short", "wifi", "The text must be 30–30,000 characters.")]
    [InlineData("A perfectly reasonable title", "A body that is certainly long enough to pass.", "", "Add 1 to 5 tags.")]
    [InlineData("A perfectly reasonable title", "A body that is certainly long enough to pass.", "a b c d e f", "Add 1 to 5 tags.")]
    [InlineData("A perfectly reasonable title", "A body that is certainly long enough to pass.", "<b>", "Tags use letters")]
    public async Task Bad_input_gets_a_clear_message_and_saves_nothing(string title, string body, string tags, string message)
    {
        var member = await factory.RegisterAsync("Validator");
        var before = await factory.WithDbAsync(db => db.Questions.CountAsync());

        var response = await member.PostFormAsync("/questions/ask",
            ("Input.Title", title), ("Input.Body", body), ("Input.Tags", tags), ("Input.SubmissionId", Guid.NewGuid().ToString()));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(System.Net.WebUtility.HtmlEncode(message), await response.Content.ReadAsStringAsync());
        Assert.Equal(before, await factory.WithDbAsync(db => db.Questions.CountAsync()));
    }

    [Fact]
    public async Task A_nesting_bomb_is_refused_with_a_message()
    {
        var member = await factory.RegisterAsync("Bomber");

        var response = await member.PostFormAsync("/questions/ask",
            ("Input.Title", "A question with a hostile body"), ("Input.Body", new string('>', 10_000) + " boom"), ("Input.Tags", "bomb"),
            ("Input.SubmissionId", Guid.NewGuid().ToString()));

        Assert.Contains("nested too deeply", await response.Content.ReadAsStringAsync());
        Assert.False(await factory.WithDbAsync(db => db.Questions.AnyAsync(q => q.Title == "A question with a hostile body")));
    }

    [Theory]
    [InlineData("*a **a ", 4_000, "too many table cells, links, list items or formatting marks")]
    [InlineData("|", 29_000, "too many table cells, links, list items or formatting marks")]
    public async Task A_body_too_costly_or_too_large_is_refused_on_the_form_with_a_message(string unit, int repeat, string message)
    {
        var member = await factory.RegisterAsync("Costly");
        var title = $"비싼 본문 질문 {Guid.NewGuid():N}"[..20];

        var response = await member.SubmitAsync("/questions/ask", "Post your question",
            ("Input.Title", title), ("Input.Body", string.Concat(Enumerable.Repeat(unit, repeat))), ("Input.Tags", "필터"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.True(html.Contains(message), PageForms.MessagesOn(html));
        Assert.Contains("name=\"Input.Title\"", html);
        Assert.False(await factory.WithDbAsync(db => db.Questions.AnyAsync(q => q.Title == title)));
    }

    [Fact]
    public async Task A_megabyte_body_is_refused_as_too_large_with_a_message_not_as_an_expired_page()
    {
        var member = await factory.RegisterAsync("Megabyte");
        var title = $"아주 긴 본문 질문 {Guid.NewGuid():N}"[..20];

        var response = await member.SubmitAsync("/questions/ask", "Post your question",
            ("Input.Title", title), ("Input.Body", string.Concat(Enumerable.Repeat("정수기 필터 ", 150_000))), ("Input.Tags", "필터"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("more than any post can hold (text is at most 30,000 characters)", html);
        Assert.DoesNotContain("open too long", html);
        Assert.False(await factory.WithDbAsync(db => db.Questions.AnyAsync(q => q.Title == title)));
    }

    [Fact]
    public async Task Submitting_the_same_form_twice_posts_once()
    {
        var member = await factory.RegisterAsync("Double clicker");
        var submission = Guid.NewGuid().ToString();
        (string, string)[] fields = [("Input.Title", "Double-clicked question title"), ("Input.Body", "A body that is certainly long enough to pass."),
            ("Input.Tags", "wifi"), ("Input.SubmissionId", submission)];

        var responses = await Task.WhenAll(member.PostFormAsync("/questions/ask", fields), member.PostFormAsync("/questions/ask", fields));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        Assert.Equal(responses[0].Headers.Location, responses[1].Headers.Location);
        Assert.Equal(1, await factory.WithDbAsync(db => db.Questions.CountAsync(q => q.Title == "Double-clicked question title")));
    }

    [Fact]
    public async Task A_question_is_stored_as_sanitised_html_with_its_first_revision_and_tags()
    {
        var member = await factory.RegisterAsync("Markdowner");

        var id = await member.AskAsync("Stored HTML is sanitised at write time", "Try **this** [link](javascript:alert(1)) and <img src=x onerror=alert(1)>", "WiFi 필터");

        var question = await factory.WithDbAsync(db => db.Questions.Include(q => q.Tags).SingleAsync(q => q.Id == id));
        Assert.Contains("<strong>this</strong>", question.BodyHtml);
        Assert.DoesNotContain("javascript:", question.BodyHtml);
        Assert.DoesNotContain("<img", question.BodyHtml);
        Assert.Equal(["wifi", "필터"], question.Tags.Select(t => t.Name).Order());
        Assert.Equal(1, await factory.WithDbAsync(db => db.PostRevisions.CountAsync(r => r.PostId == id && r.PostKind == Community.Core.Content.PostKind.Question)));
    }

    [Fact]
    public async Task Editing_keeps_every_revision()
    {
        var member = await factory.RegisterAsync("Editor");
        var id = await member.AskAsync("First wording of my question");

        var response = await member.PostFormAsync($"/questions/{id}/edit",
            ("Input.Title", "Second wording of my question"), ("Input.Body", "A new body that is certainly long enough to pass."), ("Input.Tags", "edited"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var revisions = await factory.WithDbAsync(db => db.PostRevisions.Where(r => r.PostId == id && r.PostKind == Community.Core.Content.PostKind.Question)
            .OrderBy(r => r.Number).Select(r => r.Title).ToListAsync());
        Assert.Equal(["First wording of my question", "Second wording of my question"], revisions);
        Assert.Contains("Second wording of my question", await factory.Browser().GetStringAsync($"/questions/{id}/second-wording-of-my-question"));
        var history = System.Net.WebUtility.HtmlDecode(await factory.Browser().GetStringAsync($"/questions/{id}/revisions"));
        Assert.Contains("Revision 2", history);
        Assert.Contains("<span class=\"diff-inserted\">+ A new body that is certainly long enough to pass.", history);
        Assert.Contains("<span class=\"diff-deleted\">- This is a question body that is long enough to pass.", history);
    }

    [Fact]
    public async Task The_author_rolls_back_to_an_earlier_revision_and_nobody_else_can()
    {
        var member = await factory.RegisterAsync("Roller");
        var other = await factory.RegisterAsync("Roll intruder");
        var id = await member.AskAsync("Original wording before the rollback");
        await member.PostFormAsync($"/questions/{id}/edit",
            ("Input.Title", "Changed wording after an edit"), ("Input.Body", "A changed body that is certainly long enough."), ("Input.Tags", "edited"));

        var refused = await other.PostFormAsync($"/questions/{id}/revisions?handler=Rollback", ("number", "1"));
        var rolled = await member.PostFormAsync($"/questions/{id}/revisions?handler=Rollback", ("number", "1"));

        Assert.Contains("/account/access-denied", refused.Headers.Location!.ToString());
        Assert.Equal(HttpStatusCode.Redirect, rolled.StatusCode);
        var titles = await factory.WithDbAsync(db => db.PostRevisions.Where(r => r.PostId == id && r.PostKind == Community.Core.Content.PostKind.Question)
            .OrderBy(r => r.Number).Select(r => r.Title).ToListAsync());
        Assert.Equal(["Original wording before the rollback", "Changed wording after an edit", "Original wording before the rollback"], titles);
        Assert.Equal("Original wording before the rollback", await factory.WithDbAsync(db => db.Questions.Where(q => q.Id == id).Select(q => q.Title).SingleAsync()));
    }

    [Fact]
    public async Task Similar_questions_are_suggested_while_typing_a_title()
    {
        var member = await factory.RegisterAsync("Suggester");
        await member.AskAsync("Purifier makes a clicking noise at night");

        var html = await factory.Browser().GetStringAsync("/questions/similar?title=clicking%20noise");

        Assert.Contains("<mark>clicking</mark>", html);
        Assert.Contains("Purifier makes a", html);
    }

    [Fact]
    public async Task A_title_holding_every_word_is_suggested_before_newer_titles_holding_one()
    {
        var member = await factory.RegisterAsync("제안자");
        await member.AskAsync("반딧불로봇 와이파이 연결이 자꾸 끊겨요", "공유기 옆에서도 하루에 몇 번씩 끊겨요. 다들 어떻게 해결하셨나요?");
        await member.AskAsync("반딧불로봇 바퀴에서 소음이 나요", "거실을 돌 때마다 바퀴에서 끼익 소리가 나요. 교체해야 하나요?");

        var html = await factory.Browser().GetStringAsync("/questions/similar?title=" + Uri.EscapeDataString("반딧불로봇 와이파이 끊겨요"));

        var everyWord = html.IndexOf("<mark>와이파이</mark>", StringComparison.Ordinal);
        var oneWord = html.IndexOf("바퀴에서 소음이 나요", StringComparison.Ordinal);
        Assert.True(everyWord >= 0 && oneWord > everyWord, html);
    }
}
