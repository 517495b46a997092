using Community.Core.Demo;
using Community.Core.Questions;
using Community.Core.Tags;
using Community.Core.Slugs;

sealed partial class World
{
    private void CreateQuestions()
    {
        var count = options.Questions;
        var start = _now - Span;
        // Activity grows over time too: density proportional to age (sqrt of a uniform draw), sorted so ids follow time.
        var times = new DateTime[count];
        for (var i = 0; i < count; i++) times[i] = start + (_now - TimeSpan.FromMinutes(5) - start) * Math.Sqrt(_random.NextDouble());
        Array.Sort(times);

        _questions = new Q[count];
        for (var i = 0; i < count; i++)
        {
            var draft = DemoCorpus.Draft(_random);
            var body = QuestionPool.Pick(_random, draft, () => draft.Body);
            var title = VaryTitle(draft);
            var tagIds = draft.Tags.Select(TagId).ToList();
            // Half the questions also carry a long-tail tag, a few tags much more often than others (Zipf-like).
            if (_random.NextDouble() < 0.5 && _tail.Count > 0) tagIds.Add(_tail[(int)(_tail.Count * Math.Pow(_random.NextDouble(), 3))]);
            var distinct = tagIds.Distinct().Take(TagNames.MaxCount).ToArray();
            foreach (var tag in distinct) _tagCounts[tag - 1]++;
            _questions[i] = new Q
            {
                Title = title,
                Slug = Slug.From(title),
                Body = body,
                AuthorId = ActiveMember(times[i], 2.2),
                ProductId = draft.ProductIndex + 1,
                CreatedAt = times[i],
                LastActivityAt = times[i],
                Guid = NewGuid(),
                TagIds = distinct,
                Kind = draft,
            };
        }
    }

    /// <summary>The corpus has a few thousand distinct titles; a product name or a number keeps 100,000 of them apart.</summary>
    private string VaryTitle(DemoQuestion draft)
    {
        var title = draft.Title;
        var roll = _random.NextDouble();
        if (roll < 0.35)
        {
            var product = DemoCorpus.Products[_random.Next(DemoCorpus.Products.Count)];
            title += $" ({(draft.IsKorean ? product.KoreanName : product.Name)})";
        }
        else if (roll < 0.7)
        {
            title += draft.IsKorean ? $" #{_random.Next(2, 1000)}번째 문의" : $" (case {_random.Next(1000, 100_000)})";
        }
        return title.Length > PostLimits.TitleMax ? title[..PostLimits.TitleMax].TrimEnd() : title;
    }
}
