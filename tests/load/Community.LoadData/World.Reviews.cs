using Community.Core.Content;
using Community.Core.Demo;
using Community.Core.Reputation;
using Community.Core.Reviews;

sealed partial class World
{
    private struct R
    {
        public int ProductId, AuthorId, Rating, Text, HelpfulCount;
        public int? ResponderId, Response;
        public DateTime CreatedAt;
        public DateTime? RespondedAt;
    }

    private R[] _reviews = [];
    private readonly List<(int ReviewId, int VoterId, DateTime At)> _reviewVotes = [];

    // Rendered once per (text, product) and per response: rendering is the slow part, and a few dozen variants are plenty.
    private readonly Dictionary<(int Text, int Product), (string Title, string Markdown, string Html)> _reviewBodies = [];
    private string[] _responseHtml = [];

    /// <summary>
    /// Product reviews (one per member and product, as WriteReview allows), weighted to recent years like the questions,
    /// each marked helpful by a few distinct members; the brand team answers some of the critical ones.
    /// </summary>
    private void CreateReviews()
    {
        var products = DemoCorpus.Products.Count;
        var count = Math.Max(1, options.Members / 8);
        var start = _now - Span;
        var times = new DateTime[count];
        for (var i = 0; i < count; i++) times[i] = start + (_now - TimeSpan.FromMinutes(5) - start) * Math.Sqrt(_random.NextDouble());
        Array.Sort(times); // ids follow time

        var written = new HashSet<(int Product, int Author)>();
        var reviews = new List<R>(count);
        foreach (var at in times)
        {
            // Regulars review several products (skewed choice), so some reach the fan ladder's three reviews.
            int product = 0, author = 0;
            for (var attempt = 0; attempt < 20 && author == 0; attempt++)
            {
                product = _random.Next(products) + 1;
                var candidate = ActiveMember(at, 1.3);
                if (written.Add((product, candidate))) author = candidate;
            }
            if (author == 0) continue; // everyone who had joined by then already reviewed: rare, and only in tiny runs
            var rating = StarRating();
            var texts = Enumerable.Range(0, HistoryTexts.Reviews.Length).Where(t => HistoryTexts.Reviews[t].Rating == rating).ToArray();
            var review = new R { ProductId = product, AuthorId = author, Rating = rating, Text = texts[_random.Next(texts.Length)], CreatedAt = at };
            var id = reviews.Count + 1;

            // Helpful marks from distinct members other than the author, mostly within weeks of the review.
            var pool = JoinedBy(at);
            var wanted = Math.Min(Geometric(2.5), pool - 1);
            var voters = new HashSet<int>();
            while (voters.Count < wanted)
            {
                var voter = _random.Next(pool) + 1;
                if (voter == author || !voters.Add(voter)) continue;
                var votedAt = After(at + TimeSpan.FromMinutes(5), TimeSpan.FromDays(60));
                _reviewVotes.Add((id, voter, votedAt));
                // MarkReviewHelpful: the author earns, with the voter as actor.
                Earn(author, ReputationReason.ReviewHelpful, MarkReviewHelpful.Source(id, voter), PostKind.Review, id, voter, votedAt);
            }
            review.HelpfulCount = voters.Count;
            // WriteReview pays once for writing, with no actor.
            Earn(author, ReputationReason.ReviewWritten, $"review:written:{id}", PostKind.Review, id, null, at);

            // The brand team answers some of the critical reviews, in the review's language, within days.
            if (rating <= 3 && _random.NextDouble() < 0.4)
            {
                var korean = HistoryTexts.Reviews[review.Text].Korean;
                var responses = Enumerable.Range(0, HistoryTexts.ReviewResponses.Length)
                    .Where(r => IsKorean(HistoryTexts.ReviewResponses[r]) == korean).ToArray();
                review.Response = responses[_random.Next(responses.Length)];
                review.ResponderId = _brandTeam[_random.Next(_brandTeam.Length)];
                review.RespondedAt = After(at + TimeSpan.FromHours(1), TimeSpan.FromDays(7));
            }
            reviews.Add(review);
        }
        _reviews = reviews.ToArray();
        _responseHtml = HistoryTexts.ReviewResponses.Select(r => Renderer.Render(r).Html).ToArray();
    }

    /// <summary>Stars as product reviews tend to have them: mostly 4–5, a tail of unhappy ones.</summary>
    private int StarRating()
    {
        var roll = _random.NextDouble();
        return roll < 0.40 ? 5 : roll < 0.68 ? 4 : roll < 0.82 ? 3 : roll < 0.91 ? 2 : 1;
    }

    private (string Title, string Markdown, string Html) ReviewBody(R review)
    {
        var key = (review.Text, review.ProductId);
        if (_reviewBodies.TryGetValue(key, out var body)) return body;
        var text = HistoryTexts.Reviews[review.Text];
        var product = DemoCorpus.Products[review.ProductId - 1];
        var markdown = string.Format(text.Body, text.Korean ? product.KoreanName : product.Name);
        return _reviewBodies[key] = (text.Title, markdown, Renderer.Render(markdown).Html);
    }

    private static bool IsKorean(string text) => text.Any(c => c is >= '\uAC00' and <= '\uD7A3');
}
