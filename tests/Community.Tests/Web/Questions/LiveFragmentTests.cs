using System.Net;
using Community.Tests.Support;

namespace Community.Tests.Web.Questions;

/// <summary>The fragments the live script fetches render the same controls as the full page, forms included.</summary>
public class LiveFragmentTests(CommunityFactory factory) : IClassFixture<CommunityFactory>
{
    [Fact]
    public async Task An_answer_fragment_gives_the_asker_a_working_accept_form()
    {
        var asker = await factory.RegisterAsync("Fragment asker");
        var answerer = await factory.RegisterAsync("Fragment answerer");
        var id = await asker.AskAsync("Does the fragment carry a token?");
        var answerId = await answerer.AnswerAsync(id);

        var html = await asker.GetStringAsync($"/questions/{id}?handler=Answer&answerId={answerId}");

        Assert.StartsWith("<article", html.Trim());
        Assert.Contains("Accept this answer", html);
        Assert.Contains("__RequestVerificationToken", html);
    }

    [Fact]
    public async Task Fragments_of_deleted_or_foreign_answers_are_not_found()
    {
        var asker = await factory.RegisterAsync("Fragment owner");
        var first = await asker.AskAsync("First question for fragment test");
        var second = await asker.AskAsync("Second question for fragment test");
        var answerer = await factory.RegisterAsync("Fragment other");
        var answerId = await answerer.AnswerAsync(first);

        var response = await factory.Browser().GetAsync($"/questions/{second}?handler=Answer&answerId={answerId}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
