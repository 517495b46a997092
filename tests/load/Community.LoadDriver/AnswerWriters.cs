using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;

namespace Community.LoadDriver;

/// <summary>
/// Concurrent members posting answers through the answer form under random open questions, as fast as the server
/// takes them. An answer counts as acknowledged when the server redirects to it ("#answer-N"); every acknowledged id
/// is written out so the run can check that each one is in the database afterwards.
/// </summary>
public static class AnswerWriters
{
    public static async Task RunAsync(Uri site, IReadOnlyList<string> emails, string password, IReadOnlyList<string> questionPaths,
        int writers, TimeSpan duration, string idsOut)
    {
        if (emails.Count < writers) throw new LoadDriverException($"{writers} writers need {writers} members; got {emails.Count}");
        var sessions = new (ForumSession Session, string Token)[writers];
        await Parallel.ForAsync(0, writers, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (i, _) =>
        {
            var session = new ForumSession(site);
            await session.SignInAsync(emails[i], password);
            sessions[i] = (session, await session.TokenAsync(questionPaths[i % questionPaths.Count]));
        });

        var latencies = new Latencies();
        var acknowledged = new ConcurrentBag<int>();
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(sessions.Select((s, writer) => Task.Run(async () =>
        {
            var random = new Random(writer);
            for (var n = 0; clock.Elapsed < duration; n++)
            {
                var path = questionPaths[random.Next(questionPaths.Count)];
                var questionId = path.Split('/')[2];
                using var form = new FormUrlEncodedContent(new Dictionary<string, string>
                {
                    ["__RequestVerificationToken"] = s.Token,
                    ["Answer.SubmissionId"] = Guid.NewGuid().ToString(),
                    ["Answer.Body"] = $"부하 시험 답변 {writer}-{n}: 필터를 빼서 물로 헹군 뒤 완전히 말려서 다시 끼우세요. Load-test answer {writer}-{n}.",
                });
                var started = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await s.Session.Http.PostAsync($"/questions/{questionId}/answers/new", form);
                    var location = response.Headers.Location?.OriginalString ?? "";
                    var marker = location.IndexOf("#answer-", StringComparison.Ordinal);
                    var good = response.StatusCode == HttpStatusCode.Redirect && marker >= 0;
                    latencies.Add(Stopwatch.GetElapsedTime(started), good);
                    if (good) acknowledged.Add(int.Parse(location[(marker + "#answer-".Length)..], CultureInfo.InvariantCulture));
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    latencies.Error();
                }
            }
        })));
        var elapsed = clock.Elapsed;
        foreach (var (session, _) in sessions) session.Dispose();
        await File.WriteAllLinesAsync(idsOut, acknowledged.Select(id => id.ToString(CultureInfo.InvariantCulture)));
        Console.WriteLine(latencies.Result(elapsed, $" acknowledged={acknowledged.Count}"));
    }
}
