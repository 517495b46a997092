using System.Diagnostics;
using Community.Core.Content;
using Community.Core.Data;
using Community.Core.Members;
using Community.Core.Products;
using Community.Core.Questions;
using Community.Core.Reputation;
using Community.Core.Tags;
using Community.Core.Voting;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Community.Core.Slugs;

namespace Community.Core.Demo;

/// <summary>
/// Fills an empty database with a believable community for demos and manual testing: members at very
/// different activity levels, questions over the last 18 months, answers, accepted answers, comments and
/// votes. Stored counters (scores, answer and tag counts, reputation) are derived from the rows written
/// here, so the demo data keeps the same invariants as data written through the use cases.
/// Content is deterministic for a given clock; only ids, stamps and submission tokens differ between runs.
/// </summary>
public sealed class DemoDataSeeder(CommunityDbContext db, MarkdownRenderer renderer, IOptions<ReputationOptions> reputationRules, TimeProvider clock, ILogger<DemoDataSeeder> log)
{
    private const int Seed = 20261123;
    private const int QuestionTotal = 220;
    private const int QuestionSpanDays = 540;

    // DemoCorpus.MemberNames lists the staff voices first; the last few names only read and vote.
    private const int BrandTeamIndex = 0;
    private const int ModeratorIndex = 1;
    private const int RegularsEnd = 7;
    private const int LurkerCount = 10;

    /// <summary>The last regular stopped coming this many days ago, so the brand team's care page has someone real to show.</summary>
    private const int QuietForDays = 35;

    private sealed record Persona(Member Member, bool IsKorean, int AskWeight, int AnswerWeight);

    private sealed record Post(Question Question, DemoQuestion Draft);

    private Random _random = new(Seed);
    private DateTime _now;
    private readonly DemoReputation _reputation = new();

    /// <returns>True when it seeded; false when the database already had content.</returns>
    public async Task<bool> SeedAsync(CancellationToken ct = default)
    {
        if (await db.Questions.AnyAsync(ct) || await db.Products.AnyAsync(ct)) return false;
        var started = Stopwatch.GetTimestamp();
        _random = new Random(Seed);
        _now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);

        var people = CreatePeople();
        var products = DemoCorpus.Products.Select(p => new Product { Name = p.Name, Slug = p.Slug }).ToList();
        var tags = DemoCorpus.Tags.ToDictionary(name => name, name => new Tag { Name = name });
        db.Users.AddRange(people.Select(p => p.Member));
        db.Products.AddRange(products);
        db.Tags.AddRange(tags.Values);
        await db.SaveChangesAsync(ct); // member and product ids are referenced below
        await AddRolesAsync(people, ct);

        var posts = CreateQuestions(people, products, tags);
        await db.SaveChangesAsync(ct); // answer ids are needed for acceptance, comments and votes

        AcceptAnswers(posts);
        AddRevisions(posts);
        var comments = AddComments(posts, people);
        var votes = AddVotes(posts, people);
        _reputation.WriteLedger(db, people.Select(p => p.Member), reputationRules.Value);
        await db.SaveChangesAsync(ct);
        await DemoExtras.AddAsync(db, renderer, people[BrandTeamIndex].Member, _now, ct);
        await db.SaveChangesAsync(ct);
        await DemoCare.AddAsync(db, people[(ModeratorIndex + 1)..RegularsEnd].Select(p => p.Member).ToList(), people[BrandTeamIndex].Member, _now.AddDays(-QuietForDays), _now, _random, ct);
        await transaction.CommitAsync(ct);

        if (log.IsEnabled(LogLevel.Information))
            log.DemoSeeded(Stopwatch.GetElapsedTime(started).TotalMilliseconds, people.Count, products.Count, tags.Count, posts.Count,
                posts.Sum(p => p.Question.Answers.Count), comments, votes);
        return true;
    }

    private List<Persona> CreatePeople()
    {
        var names = DemoCorpus.MemberNames;
        var people = new List<Persona>(names.Count);
        for (var i = 0; i < names.Count; i++)
        {
            // A few regulars carry the forum, most members drop by now and then, lurkers only read and vote.
            var (ask, answer, joinedDaysAgo) = i switch
            {
                BrandTeamIndex => (0, 10, 725),
                ModeratorIndex => (0, 4, 700),
                < RegularsEnd => (3, 12, _random.Next(QuestionSpanDays + 20, 730)),
                _ when i >= names.Count - LurkerCount => (0, 0, _random.Next(10, 730)),
                _ => (_random.Next(1, 4), _random.Next(0, 3), _random.Next(20, 730)),
            };
            var name = DisplayNamePolicy.Clean(names[i], out _) ?? throw new InvalidOperationException($"Demo name '{names[i]}' is not allowed.");
            var email = $"demo{i + 1}@haneul.example";
            var isKorean = name.Any(c => c is >= '가' and <= '힣');
            var member = new Member
            {
                UserName = email, NormalizedUserName = email.ToUpperInvariant(),
                Email = email, NormalizedEmail = email.ToUpperInvariant(), EmailConfirmed = true,
                SecurityStamp = Guid.NewGuid().ToString(), // no password hash: demo members cannot sign in
                DisplayName = name, DisplayNameSkeleton = DisplayNamePolicy.Skeleton(name),
                JoinedAt = _now.AddDays(-joinedDaysAgo).AddMinutes(-_random.Next(24 * 60)),
                PreferredCulture = isKorean ? "ko" : "en",
            };
            people.Add(new Persona(member, isKorean, ask, answer));
        }
        return people;
    }

    private async Task AddRolesAsync(List<Persona> people, CancellationToken ct)
    {
        var roleIds = await db.Roles.ToDictionaryAsync(r => r.Name!, r => r.Id, ct);
        int RoleId(string role) => roleIds.TryGetValue(role, out var id) ? id
            : throw new InvalidOperationException($"Role '{role}' must exist before demo data is seeded.");

        db.UserRoles.AddRange(people.Select(p => new IdentityUserRole<int> { UserId = p.Member.Id, RoleId = RoleId(Roles.Member) }));
        db.UserRoles.Add(new IdentityUserRole<int> { UserId = people[BrandTeamIndex].Member.Id, RoleId = RoleId(Roles.BrandTeam) });
        db.UserRoles.Add(new IdentityUserRole<int> { UserId = people[ModeratorIndex].Member.Id, RoleId = RoleId(Roles.Moderator) });
    }

    private List<Post> CreateQuestions(List<Persona> people, List<Product> products, Dictionary<string, Tag> tags)
    {
        Tag TagNamed(string name)
        {
            if (tags.TryGetValue(name, out var tag)) return tag;
            tag = tags[name] = new Tag { Name = name };
            db.Tags.Add(tag);
            return tag;
        }

        var posts = new List<Post>(QuestionTotal);
        var cores = new HashSet<string>();
        for (var n = 0; n < QuestionTotal; n++)
        {
            // No question twice: a draft whose core title was asked already is drawn again (the corpus runs out before long).
            var draft = DemoCorpus.Draft(_random);
            for (var attempt = 0; attempt < 50 && cores.Contains(draft.Core); attempt++) draft = DemoCorpus.Draft(_random);
            if (!cores.Add(draft.Core)) continue;
            var createdAt = _now.AddMinutes(-_random.Next(60, QuestionSpanDays * 24 * 60));
            // The regulars joined before the oldest question, so someone can always have asked it.
            var asker = Choose(people, p => p.AskWeight, draft.IsKorean, createdAt)!;
            var rendered = renderer.Render(draft.Body);
            var question = new Question
            {
                Title = draft.Title,
                Slug = Slug.From(draft.Title),
                BodyMarkdown = draft.Body,
                BodyHtml = rendered.Html,
                BodyText = rendered.Text,
                AuthorId = asker.Member.Id,
                ProductId = draft.ProductIndex is { } index ? products[index].Id : null,
                Tags = draft.Tags.Select(TagNamed).ToList(),
                CreatedAt = createdAt,
                LastActivityAt = createdAt,
                SubmissionId = Guid.NewGuid(),
            };
            TagCatalog.Count(question.Tags, +1);
            AddAnswers(question, draft, people);
            db.Questions.Add(question);
            posts.Add(new Post(question, draft));
        }
        return posts;
    }

    private void AddAnswers(Question question, DemoQuestion draft, List<Persona> people)
    {
        var count = _random.NextDouble() switch { < 0.15 => 0, < 0.50 => 1, < 0.75 => 2, < 0.90 => 3, < 0.96 => 4, _ => 5 };
        // Nobody answers twice, and askers never answer their own question.
        var answered = new HashSet<int> { question.AuthorId };
        var given = new HashSet<string>();
        for (var k = 0; k < count; k++)
        {
            var at = After(question.CreatedAt.AddMinutes(3), maxDays: 4);
            var author = Choose(people, p => p.AnswerWeight, draft.IsKorean, at, answered);
            if (author is null) break;
            answered.Add(author.Member.Id);
            var body = DemoCorpus.Answer(_random, draft, byStaff: author == people[BrandTeamIndex], given);
            var answer = new Answer
            {
                AuthorId = author.Member.Id,
                BodyMarkdown = body,
                BodyHtml = renderer.Render(body).Html,
                CreatedAt = at,
                SubmissionId = Guid.NewGuid(),
            };
            // The brand's own people answer officially (personal assistance).
            answer.MarkOfficial(author == people[BrandTeamIndex]);
            question.Answers.Add(answer);
            if (at > question.LastActivityAt) question.LastActivityAt = at;
        }
        question.AnswerCount = question.Answers.Count;
    }

    private void AcceptAnswers(List<Post> posts)
    {
        foreach (var question in posts.Select(p => p.Question).Where(q => q.Answers.Count > 0))
        {
            if (_random.NextDouble() >= 0.4) continue;
            var accepted = question.Answers[_random.Next(question.Answers.Count)];
            question.Accept(accepted, question.AuthorId);
            var source = ReputationLedger.AcceptSource(accepted.Id);
            var acceptedAt = After(accepted.CreatedAt, maxDays: 3);
            _reputation.Earn(accepted.AuthorId, ReputationReason.AnswerAccepted, source, PostKind.Answer, accepted.Id, question.AuthorId, acceptedAt);
            _reputation.Earn(question.AuthorId, ReputationReason.AcceptedAnAnswer, source, PostKind.Answer, accepted.Id, question.AuthorId, acceptedAt);
        }
    }

    private void AddRevisions(List<Post> posts)
    {
        foreach (var question in posts.Select(p => p.Question))
        {
            db.PostRevisions.Add(new PostRevision
            {
                PostKind = PostKind.Question, PostId = question.Id, Number = 1, Title = question.Title,
                Tags = string.Join(' ', question.Tags.Select(t => t.Name)), BodyMarkdown = question.BodyMarkdown,
                EditorId = question.AuthorId, CreatedAt = question.CreatedAt,
            });
            db.PostRevisions.AddRange(question.Answers.Select(answer => new PostRevision
            {
                PostKind = PostKind.Answer, PostId = answer.Id, Number = 1, BodyMarkdown = answer.BodyMarkdown,
                EditorId = answer.AuthorId, CreatedAt = answer.CreatedAt,
            }));
        }
    }

    private int AddComments(List<Post> posts, List<Persona> people)
    {
        var count = 0;
        foreach (var (question, draft) in posts)
        {
            var targets = question.Answers.Select(a => ((int?)a.Id, a.CreatedAt)).Prepend((null, question.CreatedAt));
            foreach (var (answerId, postedAt) in targets)
            {
                if (_random.NextDouble() >= (answerId is null ? 0.35 : 0.25)) continue;
                for (var k = _random.Next(1, 3); k > 0; k--)
                {
                    var at = After(postedAt.AddMinutes(1), maxDays: 3);
                    // Under answers the asker often replies ("that fixed it"); elsewhere anyone who posts at all.
                    var authorId = answerId is not null && _random.NextDouble() < 0.4
                        ? question.AuthorId
                        : Choose(people, p => p.AskWeight + p.AnswerWeight, draft.IsKorean, at)?.Member.Id ?? question.AuthorId;
                    db.Comments.Add(new Comment
                    {
                        QuestionId = question.Id, AnswerId = answerId, AuthorId = authorId,
                        Body = DemoCorpus.Comment(_random, draft.IsKorean), CreatedAt = at,
                    });
                    count++;
                }
            }
        }
        return count;
    }

    private int AddVotes(List<Post> posts, List<Persona> people)
    {
        var count = 0;
        foreach (var question in posts.Select(p => p.Question))
        {
            question.Score = Cast(people, PostKind.Question, question.Id, question.AuthorId, question.CreatedAt, _random.Next(0, 7), ref count);
            foreach (var answer in question.Answers)
            {
                var voters = _random.Next(0, 6) + (answer.Id == question.AcceptedAnswerId ? 3 : 0);
                answer.Score = Cast(people, PostKind.Answer, answer.Id, answer.AuthorId, answer.CreatedAt, voters, ref count);
            }
        }
        return count;
    }

    /// <summary>Adds one vote each from distinct members other than the author; returns the post's score (their sum).</summary>
    private int Cast(List<Persona> people, PostKind kind, int postId, int authorId, DateTime postedAt, int voters, ref int count)
    {
        // Lurkers vote too: voting is how most readers take part.
        var pool = people.Where(p => p.Member.Id != authorId && p.Member.JoinedAt < postedAt && IsAround(people, p, postedAt.AddDays(30))).ToArray();
        _random.Shuffle(pool);
        var score = 0;
        foreach (var voter in pool.Take(voters))
        {
            var value = _random.NextDouble() < 0.1 ? -1 : 1;
            var votedAt = After(postedAt, maxDays: 30);
            db.Votes.Add(new Vote { VoterId = voter.Member.Id, PostKind = kind, PostId = postId, Value = value, CreatedAt = votedAt });
            // The same rules as live votes, replayed through the ledger in time order below.
            var source = ReputationLedger.VoteSource(kind, postId, voter.Member.Id);
            var reason = value < 0 ? ReputationReason.PostDownvoted : kind == PostKind.Question ? ReputationReason.QuestionUpvoted : ReputationReason.AnswerUpvoted;
            _reputation.Earn(authorId, reason, source, kind, postId, voter.Member.Id, votedAt);
            if (value < 0 && kind == PostKind.Answer)
                _reputation.Earn(voter.Member.Id, ReputationReason.DownvotedAnswer, source, kind, postId, voter.Member.Id, votedAt);
            score += value;
            count++;
        }
        return score;
    }

    /// <summary>Chooses a member by weight among those who had joined by <paramref name="at"/>, favouring the post's language.</summary>
    private Persona? Choose(List<Persona> people, Func<Persona, int> weight, bool korean, DateTime at, HashSet<int>? exclude = null)
    {
        var candidates = people
            .Where(p => p.Member.JoinedAt < at && exclude?.Contains(p.Member.Id) != true && IsAround(people, p, at))
            .Select(p => (Person: p, Weight: weight(p) * (p.IsKorean == korean ? 3 : 1)))
            .Where(c => c.Weight > 0)
            .ToList();
        var roll = _random.Next(candidates.Sum(c => c.Weight));
        foreach (var (person, w) in candidates)
        {
            if (roll < w) return person;
            roll -= w;
        }
        return null;
    }

    /// <summary>Whether the member still took part at <paramref name="at"/> (the quiet regular left <see cref="QuietForDays"/> ago).</summary>
    private bool IsAround(List<Persona> people, Persona person, DateTime at) =>
        !ReferenceEquals(person, people[RegularsEnd - 1]) || at < _now.AddDays(-QuietForDays);

    /// <summary>A moment after <paramref name="start"/>, usually soon, never in the future.</summary>
    private DateTime After(DateTime start, double maxDays)
    {
        var spanMinutes = Math.Max(0, Math.Min((_now - start).TotalMinutes, maxDays * 24 * 60));
        return start.AddMinutes(Math.Pow(_random.NextDouble(), 2) * spanMinutes);
    }
}
