using System.Net;
using Community.Core.Moderation;
using Community.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Community.Tests.Web.Moderation;

public class FlagTests(CommunityFactory factory) : IClassFixture<CommunityFactory>
{
    private static async Task<Flag> FlagByAsync(Scenario scenario, int flaggerId, string kind, int id, string reason = FlagReasons.Spam) =>
        (await scenario.RunAsync<FlagResult, FlagContent>(flags => flags.ExecuteAsync(new FlagInput(kind, id, reason, null, null), flaggerId))).Flag;

    [Fact]
    public async Task Spam_flags_from_three_trusted_members_hide_a_post_at_once_and_a_declined_flag_restores_it()
    {
        var scenario = new Scenario(factory);
        var spammer = await scenario.MemberAsync("Flag target");
        var questionId = await scenario.AskAsync(spammer);
        var trusted = new List<int>();
        for (var i = 0; i < 3; i++) trusted.Add(await scenario.MemberAsync($"Trusted flagger {i}", reputation: 300));

        await FlagByAsync(scenario, trusted[0], FlagTargets.Question, questionId);
        await FlagByAsync(scenario, trusted[1], FlagTargets.Question, questionId);
        Assert.Contains("A question for the ledger tests", await factory.Browser().QuestionPageAsync(questionId));
        await FlagByAsync(scenario, trusted[2], FlagTargets.Question, questionId);

        Assert.Equal(HttpStatusCode.NotFound, (await factory.Browser().GetAsync($"/questions/{questionId}")).StatusCode);
        var moderator = await factory.AdminAsync();
        var queue = WebUtility.HtmlDecode(await moderator.GetStringAsync("/moderation/flags"));
        Assert.Contains("A question for the ledger tests", queue);
        Assert.Contains("hidden by members' flags, pending review", queue);

        await moderator.ModerateAsync("Resolve", ("kind", "question"), ("targetId", questionId.ToString()), ("decision", "Decline"));

        Assert.Contains("A question for the ledger tests", await factory.Browser().QuestionPageAsync(questionId));
        Assert.Equal(3, await factory.WithDbAsync(db => db.Flags.CountAsync(f => f.TargetId == questionId && f.TargetKind == "question" && f.Outcome == FlagOutcomes.Declined)));
        // A declined flag lowers that flagger's weight next time: (0 + 1) / (0 + 1 + 2) × 2 for a trusted member.
        var otherQuestion = await scenario.AskAsync(spammer);
        var next = await FlagByAsync(scenario, trusted[0], FlagTargets.Question, otherQuestion, FlagReasons.OffTopic);
        Assert.Equal(2.0 / 3.0, next.Weight, 3);
    }

    [Fact]
    public async Task Flags_from_new_members_queue_the_post_without_hiding_it_and_helpful_deletion_hides_it()
    {
        var author = await factory.RegisterAsync("Rude author");
        var id = await author.AskAsync("A question that someone will find rude");
        var flaggers = new List<HttpClient>();
        for (var i = 0; i < 3; i++)
        {
            var flagger = await factory.RegisterAsync($"New flagger {i}");
            flaggers.Add(flagger);
            Assert.Equal(HttpStatusCode.Redirect, (await flagger.FlagAsync("question", id, "rude")).StatusCode);
        }

        Assert.Contains("A question that someone will find rude", await factory.Browser().QuestionPageAsync(id));
        var moderator = await factory.AdminAsync();
        await moderator.ModerateAsync("Resolve", ("kind", "question"), ("targetId", id.ToString()), ("decision", "DeletePost"));

        Assert.Equal(HttpStatusCode.NotFound, (await factory.Browser().GetAsync($"/questions/{id}")).StatusCode);
        Assert.Contains("flags.helpful", await moderator.GetStringAsync("/moderation/audit"));
    }

    [Fact]
    public async Task Bad_flags_are_refused_with_a_reason()
    {
        var author = await factory.RegisterAsync("Flag rules author");
        var flagger = await factory.RegisterAsync("Flag rules flagger");
        var id = await author.AskAsync("A question used to test the flag rules");

        var own = await author.FlagAsync("question", id, "spam");
        var noReason = await flagger.FlagAsync("question", id, "");
        var otherWithoutText = await flagger.FlagAsync("question", id, "other");
        var duplicateWithoutTarget = await flagger.FlagAsync("question", id, "duplicate");
        await flagger.FlagAsync("question", id, "off-topic");
        var twice = await flagger.FlagAsync("question", id, "spam");

        Assert.Contains("You can't flag your own post.", WebUtility.HtmlDecode(await own.Content.ReadAsStringAsync()));
        Assert.Contains("Choose what is wrong with it.", WebUtility.HtmlDecode(await noReason.Content.ReadAsStringAsync()));
        Assert.Contains("Say what is wrong (at least 5 characters).", WebUtility.HtmlDecode(await otherWithoutText.Content.ReadAsStringAsync()));
        Assert.Contains("Give the number of the existing question this duplicates.", WebUtility.HtmlDecode(await duplicateWithoutTarget.Content.ReadAsStringAsync()));
        Assert.Contains("You already flagged this.", WebUtility.HtmlDecode(await twice.Content.ReadAsStringAsync()));
        Assert.Equal(1, await factory.WithDbAsync(db => db.Flags.CountAsync(f => f.TargetKind == "question" && f.TargetId == id)));
    }

    [Fact]
    public async Task Members_cannot_resolve_flags_or_see_the_queue()
    {
        var member = await factory.RegisterAsync("Queue outsider");
        Assert.NotEqual(HttpStatusCode.OK, (await member.GetAsync("/moderation/flags")).StatusCode);
        var resolve = await member.ModerateAsync("Resolve", ("kind", "question"), ("targetId", "1"), ("decision", "Decline"));
        Assert.Contains("/account/access-denied", resolve.Headers.Location!.ToString());
    }
}
