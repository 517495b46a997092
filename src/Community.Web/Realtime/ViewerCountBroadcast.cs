using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR;

namespace Community.Web.Realtime;

/// <summary>
/// Tells a question's open pages how many people are viewing it — at most once a second per question. Sending on every
/// join would cost each newcomer a message to everyone already there: 5,000 people opening a popular question would be
/// 12.5 million messages. The first change after a quiet second goes out at once; changes within the second are
/// coalesced into one message carrying the count as it is when the second is up.
/// </summary>
public sealed class ViewerCountBroadcast(IHubContext<CommunityHub, ICommunityClient> hub, PresenceTracker presence, IPresenceCounts everywhere,
    TimeProvider clock, ILogger<ViewerCountBroadcast> log)
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    /// <summary>Per question: when the last count was sent, and whether a later send is already planned.</summary>
    private readonly ConcurrentDictionary<int, Pace> _pace = new();

    private sealed class Pace
    {
        public DateTimeOffset LastSent = DateTimeOffset.MinValue;
        public bool Planned;
    }

    public void Changed(int questionId)
    {
        var pace = _pace.GetOrAdd(questionId, _ => new Pace());
        TimeSpan wait;
        lock (pace)
        {
            if (pace.Planned) return;
            wait = pace.LastSent + Interval - clock.GetUtcNow();
            pace.Planned = true;
        }
        _ = SendAsync(questionId, pace, wait);
    }

    private async Task SendAsync(int questionId, Pace pace, TimeSpan wait)
    {
        try
        {
            if (wait > TimeSpan.Zero) await Task.Delay(wait, clock);
            int here;
            lock (pace)
            {
                pace.Planned = false;
                pace.LastSent = clock.GetUtcNow();
                here = presence.Count(questionId);
            }
            var count = await everywhere.CountAsync(questionId, here);
            await hub.Clients.Group(HubGroups.Question(questionId)).ViewerCountChanged(questionId, count);
            // An empty question's pace is forgotten (a later viewer starts afresh) unless someone arrived meanwhile.
            if (count == 0) _pace.TryRemove(new KeyValuePair<int, Pace>(questionId, pace));
        }
        catch (Exception failure)
        {
            // A count is cosmetic and the next change sends a fresh one; a failed send must not surface anywhere.
            log.ViewerCountNotSent(questionId, failure);
        }
    }
}

internal static partial class ViewerCountBroadcastLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "The viewer count of question {QuestionId} was not sent")]
    public static partial void ViewerCountNotSent(this ILogger log, int questionId, Exception failure);
}
