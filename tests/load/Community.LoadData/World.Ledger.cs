using Community.Core.Content;
using Community.Core.Reputation;

sealed partial class World
{
    private readonly record struct Earning(int MemberId, ReputationReason Reason, string Source, PostKind? Kind, int? PostId, int? ActorId, DateTime At);

    private readonly List<Earning> _earnings = [];

    /// <summary>ReputationEntries in id (= time) order, with the amounts the ledger actually applied.</summary>
    private (Earning Earning, Balances Applied)[] _ledger = [];

    // The app's defaults (appsettings.json does not override them): +10 per upvote, +15/+2 for an acceptance, 200 a day from votes.
    private static readonly ReputationOptions Rules = new();

    private void Earn(int memberId, ReputationReason reason, string source, PostKind? kind, int? postId, int? actorId, DateTime at) =>
        _earnings.Add(new Earning(memberId, reason, source, kind, postId, actorId, at));

    /// <summary>
    /// Every vote and acceptance the generator made, plus what reviews and ideas earned, replayed in time order through
    /// <see cref="LedgerMath"/> — the floor of 1 and the daily vote cap included — exactly as ReputationLedger would have
    /// written them one by one. The stored Reputation and Points are the replay's balances, so they equal 1 + the ledger's
    /// sum (what ReputationAudit checks). Idea votes weigh by the voter's level at that moment, so they are weighed here too.
    /// </summary>
    private void ReplayLedger()
    {
        // CastVote: the author gains or loses; downvoting an answer also costs the voter.
        foreach (var (voter, kind, postId, value, at) in _votes)
        {
            var author = kind == PostKind.Question ? _questions[postId - 1].AuthorId : _answers[postId - 1].AuthorId;
            var source = ReputationLedger.VoteSource(kind, postId, voter);
            var reason = value < 0 ? ReputationReason.PostDownvoted : kind == PostKind.Question ? ReputationReason.QuestionUpvoted : ReputationReason.AnswerUpvoted;
            Earn(author, reason, source, kind, postId, voter, at);
            if (value < 0 && kind == PostKind.Answer) Earn(voter, ReputationReason.DownvotedAnswer, source, kind, postId, voter, at);
        }
        // AcceptAnswer: both entries carry the asker as actor; the asker comes back within days of the answer.
        for (var q = 0; q < _questions.Length; q++)
        {
            if (_questions[q].AcceptedAnswerId is not { } answerId) continue;
            var asker = _questions[q].AuthorId;
            var answer = _answers[answerId - 1];
            if (answer.AuthorId == asker) continue; // accepting one's own answer earns nothing (never generated, but cheap to honour)
            var at = After(answer.CreatedAt + TimeSpan.FromMinutes(1), TimeSpan.FromDays(3));
            var source = ReputationLedger.AcceptSource(answerId);
            Earn(answer.AuthorId, ReputationReason.AnswerAccepted, source, PostKind.Answer, answerId, asker, at);
            Earn(asker, ReputationReason.AcceptedAnAnswer, source, PostKind.Answer, answerId, asker, at);
        }

        var members = options.Members;
        var reputation = Enumerable.Repeat(LedgerMath.ReputationFloor, members).ToArray();
        var points = new int[members];
        var capDay = new int[members];   // the UTC day the member's vote gains below are for
        var gainedToday = new int[members];
        var ladder = new AdvocacyOptions().Ladder;
        var ideaVotes = Enumerable.Range(0, _ideaVotes.Count).OrderBy(i => _ideaVotes[i].At).ToArray();
        var nextVote = 0;

        // OrderBy is stable: entries of one moment (an acceptance's two) keep the order they were earned in.
        var ordered = _earnings.OrderBy(e => e.At).ToArray();
        _ledger = new (Earning, Balances)[ordered.Length];
        for (var n = 0; n < ordered.Length; n++)
        {
            var e = ordered[n];
            for (; nextVote < ideaVotes.Length && _ideaVotes[ideaVotes[nextVote]].At < e.At; nextVote++) WeighIdeaVote(ideaVotes[nextVote]);
            var m = e.MemberId - 1;
            var day = DateOnly.FromDateTime(e.At).DayNumber;
            if (capDay[m] != day) (capDay[m], gainedToday[m]) = (day, 0);
            var capped = ReputationOptions.CountsTowardsDailyCap(e.Reason);
            var applied = LedgerMath.Applied(new Balances(reputation[m], points[m]), Rules.AwardFor(e.Reason), gainedToday[m], capped ? Rules.DailyVoteCap : null);
            if (capped) gainedToday[m] += applied.Reputation;
            reputation[m] += applied.Reputation;
            points[m] += applied.Points;
            _ledger[n] = (e, applied);
        }
        for (; nextVote < ideaVotes.Length; nextVote++) WeighIdeaVote(ideaVotes[nextVote]);
        _reputation = reputation;
        _points = points;
        foreach (var (ideaId, _, _, weight) in _ideaVotes) _ideas[ideaId - 1].WeightedVotes += weight;

        void WeighIdeaVote(int index)
        {
            var vote = _ideaVotes[index];
            _ideaVotes[index] = vote with { Weight = AdvocateLevelPolicy.For(reputation[vote.VoterId - 1], ladder).Current.VoteWeight };
        }
    }
}
