using System.Net;
using Community.Tests.Support;
using Community.Tests.Web.Operations;
using Microsoft.AspNetCore.SignalR.Client;

namespace Community.Tests.Web.ScaleOut;

/// <summary>
/// Two nodes behind no sticky sessions behave as one forum: what happens on node A is seen, enforced and counted on
/// node B through Redis. Each test names the piece of Redis it needs; take that piece away and the test fails.
/// </summary>
[Collection(OperatorProcesses.Name)]
public class TwoNodeTests(TwoNodes nodes) : IClassFixture<TwoNodes>
{
    private static readonly TimeSpan AtOnce = TimeSpan.FromSeconds(15);

    /// <summary>The SignalR backplane (and the shared key ring, for the member's cookie from A to count on B).</summary>
    [TwoNodeFact]
    public async Task A_member_watching_on_node_B_sees_an_answer_posted_on_node_A_arrive_live()
    {
        var (asker, _) = await nodes.MemberAsync("Asker on A");
        var (watcher, _) = await nodes.MemberAsync("Watcher on B");
        var questionId = await asker.OnA.AskAsync("Does a page on node B hear about answers on node A?");
        await using var live = TwoNodes.Live(watcher, nodes.AddressB);
        var posted = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        live.On<int, int>("AnswerPosted", (_, answerId) => posted.TrySetResult(answerId));
        await live.StartAsync();
        await live.InvokeAsync<int>("JoinQuestion", questionId);

        var text = $"Answered on node A, read on node B {Guid.NewGuid():N}";
        var answerId = await asker.OnA.AnswerAsync(questionId, text);

        Assert.Equal(answerId, await posted.Task.WaitAsync(AtOnce));
        // What the page's script then fetches, from node B, for the reader.
        var fragment = await watcher.OnB.GetStringAsync($"/questions/{questionId}?handler=Answer&answerId={answerId}");
        Assert.Contains(text, fragment);
    }

    /// <summary>Suspension signals over Redis pub/sub (B keeps its suspended members and open connections in memory).</summary>
    [TwoNodeFact]
    public async Task A_suspension_on_node_A_closes_the_members_live_connection_on_node_B_at_once()
    {
        var (member, memberId) = await nodes.MemberAsync("Suspended on A");
        await using var live = TwoNodes.Live(member, nodes.AddressB);
        var closed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        live.Closed += _ =>
        {
            closed.TrySetResult();
            return Task.CompletedTask;
        };
        await live.StartAsync();
        // Signed in on B with A's cookie: B knows who this connection is (else a suspension could not find it).
        Assert.Equal(HttpStatusCode.OK, (await member.OnB.GetAsync("/account/preferences")).StatusCode);

        using var admin = await nodes.AdminAsync();
        var suspended = await admin.OnA.PostFormAsync("/moderation/members?handler=Suspend",
            ("memberId", memberId.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("days", "3"), ("reason", "Suspended on node A for the two-node test."));
        Assert.Equal(HttpStatusCode.Redirect, suspended.StatusCode);

        await closed.Task.WaitAsync(AtOnce);
        var next = await member.OnB.GetAsync("/");
        Assert.Equal("/account/login?suspended=true", next.Headers.Location?.OriginalString);
    }

    /// <summary>Rate-limit counters in Redis: B's own memory has seen none of the member's questions.</summary>
    [TwoNodeFact]
    public async Task A_question_limit_reached_on_node_A_holds_on_node_B()
    {
        var (member, _) = await nodes.MemberAsync("Limited member");
        for (var i = 1; i <= TwoNodes.QuestionPermits; i++)
            await member.OnA.AskAsync($"Question {i} of the limit, asked on node A");

        var onB = await member.OnB.PostFormAsync("/questions/ask", ("Input.Title", "One question too many, asked on node B"),
            ("Input.Body", "This is a question body that is long enough to pass."), ("Input.Tags", "wifi"), ("Input.SubmissionId", Guid.NewGuid().ToString()));

        Assert.Equal(HttpStatusCode.TooManyRequests, onB.StatusCode);
        Assert.True(onB.Headers.RetryAfter?.Delta > TimeSpan.Zero, "B says when to try again");
    }

    /// <summary>The output-cache store in Redis: one cached copy for both nodes, evicted by tag from either.</summary>
    [TwoNodeFact]
    public async Task A_visitor_page_cached_on_node_B_is_fresh_there_after_an_answer_on_node_A()
    {
        var (asker, _) = await nodes.MemberAsync("Cached asker");
        var questionId = await asker.OnA.AskAsync("Is the cached page on node B fresh after a change on A?");
        using var visitor = nodes.Visitor();
        // Through the cluster's proxy both nodes see the public host name (a cached page is kept per host, as its links are).
        visitor.OnA.DefaultRequestHeaders.Host = visitor.OnB.DefaultRequestHeaders.Host = "community.example";
        // The short address sends visitors on to the one with the title in it, which is the page that is cached.
        var page = (await visitor.OnB.GetAsync($"/questions/{questionId}")).Headers.Location?.OriginalString ?? $"/questions/{questionId}";
        Assert.Equal(HttpStatusCode.OK, (await visitor.OnB.GetAsync(page)).StatusCode);
        // Node A serves the copy node B stored: the cache is one.
        var fromCache = await visitor.OnA.GetAsync(page);
        Assert.True(fromCache.Headers.Age is not null, "node A served node B's cached copy (an Age header)");

        var text = $"A fresh answer from node A {Guid.NewGuid():N}";
        await asker.OnA.AnswerAsync(questionId, text);

        Assert.Contains(text, await visitor.OnB.GetStringAsync(page));
    }

    /// <summary>
    /// The thread plain members share lives in the output-cache store too: rendered for a member on B, served on A to
    /// another with their own token (their vote counts), and evicted from either node.
    /// </summary>
    [TwoNodeFact]
    public async Task A_thread_rendered_for_a_member_on_node_B_serves_one_on_node_A_and_is_fresh_on_B_after_a_change_on_A()
    {
        var (asker, _) = await nodes.MemberAsync("Shared thread asker");
        var questionId = await asker.OnA.AskAsync("Does the thread members share travel between the two nodes?");
        var (first, firstId) = await nodes.MemberAsync("First reader");
        var (second, secondId) = await nodes.MemberAsync("Second reader");
        foreach (var id in new[] { firstId, secondId })
            await nodes.ScalarAsync<int>("UPDATE \"AspNetUsers\" SET \"Reputation\" = 100 WHERE \"Id\" = @p0 RETURNING \"Id\"", id);

        var (_, firstPage, _) = await first.OnB.FormsOnAsync($"/questions/{questionId}");
        Assert.Contains("Does the thread members share travel", firstPage);
        var voted = await second.OnA.SubmitAsync($"/questions/{questionId}", "Upvote");
        Assert.Equal(HttpStatusCode.Redirect, voted.StatusCode);
        Assert.Equal(1, await nodes.ScalarAsync<int>("SELECT \"Score\" FROM \"Questions\" WHERE \"Id\" = @p0", questionId));

        var text = $"An answer posted on node A {Guid.NewGuid():N}";
        await asker.OnA.AnswerAsync(questionId, text);
        var (_, again, _) = await first.OnB.FormsOnAsync($"/questions/{questionId}");
        Assert.Contains(text, again);
    }

    /// <summary>
    /// The roles-changed signal: node B keeps, in memory, whose roles changed so their older cookie is re-issued; without
    /// the signal B would go on showing the member as before until the security-stamp check a minute later.
    /// </summary>
    [TwoNodeFact]
    public async Task A_member_made_moderator_on_node_A_has_the_moderators_tools_on_node_B_on_their_next_page()
    {
        var (member, memberId) = await nodes.MemberAsync("Promoted on A");
        Assert.NotEqual(HttpStatusCode.OK, (await member.OnB.GetAsync("/moderation/flags")).StatusCode);

        using var admin = await nodes.AdminAsync();
        var search = $"/admin/members?q={Uri.EscapeDataString("Promoted on A")}";
        var saved = await admin.OnA.SubmitWhereAsync(search, PageForms.Holding("memberId", memberId.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            form => form.Tick("moderator"));
        var (status, page, _) = await admin.OnA.FollowAsync(saved);
        Assert.True(status == HttpStatusCode.OK && page.Contains(UiText.For("en")["RolesSaved"], StringComparison.Ordinal), PageForms.MessagesOn(page));

        // The signal crosses Redis while the admin reads "saved"; the member's next page on B is a moment later.
        var flags = "";
        await Eventually.TrueAsync(async () =>
        {
            var response = await member.OnB.GetAsync("/moderation/flags");
            flags = await response.Content.ReadAsStringAsync();
            return response.StatusCode == HttpStatusCode.OK;
        }, SignalCrossed, () => "node B still refuses the new moderator the moderation pages");
        Assert.Contains(UiText.For("en")["StaffMenu"], flags);
    }

    /// <summary>The brand-changed signal: node B keeps the brand look in memory (re-read each minute without the signal).</summary>
    [TwoNodeFact]
    public async Task A_brand_look_saved_on_node_A_shows_on_node_B_on_a_visitors_next_page()
    {
        using var visitor = nodes.Visitor();
        var before = BrandName(await visitor.OnB.GetStringAsync("/questions"));
        var name = $"Starlight Village {Guid.NewGuid():N}"[..30];

        using var admin = await nodes.AdminAsync();
        var saved = await admin.OnA.SubmitAsync("/brand/look", UiText.For("en")["SaveBrandLook"],
            ("Input.NameEn", name), ("Input.NameKo", "별빛 마을"), ("Input.PrimaryColor", "#1c7ed6"), ("Input.AccentColor", "#f08c00"));
        var (status, page, _) = await admin.OnA.FollowAsync(saved);
        Assert.True(status == HttpStatusCode.OK && page.Contains(UiText.For("en")["BrandLookSaved"], StringComparison.Ordinal), PageForms.MessagesOn(page));

        var now = before;
        await Eventually.TrueAsync(async () => (now = BrandName(await visitor.OnB.GetStringAsync("/questions"))) == name,
            SignalCrossed, () => $"node B still shows \"{now}\" (was \"{before}\")");
    }

    /// <summary>A signal crosses Redis in milliseconds; well under the minute after which a node would catch up by itself.</summary>
    private static readonly TimeSpan SignalCrossed = TimeSpan.FromSeconds(5);

    private static string BrandName(string html) =>
        WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Match(html, """<span class="brand-name">([^<]*)</span>""").Groups[1].Value);

    /// <summary>Viewer counts in Redis: each node alone knows only its own viewers.</summary>
    [TwoNodeFact]
    public async Task People_viewing_a_question_on_different_nodes_are_counted_together_and_told_on_both()
    {
        var (asker, _) = await nodes.MemberAsync("Viewed asker");
        var questionId = await asker.OnA.AskAsync("How many people view this across both nodes?");
        using var first = nodes.Visitor();
        using var second = nodes.Visitor();
        await using var onA = TwoNodes.Live(first, nodes.AddressA);
        await using var onB = TwoNodes.Live(second, nodes.AddressB);
        var twoHeardOnA = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        onA.On<int, int>("ViewerCountChanged", (_, count) =>
        {
            if (count == 2) twoHeardOnA.TrySetResult();
        });
        await onA.StartAsync();
        await onB.StartAsync();

        Assert.Equal(1, await onA.InvokeAsync<int>("JoinQuestion", questionId));
        Assert.Equal(2, await onB.InvokeAsync<int>("JoinQuestion", questionId));
        await twoHeardOnA.Task.WaitAsync(AtOnce);
    }

    /// <summary>Job claims in Redis: both nodes start a full roll-up a few seconds after they start; one of them makes it.</summary>
    [TwoNodeFact]
    public async Task The_start_up_advocacy_roll_up_runs_on_one_node_of_the_two()
    {
        const string ran = "Advocacy roll-up: ";
        const string skipped = "Skipped advocacy-roll-up: this period's run belongs to node ";
        await Eventually.TrueAsync(() => Task.FromResult(Has(nodes.A, ran) || Has(nodes.B, ran)), TimeSpan.FromSeconds(60),
            () => "neither node rolled up");
        var (other, runnerName) = Has(nodes.A, ran) ? (nodes.B, "node-a") : (nodes.A, "node-b");

        await Eventually.TrueAsync(() => Task.FromResult(Has(other, skipped) || Has(other, ran)), TimeSpan.FromSeconds(60),
            () => "the other node never reached its start-up roll-up");

        Assert.Contains(skipped + runnerName, other.Output);
        Assert.False(Has(other, ran), "the other node rolled up too:\n" + other.Output);
    }

    /// <summary>
    /// Job claims in Redis, for the fraud scan: each node's timer first fires a minute after it started (B a little after
    /// A); the first to fire scans, the other says whose run the period is. With a lease per node both would scan, silently.
    /// </summary>
    [TwoNodeFact]
    public async Task The_vote_fraud_scan_of_a_period_runs_on_one_node_of_the_two()
    {
        const string skipped = "Skipped vote-fraud-scan: this period's run belongs to node ";
        await Eventually.TrueAsync(() => Task.FromResult(Has(nodes.A, skipped) || Has(nodes.B, skipped)), TimeSpan.FromSeconds(120),
            () => "neither node said the period's fraud scan was the other's");
        var (skipper, runner, runnerName) = Has(nodes.B, skipped) ? (nodes.B, nodes.A, "node-a") : (nodes.A, nodes.B, "node-b");

        Assert.Contains(skipped + runnerName, skipper.Output);
        Assert.False(Has(runner, skipped), "both nodes skipped the scan:\n" + runner.Output);
    }

    private static bool Has(AppProcess node, string text) => node.Output.Contains(text, StringComparison.Ordinal);
}
