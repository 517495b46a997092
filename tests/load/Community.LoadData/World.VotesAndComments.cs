using Community.Core.Content;
using Community.Core.Demo;

sealed partial class World
{
    private void CreateVotes()
    {
        // Scores are the sum of real vote rows, so Score, the Votes table and the ledger (ReplayLedger) agree.
        for (var q = 0; q < _questions.Length; q++)
        {
            ref var question = ref _questions[q];
            var mean = AnswersByQuestion()[q].Count > 10 ? 12.0 : 1.6; // the busy threads are the upvoted ones
            question.Score = Cast(PostKind.Question, q + 1, question.AuthorId, question.CreatedAt, Geometric(mean));
        }
        for (var a = 0; a < _answers.Length; a++)
        {
            ref var answer = ref _answers[a];
            var accepted = _questions[answer.Question].AcceptedAnswerId == a + 1;
            answer.Score = Cast(PostKind.Answer, a + 1, answer.AuthorId, answer.CreatedAt, Geometric(1.0) + (accepted ? 3 : 0));
        }
    }

    /// <summary>Votes from distinct members (not the author) who had joined by then; returns their sum.</summary>
    private int Cast(PostKind kind, int postId, int authorId, DateTime postedAt, int voters)
    {
        var pool = JoinedBy(postedAt);
        voters = Math.Min(voters, pool - 1);
        var chosen = new HashSet<int>();
        var score = 0;
        while (chosen.Count < voters)
        {
            var voter = _random.Next(pool) + 1;
            if (voter == authorId || !chosen.Add(voter)) continue;
            var value = _random.NextDouble() < 0.1 ? -1 : 1;
            _votes.Add((voter, kind, postId, value, After(postedAt, TimeSpan.FromDays(30))));
            score += value;
        }
        return score;
    }

    private void CreateComments()
    {
        var byQuestion = AnswersByQuestion();
        for (var i = 0; i < options.Comments; i++)
        {
            var q = _random.Next(_questions.Length);
            var question = _questions[q];
            var answers = byQuestion[q];
            // Under an answer (often the asker replying) or under the question.
            var onAnswer = answers.Count > 0 && _random.NextDouble() < 0.5;
            var answerId = onAnswer ? answers[_random.Next(answers.Count)] : (int?)null;
            var postedAt = answerId is { } id ? _answers[id - 1].CreatedAt : question.CreatedAt;
            var at = After(postedAt + TimeSpan.FromMinutes(1), TimeSpan.FromDays(3));
            var author = onAnswer && _random.NextDouble() < 0.4 ? question.AuthorId : ActiveMember(at, 2.0);
            _comments.Add((q + 1, answerId, author, DemoCorpus.Comment(_random, question.Kind.IsKorean), at));
        }
        _comments.Sort((x, y) => x.At.CompareTo(y.At));
    }
}
