using Microsoft.AspNetCore.SignalR;
using System.Net.WebSockets;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;

namespace Community.LoadDriver;

/// <summary>
/// A popular question going live: CLIENTS visitors open its page (a SignalR connection each, joining the question's
/// group as the page's script does), then a member answers it and every open page must hear of the answer.
/// Prints two RESULT lines: the joins (duration = until the last client had joined) and the answer's fan-out
/// (latency = from the form's submission until each client received "AnswerPosted").
/// </summary>
public static class LiveJoin
{
    public static async Task RunAsync(Uri site, string questionPath, int clients, string email, string password)
    {
        var questionId = int.Parse(questionPath.Split('/')[2], CultureInfo.InvariantCulture);
        var connections = new HubConnection[clients];
        var heard = new long[clients];
        long viewerCountMessages = 0;
        long answerPostedAt = 0;
        var everyoneHeard = new TaskCompletionSource();
        var heardCount = 0;

        var joins = new Latencies();
        var clock = Stopwatch.StartNew();
        // 100 at a time: a page load's worth of browsers arriving together, not 5,000 sockets opened in one instant.
        await Parallel.ForAsync(0, clients, new ParallelOptions { MaxDegreeOfParallelism = 100 }, async (i, ct) =>
        {
            var connection = new HubConnectionBuilder()
                .WithUrl(new Uri(site, "/hubs/community"), HttpTransportType.WebSockets, o => o.Headers["X-Forwarded-Proto"] = "https")
                .Build();
            connection.On<int, int>("ViewerCountChanged", (_, _) => Interlocked.Increment(ref viewerCountMessages));
            connection.On<int, int>("AnswerPosted", (_, _) =>
            {
                if (Interlocked.CompareExchange(ref heard[i], Stopwatch.GetTimestamp(), 0) == 0 && Interlocked.Increment(ref heardCount) == clients)
                    everyoneHeard.TrySetResult();
            });
            connections[i] = connection;
            var started = Stopwatch.GetTimestamp();
            try
            {
                await connection.StartAsync(ct);
                await connection.InvokeAsync<int>("JoinQuestion", questionId, ct);
                joins.Add(Stopwatch.GetElapsedTime(started), true);
            }
            catch (Exception e) when (e is HttpRequestException or WebSocketException or HubException or IOException or TaskCanceledException)
            {
                joins.Error();
            }
        });
        var joined = clock.Elapsed;
        Console.WriteLine(joins.Result(joined, $" clients={clients} viewer_count_messages={Interlocked.Read(ref viewerCountMessages)}"));

        using var member = new ForumSession(site);
        await member.SignInAsync(email, password);
        var token = await member.TokenAsync(questionPath);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Answer.SubmissionId"] = Guid.NewGuid().ToString(),
            ["Answer.Body"] = "부하 시험: 많은 사람이 보고 있는 질문에 달린 답변입니다. Load-test answer to a crowded question.",
        });
        answerPostedAt = Stopwatch.GetTimestamp();
        using (var response = await member.Http.PostAsync($"/questions/{questionId}/answers/new", form))
        {
            if (response.StatusCode != HttpStatusCode.Redirect) throw new LoadDriverException($"the answer was refused (HTTP {(int)response.StatusCode})");
        }
        await Task.WhenAny(everyoneHeard.Task, Task.Delay(TimeSpan.FromSeconds(30)));

        var fanOut = new Latencies();
        foreach (var at in heard)
            if (at != 0) fanOut.Add(Stopwatch.GetElapsedTime(answerPostedAt, at), true);
        var missed = clients - fanOut.Count;
        Console.WriteLine(fanOut.Result(TimeSpan.FromTicks(Math.Max(1, heard.Max() - answerPostedAt) * TimeSpan.TicksPerSecond / Stopwatch.Frequency),
            $" clients={clients} missed={missed}"));

        await Parallel.ForEachAsync(connections.Where(c => c is not null), new ParallelOptions { MaxDegreeOfParallelism = 100 },
            async (connection, _) => await connection.DisposeAsync());
    }
}
