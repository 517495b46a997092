using Community.Core.Demo;

sealed partial class World
{
    private void CreateAnswers()
    {
        var questions = _questions.Length;
        var counts = new int[questions];
        // About one question in six never gets an answer; the others get one each, then the rest is spread out,
        // a quarter of it over 2% "hot" questions — the long pages with dozens of answers a real forum has.
        var answered = Enumerable.Range(0, questions).Where(_ => _random.NextDouble() < 0.83).ToArray();
        if (answered.Length == 0) answered = [0];
        _random.Shuffle(answered);
        var remaining = options.Answers;
        foreach (var q in answered)
        {
            if (remaining == 0) break;
            counts[q]++;
            remaining--;
        }
        var hot = answered.Take(Math.Max(1, answered.Length / 50)).ToArray();
        while (remaining-- > 0)
            counts[_random.NextDouble() < 0.25 ? hot[_random.Next(hot.Length)] : answered[_random.Next(answered.Length)]]++;

        var answers = new List<A>(options.Answers);
        for (var q = 0; q < questions; q++)
        {
            ref var question = ref _questions[q];
            for (var k = 0; k < counts[q]; k++)
            {
                // Most answers come within days, some much later (people find old threads through search).
                var window = _random.NextDouble() < 0.85 ? TimeSpan.FromDays(4) : TimeSpan.FromDays(365);
                var at = After(question.CreatedAt + TimeSpan.FromMinutes(3), window);
                var kind = question.Kind;
                answers.Add(new A
                {
                    Question = q,
                    AuthorId = ActiveMember(at, 1.8, notId: question.AuthorId),
                    Body = AnswerPool.Pick(_random, kind, () => DemoCorpus.Answer(_random, kind)),
                    CreatedAt = at,
                    Guid = NewGuid(),
                });
            }
        }
        // Ids follow time, across questions, as in a live database.
        answers.Sort((x, y) => x.CreatedAt.CompareTo(y.CreatedAt));
        _answers = answers.ToArray();

        var byQuestion = AnswersByQuestion();
        for (var q = 0; q < questions; q++)
        {
            ref var question = ref _questions[q];
            var ids = byQuestion[q];
            question.AnswerCount = ids.Count;
            foreach (var id in ids)
                if (_answers[id - 1].CreatedAt > question.LastActivityAt) question.LastActivityAt = _answers[id - 1].CreatedAt;
            // The asker accepts an answer on ~40% of answered questions (the reputation it earns: ReplayLedger).
            if (ids.Count > 0 && _random.NextDouble() < 0.4)
                question.AcceptedAnswerId = ids[_random.Next(ids.Count)];
        }
    }

    private List<int>[]? _answersByQuestion;

    private List<int>[] AnswersByQuestion()
    {
        if (_answersByQuestion is not null) return _answersByQuestion;
        var lists = new List<int>[_questions.Length];
        for (var q = 0; q < lists.Length; q++) lists[q] = [];
        for (var i = 0; i < _answers.Length; i++) lists[_answers[i].Question].Add(i + 1);
        return _answersByQuestion = lists;
    }
}
