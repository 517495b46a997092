using Community.Core.Content;
using Community.Core.Demo;
using Community.Core.Ideas;
using Community.Core.Reputation;

sealed partial class World
{
    private struct I
    {
        public string Title, Guid;
        public int AuthorId, Text, VoteCount;
        public int? ProductId;
        public IdeaStatus Status;
        public DateTime CreatedAt, StatusChangedAt;
        public DateTime? FirstResponseAt, ResponseDueAt, DeliveredAt;
        public decimal WeightedVotes; // the sum of the vote weights, known once the ledger is replayed
    }

    private I[] _ideas = [];
    // Weight: the voter's level weight when they voted, set by ReplayLedger.
    private readonly List<(int IdeaId, int VoterId, DateTime At, decimal Weight)> _ideaVotes = [];
    private readonly List<(int IdeaId, IdeaStatus From, IdeaStatus To, string Message, int ChangedById, DateTime At)> _ideaChanges = [];
    private (string Markdown, string Html, string Text)[] _ideaBodies = [];
    private readonly Dictionary<string, string> _messageHtml = [];

    /// <summary>
    /// Ideas as SubmitIdea, VoteIdea and ChangeIdeaStatus leave them: the author's own vote, votes from distinct members
    /// (every voter follows), and the brand team's walk along the workflow, which pays the author at Planned and Delivered.
    /// Popular ideas get further. No duplicates: a merge moves votes between ideas, which the analytics do not need.
    /// </summary>
    private void CreateIdeas()
    {
        var count = Math.Max(10, options.Questions / 200);
        var start = _now - Span;
        var times = new DateTime[count];
        for (var i = 0; i < count; i++) times[i] = start + (_now - TimeSpan.FromMinutes(5) - start) * Math.Sqrt(_random.NextDouble());
        Array.Sort(times);
        _ideaBodies = HistoryTexts.Ideas.Select(t => { var r = Renderer.Render(t.Description); return (t.Description, r.Html, r.Text); }).ToArray();

        _ideas = new I[count];
        for (var i = 0; i < count; i++)
        {
            var id = i + 1;
            var at = times[i];
            var text = _random.Next(HistoryTexts.Ideas.Length);
            var korean = HistoryTexts.Ideas[text].Korean;
            int? product = _random.NextDouble() < 0.75 ? _random.Next(DemoCorpus.Products.Count) + 1 : null;
            var title = HistoryTexts.Ideas[text].Title;
            if (product is { } p) title += $" ({(korean ? DemoCorpus.Products[p - 1].KoreanName : DemoCorpus.Products[p - 1].Name)})";
            var author = ActiveMember(at, 1.6);
            var idea = new I { Title = title, Guid = NewGuid(), AuthorId = author, Text = text, ProductId = product, Status = IdeaStatus.New, CreatedAt = at, StatusChangedAt = at };
            Earn(author, ReputationReason.IdeaSubmitted, SubmitIdea.Source(id), PostKind.Idea, id, null, at);

            // One idea in ten catches on; most gather a handful of votes.
            var others = _random.NextDouble() < 0.1 ? Geometric(40) : Geometric(5);
            Walk(ref idea, id, korean, others >= 10);

            // Votes until the idea closed (a delivered idea takes none) — the author's comes with the submission.
            var window = TimeSpan.FromTicks(Math.Min(TimeSpan.FromDays(120).Ticks, ((idea.DeliveredAt ?? _now) - at - TimeSpan.FromMinutes(2)).Ticks));
            var votes = new List<(int Voter, DateTime At)> { (author, at + TimeSpan.FromSeconds(1)) };
            var pool = JoinedBy(at);
            var chosen = new HashSet<int> { author };
            others = Math.Min(others, pool - 1);
            while (chosen.Count < others + 1)
            {
                var voter = _random.Next(pool) + 1;
                if (!chosen.Add(voter)) continue;
                votes.Add((voter, After(at + TimeSpan.FromMinutes(2), window)));
            }
            votes.Sort((x, y) => x.At.CompareTo(y.At));
            foreach (var (voter, votedAt) in votes) _ideaVotes.Add((id, voter, votedAt, 0m));
            idea.VoteCount = votes.Count;
            // The response clock starts at the threshold vote (IdeaOptions: 10 votes, 14 days) and stops at the first response.
            if (idea.FirstResponseAt is null && votes.Count >= 10) idea.ResponseDueAt = votes[9].At.AddDays(14);
            _ideas[i] = idea;
        }
    }

    /// <summary>The brand team moves the idea along the workflow, step by step, as far as time has allowed.</summary>
    private void Walk(ref I idea, int id, bool korean, bool popular)
    {
        var roll = _random.NextDouble() - (popular ? 0.15 : 0); // popular ideas are likelier to be built
        IdeaStatus target = roll < 0.10 ? IdeaStatus.Delivered : roll < 0.16 ? IdeaStatus.InProgress : roll < 0.26 ? IdeaStatus.Planned
            : roll < 0.38 ? IdeaStatus.NotPlanned : roll < 0.53 ? IdeaStatus.UnderReview : IdeaStatus.New;
        var reviewFirst = target == IdeaStatus.UnderReview || _random.NextDouble() < 0.5;
        var path = new List<IdeaStatus>();
        if (reviewFirst && target != IdeaStatus.New) path.Add(IdeaStatus.UnderReview);
        if (target is IdeaStatus.Planned or IdeaStatus.InProgress or IdeaStatus.Delivered) path.Add(IdeaStatus.Planned);
        if (target is IdeaStatus.InProgress or IdeaStatus.Delivered) path.Add(IdeaStatus.InProgress);
        if (target is IdeaStatus.Delivered or IdeaStatus.NotPlanned) path.Add(target);

        var at = idea.CreatedAt;
        foreach (var to in path)
        {
            // The first answer comes within weeks; building takes months.
            at += TimeSpan.FromDays(idea.FirstResponseAt is null ? 1 + Geometric(10) : 7 + Geometric(45)) + TimeSpan.FromMinutes(_random.Next(1440));
            if (at >= _now) break; // not there yet
            var messages = HistoryTexts.StatusMessages(to, korean);
            var message = messages[_random.Next(messages.Length)];
            if (!_messageHtml.ContainsKey(message)) _messageHtml[message] = Renderer.Render(message).Html;
            var staff = _brandTeam[_random.Next(_brandTeam.Length)];
            _ideaChanges.Add((id, idea.Status, to, message, staff, at));
            idea.Status = to;
            idea.StatusChangedAt = at;
            idea.FirstResponseAt ??= at;
            // IdeaStatusConsequences: the author is paid once at each, the staff member being the actor.
            if (to == IdeaStatus.Planned) Earn(idea.AuthorId, ReputationReason.IdeaPlanned, $"idea:planned:{id}", PostKind.Idea, id, staff, at);
            if (to == IdeaStatus.Delivered)
            {
                Earn(idea.AuthorId, ReputationReason.IdeaDelivered, $"idea:delivered:{id}", PostKind.Idea, id, staff, at);
                idea.DeliveredAt = at;
            }
        }
    }
}
