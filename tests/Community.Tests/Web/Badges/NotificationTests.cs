using Community.Tests.Support;

namespace Community.Tests.Web.Badges;

public class NotificationTests(CommunityFactory factory) : IClassFixture<CommunityFactory>
{
    [Fact]
    public async Task An_answer_and_an_acceptance_reach_the_bell_and_can_be_marked_read()
    {
        var asker = await factory.RegisterAsync("Bell asker");
        var answerer = await factory.RegisterAsync("Bell answerer");
        var questionId = await asker.AskAsync("Does the bell ring for new answers?");
        var answerId = await answerer.AnswerAsync(questionId);
        await asker.PostFormAsync($"/questions/{questionId}/answers/accept", ("answerId", answerId.ToString()));

        var askerInbox = await asker.GetStringAsync("/notifications");
        var answererInbox = await answerer.GetStringAsync("/notifications");

        Assert.Contains("New answer to “Does the bell ring for new answers?”.", askerInbox);
        Assert.Contains("You earned the badge “Curious”.", askerInbox);
        Assert.Contains("Your answer to “Does the bell ring for new answers?” was accepted.", answererInbox);
        var unread = System.Text.RegularExpressions.Regex.Match(answererInbox, @"data-inbox-count\s*>(\d+)<");
        Assert.True(unread.Success && int.Parse(unread.Groups[1].Value) >= 2, "the bell shows the unread count");

        await answerer.PostFormAsync("/notifications?handler=Read");
        Assert.Contains("data-inbox-count hidden", await answerer.GetStringAsync("/notifications"));
    }
}
