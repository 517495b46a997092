// Community.LoadData — fills a fresh SQLite database with a large, believable community for load tests.
//
//   dotnet Community.LoadData.dll [--questions N] [--answers N] [--members N] [--comments N] [--seed N] [--out PATH] [--no-analyze]
//
// The schema comes from the REAL migrations (MigrateAsync), so the load database has exactly the tables,
// indexes, FTS5 table and triggers production has. Rows are then written with raw, prepared Microsoft.Data.Sqlite
// commands in large transactions — EF change tracking would take an hour for half a million posts.
// Everything is drawn from one seeded Random, so the same arguments give the same content (ids included).
using System.Diagnostics;
using System.Globalization;
using Community.Core;
using Community.Core.Content;
using Community.Core.Data;
using Community.Core.Demo;
using Community.Core.Members;
using Community.Core.Questions;
using Community.Core.Tags;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

// "explain DB" reads SQL from stdin and shows the plan and run time with the SQLite the app bundles (e_sqlite3),
// which may plan differently from the sqlite3 CLI installed on the machine.
if (args is ["explain", var explainDb, ..]) return Explain.Run(explainDb, Console.In.ReadToEnd());

var options = LoadOptions.Parse(args);
if (options is null) return 2;

var total = Stopwatch.StartNew();
Phase.Start();
var path = Path.GetFullPath(options.Out);
Directory.CreateDirectory(Path.GetDirectoryName(path)!);
foreach (var file in new[] { path, path + "-wal", path + "-shm" }) File.Delete(file);
// No pooling: the file must really be closed when we are done (the app opens it next).
var connectionString = new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString();

Console.WriteLine($"Generating {options.Members:N0} members, {options.Questions:N0} questions, {options.Answers:N0} answers, {options.Comments:N0} comments into {path}");

// 1. Schema: the real migrations, including the FTS5 table QuestionsFts and its triggers.
await using (var db = new CommunityDbContext(new DbContextOptionsBuilder<CommunityDbContext>()
                 .UseSqlite(connectionString, o => o.MigrationsAssembly(CoreServiceCollectionExtensions.SqliteMigrationsAssembly))
                 .Options))
{
    await db.Database.MigrateAsync();
}
Phase.Done("schema (migrations)");

// 2. The whole community in memory first: ids, counters and dates must agree across tables
//    (AnswerCount, AcceptedAnswerId, Score = sum of votes, Tag.QuestionCount, Reputation, LastActivityAt).
var world = new World(options);
world.Build();
Phase.Done($"content generated ({world.QuestionPool.Count:N0} distinct question bodies, {world.AnswerPool.Count:N0} answer bodies rendered)");

// 3. Bulk insert.
await using var connection = new SqliteConnection(connectionString);
connection.Open();
var sql = new Sql(connection);
// WAL + synchronous=OFF: a crash mid-load only loses a file we would regenerate anyway. Foreign keys are
// checked once at the end (PRAGMA foreign_key_check) instead of per row. A large page cache keeps the
// indexes being filled in memory.
sql.Exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=OFF; PRAGMA foreign_keys=OFF; PRAGMA temp_store=MEMORY; PRAGMA cache_size=-1048576;");

// Indexing every question through the FTS AFTER INSERT trigger costs a trigger call per row; one 'rebuild' at the
// end is faster. The triggers on Questions are saved verbatim from sqlite_master (exactly as the migrations created
// them) and put back afterwards.
var questionTriggers = sql.Rows("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'Questions'",
    r => (Name: r.GetString(0), Sql: r.GetString(1)));
foreach (var trigger in questionTriggers) sql.Exec($"DROP TRIGGER \"{trigger.Name}\"");

world.Insert(sql);

// Both full-text indexes: trigram (QuestionsFts) and words by prefix (QuestionsWords, for short terms).
foreach (var index in new[] { "QuestionsFts", "QuestionsWords" })
    sql.Exec($"INSERT INTO {index}({index}) VALUES ('rebuild')");
Phase.Done("full-text indexes rebuilt");
// One merged b-tree per term, as a maintained index would be; without it the index is left as many segments.
foreach (var index in new[] { "QuestionsFts", "QuestionsWords" })
    sql.Exec($"INSERT INTO {index}({index}) VALUES ('optimize')");
Phase.Done("full-text index optimized");
foreach (var trigger in questionTriggers) sql.Exec(trigger.Sql);

var violations = sql.Scalar("SELECT COUNT(*) FROM pragma_foreign_key_check");
if (violations != 0) throw new InvalidOperationException($"{violations} foreign key violations — the generator is wrong.");
Phase.Done("foreign keys checked");

if (options.Analyze)
{
    // Statistics for the query planner (sqlite_stat1), as a well-kept production database would have.
    sql.Exec("ANALYZE");
    Phase.Done("ANALYZE");
}
sql.Exec("PRAGMA wal_checkpoint(TRUNCATE)");
Phase.Done("WAL checkpoint");

Console.WriteLine();
foreach (var table in new[] { "AspNetUsers", "AspNetRoles", "AspNetUserRoles", "Products", "Tags", "Questions", "QuestionTags", "Answers", "Comments", "Votes" })
    Console.WriteLine($"  {table,-16} {sql.Scalar($"SELECT COUNT(*) FROM \"{table}\""),12:N0}");
Console.WriteLine($"  {"QuestionsFts",-16} {sql.Scalar("SELECT COUNT(*) FROM QuestionsFts"),12:N0}");
Console.WriteLine($"  answered {sql.Scalar("SELECT COUNT(*) FROM Questions WHERE AnswerCount > 0"):N0}, accepted {sql.Scalar("SELECT COUNT(*) FROM Questions WHERE AcceptedAnswerId IS NOT NULL"):N0}, max answers on one question {sql.Scalar("SELECT MAX(AnswerCount) FROM Questions"):N0}");
connection.Close();
Console.WriteLine($"\nDone in {total.Elapsed.TotalSeconds:F1} s; {path} is {new FileInfo(path).Length / 1048576.0:F0} MB.");
return 0;

/// <summary>Command-line options; defaults are the standard load size.</summary>
sealed record LoadOptions(int Questions, int Answers, int Members, int Comments, int Seed, string Out, bool Analyze)
{
    public static LoadOptions? Parse(string[] args)
    {
        var o = new LoadOptions(100_000, 400_000, 20_000, 20_000, 20261123, "tests/load/out/load.db", true);
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            int Count() => int.TryParse(Next(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= 0
                ? n : throw new ArgumentException($"{args[i - 1]} needs a non-negative number");
            switch (args[i])
            {
                case "--questions": o = o with { Questions = Count() }; break;
                case "--answers": o = o with { Answers = Count() }; break;
                case "--members": o = o with { Members = Count() }; break;
                case "--comments": o = o with { Comments = Count() }; break;
                case "--seed": o = o with { Seed = Count() }; break;
                case "--out": o = o with { Out = Next() }; break;
                case "--no-analyze": o = o with { Analyze = false }; break;
                case "-h" or "--help":
                    Console.WriteLine("usage: Community.LoadData [--questions N] [--answers N] [--members N] [--comments N] [--seed N] [--out PATH] [--no-analyze]");
                    return null;
                default: throw new ArgumentException($"unknown option {args[i]} (try --help)");
            }
        }
        if (o.Members < 2) throw new ArgumentException("--members must be at least 2 (askers and answerers differ)");
        if (o.Questions < 1) throw new ArgumentException("--questions must be at least 1");
        return o;
    }
}

static class Phase
{
    private static readonly Stopwatch Watch = new();

    public static void Start() => Watch.Restart();

    public static void Done(string what)
    {
        Console.WriteLine($"  {Watch.Elapsed.TotalSeconds,6:F1} s  {what}");
    }
}

/// <summary>Thin helpers over one open connection.</summary>
sealed class Sql(SqliteConnection connection)
{
    public void Exec(string text)
    {
        using var command = connection.CreateCommand();
        command.CommandText = text;
        command.CommandTimeout = 0;
        command.ExecuteNonQuery();
    }

    public long Scalar(string text)
    {
        using var command = connection.CreateCommand();
        command.CommandText = text;
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    public List<T> Rows<T>(string text, Func<SqliteDataReader, T> map)
    {
        using var command = connection.CreateCommand();
        command.CommandText = text;
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read()) rows.Add(map(reader));
        return rows;
    }

    /// <summary>
    /// Inserts rows through one prepared, parameterised statement, committing every <paramref name="batch"/> rows:
    /// big transactions are what make SQLite fast, and committing now and then lets the WAL be checkpointed
    /// instead of growing to the size of the table.
    /// </summary>
    public void Insert(string table, string[] columns, IEnumerable<object?[]> rows, int batch = 50_000)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) " +
                              $"VALUES ({string.Join(", ", columns.Select((_, i) => "$p" + i))})";
        var parameters = columns.Select((_, i) => command.Parameters.Add(new SqliteParameter("$p" + i, null))).ToArray();
        command.Prepare();
        var count = 0;
        Exec("BEGIN");
        foreach (var row in rows)
        {
            for (var i = 0; i < parameters.Length; i++) parameters[i].Value = row[i] ?? DBNull.Value;
            command.ExecuteNonQuery();
            if (++count % batch == 0)
            {
                Exec("COMMIT");
                Exec("BEGIN");
            }
        }
        Exec("COMMIT");
        Phase.Done($"{table}: {count:N0} rows");
    }
}

/// <summary>Rendered Markdown reused across posts: rendering + sanitising is the slow part, so each
/// (language, topic, product) gets a few distinct bodies and every further post of that kind reuses one.</summary>
sealed class BodyPool(MarkdownRenderer renderer, int perKey)
{
    private readonly Dictionary<(bool Korean, string Topic, int? Product), List<int>> _byKey = [];
    public List<(string Markdown, string Html, string Text)> Bodies { get; } = [];
    public int Count => Bodies.Count;

    public int Pick(Random random, DemoQuestion kind, Func<string> compose)
    {
        var key = (kind.IsKorean, kind.Topic, kind.ProductIndex);
        if (!_byKey.TryGetValue(key, out var list)) _byKey[key] = list = [];
        if (list.Count >= perKey) return list[random.Next(list.Count)];
        var markdown = compose();
        var rendered = renderer.Render(markdown);
        Bodies.Add((markdown, rendered.Html, rendered.Text));
        list.Add(Bodies.Count - 1);
        return Bodies.Count - 1;
    }
}

/// <summary>The generated community. Ids are array positions + 1; rows are created in time order,
/// so ids grow with CreatedAt as they do in a real database.</summary>
sealed class World(LoadOptions options)
{
    // Time span of the community: questions over the last three years, the first members a little earlier.
    private static readonly TimeSpan Span = TimeSpan.FromDays(3 * 365);
    private readonly Random _random = new(options.Seed);
    private readonly DateTime _now = DateTime.UtcNow;
    private static readonly MarkdownRenderer Renderer = new();

    // Members (index i is AspNetUsers.Id i + 1), sorted by JoinedAt so "who had joined by t" is a prefix.
    private string[] _names = [];
    private string[] _skeletons = [];
    private DateTime[] _joined = [];
    private int[] _reputation = [];

    private readonly List<string> _tags = [];
    private readonly Dictionary<string, int> _tagIds = [];
    private readonly List<int> _tagCounts = [];

    private Q[] _questions = [];
    private A[] _answers = [];
    private readonly List<(int QuestionId, int? AnswerId, int AuthorId, string Body, DateTime At)> _comments = [];
    private readonly List<(int VoterId, PostKind Kind, int PostId, int Value, DateTime At)> _votes = [];

    // Up to 36 distinct bodies per (language, topic, product): about 2,000 renders per pool in all.
    public BodyPool QuestionPool { get; } = new(Renderer, 36);
    public BodyPool AnswerPool { get; } = new(Renderer, 36);

    private struct Q
    {
        public string Title, Slug, Guid;
        public int Body, AuthorId, Score, AnswerCount;
        public int? ProductId, AcceptedAnswerId;
        public DateTime CreatedAt, LastActivityAt;
        public int[] TagIds;
        public DemoQuestion Kind; // language/topic/product: answers and comments follow the question
    }

    private struct A
    {
        public int Question, AuthorId, Body, Score; // Question: index into _questions
        public DateTime CreatedAt;
        public string Guid;
    }

    public void Build()
    {
        CreateMembers();
        CreateTags();
        CreateQuestions();
        CreateAnswers();
        CreateVotes();
        CreateComments();
    }

    // ---------------------------------------------------------------- members

    private void CreateMembers()
    {
        var count = options.Members;
        _names = new string[count];
        _skeletons = new string[count];
        _joined = new DateTime[count];
        _reputation = new int[count];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        // The corpus names minus the two staff voices (they contain reserved words), then numbered variants.
        var corpus = DemoCorpus.MemberNames.Skip(2).ToArray();
        var first = _now - Span - TimeSpan.FromDays(60);
        for (var i = 0; i < count; i++)
        {
            var name = i < corpus.Length ? corpus[i]
                : _random.NextDouble() < 0.4 ? $"Member {i + 1}"
                : $"{corpus[_random.Next(corpus.Length)]} {_random.Next(1, 10_000)}";
            // Display names must have distinct skeletons (unique index); digits fold to letters, so check, don't assume.
            var skeleton = DisplayNamePolicy.Skeleton(name);
            while (!seen.Add(skeleton))
            {
                name = $"{name}{_random.Next(10)}";
                if (name.Length > DisplayNamePolicy.MaxLength) name = $"Member {i + 1}";
                skeleton = DisplayNamePolicy.Skeleton(name);
            }
            _names[i] = name;
            _skeletons[i] = skeleton;
            // Sign-ups accelerate as the community grows (x^0.6: sparse at first, dense lately).
            var x = (i + _random.NextDouble()) / count;
            _joined[i] = first + (_now - first - TimeSpan.FromDays(1)) * Math.Pow(x, 0.6);
            _reputation[i] = 1;
        }
    }

    /// <summary>How many members had joined before <paramref name="at"/> (they are the prefix of the sorted array).</summary>
    private int JoinedBy(DateTime at)
    {
        int lo = 0, hi = _joined.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (_joined[mid] < at) lo = mid + 1; else hi = mid;
        }
        return Math.Max(lo, 2);
    }

    /// <summary>A member id who had joined by <paramref name="at"/>; early members post far more (a few regulars carry a forum).</summary>
    private int ActiveMember(DateTime at, double skew, int notId = 0)
    {
        var pool = JoinedBy(at);
        for (var attempt = 0; ; attempt++)
        {
            var id = (int)(pool * Math.Pow(_random.NextDouble(), skew)) + 1;
            if (id != notId || attempt > 8) return id == notId ? (id % pool) + 1 : id;
        }
    }

    // ---------------------------------------------------------------- tags

    private static readonly string[] ExtraEnglish =
    [
        "matter", "zigbee", "homekit", "alexa", "google-home", "smartthings", "ifttt", "widget", "notification", "dark-mode",
        "energy", "humidity", "pm2.5", "co2", "voc", "odor", "allergy", "pet-hair", "carpet", "hardwood", "stairs", "side-brush",
        "main-brush", "mop", "water-tank", "dustbin", "dock", "charging", "map-editor", "no-go-zone", "room-split", "timer",
        "night-mode", "child-lock", "display", "led", "remote", "voice", "beta", "bug", "crash", "sync", "account",
        "family-sharing", "subscription", "coupon", "return", "exchange", "manual", "spare-parts", "accessories", "price",
        "comparison", "review", "tips", "error-code", "reset", "setup", "router", "mesh",
    ];

    private static readonly string[] ExtraKorean =
    [
        "오류", "설정", "초기화", "업데이트", "연동", "알림", "예약", "자동모드", "취침모드", "습도", "미세먼지", "냄새", "반려동물", "털",
        "카펫", "물걸레", "먼지통", "충전", "지도", "금지구역", "리모컨", "음성", "베타", "버그", "계정", "가족공유", "구독", "쿠폰", "교환",
        "설명서", "부품", "액세서리", "가격", "비교", "후기", "팁", "에너지", "디스플레이", "버튼", "잠금",
    ];

    private int TagId(string name)
    {
        if (_tagIds.TryGetValue(name, out var id)) return id;
        _tags.Add(name);
        _tagCounts.Add(0);
        return _tagIds[name] = _tags.Count;
    }

    // Long-tail tag ids (not the corpus tags), shuffled so the popular few are not alphabetical.
    private readonly List<int> _tail = [];

    /// <summary>The corpus tags, then a long tail: single words and word-per-product tags (about 400 in all).</summary>
    private void CreateTags()
    {
        foreach (var name in DemoCorpus.Tags) TagId(name);
        foreach (var name in ExtraEnglish.Concat(ExtraKorean)) _tail.Add(TagId(name));
        foreach (var word in ExtraEnglish.Take(60))
        foreach (var product in DemoCorpus.Products)
            _tail.Add(TagId($"{word}-{product.Slug}"[..Math.Min(TagNames.MaxLength, word.Length + 1 + product.Slug.Length)]));
        _random.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_tail));
    }

    // ---------------------------------------------------------------- questions

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

    // ---------------------------------------------------------------- answers

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
            // The asker accepts an answer on ~40% of answered questions.
            if (ids.Count > 0 && _random.NextDouble() < 0.4)
            {
                var accepted = ids[_random.Next(ids.Count)];
                question.AcceptedAnswerId = accepted;
                _reputation[_answers[accepted - 1].AuthorId - 1] += 15;
                _reputation[question.AuthorId - 1] += 2;
            }
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

    // ---------------------------------------------------------------- votes and comments

    private void CreateVotes()
    {
        // Scores are the sum of real vote rows, so Score, the Votes table and reputation agree.
        for (var q = 0; q < _questions.Length; q++)
        {
            ref var question = ref _questions[q];
            var mean = AnswersByQuestion()[q].Count > 10 ? 12.0 : 1.6; // the busy threads are the upvoted ones
            question.Score = Cast(PostKind.Question, q + 1, question.AuthorId, question.CreatedAt, Geometric(mean), 5);
        }
        for (var a = 0; a < _answers.Length; a++)
        {
            ref var answer = ref _answers[a];
            var accepted = _questions[answer.Question].AcceptedAnswerId == a + 1;
            answer.Score = Cast(PostKind.Answer, a + 1, answer.AuthorId, answer.CreatedAt, Geometric(1.0) + (accepted ? 3 : 0), 10);
        }
        for (var i = 0; i < _reputation.Length; i++) _reputation[i] = Math.Max(1, _reputation[i]);
    }

    /// <summary>Votes from distinct members (not the author) who had joined by then; returns their sum.</summary>
    private int Cast(PostKind kind, int postId, int authorId, DateTime postedAt, int voters, int upReputation)
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
            _reputation[authorId - 1] += value > 0 ? upReputation : -2;
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

    // ---------------------------------------------------------------- helpers

    /// <summary>A moment after <paramref name="start"/>, usually soon (squared draw), never in the future.</summary>
    private DateTime After(DateTime start, TimeSpan window)
    {
        var span = Math.Max(0, Math.Min((_now - start).TotalMinutes, window.TotalMinutes));
        return start.AddMinutes(Math.Pow(_random.NextDouble(), 2) * span);
    }

    /// <summary>A count with the given mean, mostly small with a long tail.</summary>
    private int Geometric(double mean) => (int)Math.Floor(-Math.Log(1 - _random.NextDouble()) * mean);

    /// <summary>EF Core stores Guid as upper-case 'D' text on SQLite.</summary>
    private string NewGuid()
    {
        Span<byte> bytes = stackalloc byte[16];
        _random.NextBytes(bytes);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40); // version 4
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80); // RFC 4122 variant
        return new Guid(bytes).ToString("D").ToUpperInvariant();
    }

    /// <summary>EF Core's SQLite DateTime text format.</summary>
    private static string Time(DateTime value) => value.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture);

    private static string Stamp() => Guid.NewGuid().ToString("D");

    // ---------------------------------------------------------------- insert

    public void Insert(Sql sql)
    {
        sql.Insert("AspNetUsers",
            ["Id", "UserName", "NormalizedUserName", "Email", "NormalizedEmail", "EmailConfirmed", "SecurityStamp", "ConcurrencyStamp",
             "PhoneNumberConfirmed", "TwoFactorEnabled", "LockoutEnabled", "AccessFailedCount", "DisplayName", "DisplayNameSkeleton",
             "JoinedAt", "Reputation", "PreferredCulture"],
            _names.Select((name, i) =>
            {
                var email = $"member{i + 1}@load.example";
                // No PasswordHash: generated members cannot sign in (as with the demo members).
                return new object?[]
                {
                    i + 1, email, email.ToUpperInvariant(), email, email.ToUpperInvariant(), 1, Stamp(), Stamp(),
                    0, 0, 1, 0, name, _skeletons[i], Time(_joined[i]), _reputation[i], null,
                };
            }));
        // The roles the app's AccountBootstrapper would create, and the Member role for everyone.
        sql.Insert("AspNetRoles", ["Id", "Name", "NormalizedName", "ConcurrencyStamp"],
            Roles.All.Select((role, i) => new object?[] { i + 1, role, role.ToUpperInvariant(), Stamp() }));
        sql.Insert("AspNetUserRoles", ["UserId", "RoleId"], _names.Select((_, i) => new object?[] { i + 1, 1 }));

        sql.Insert("Products", ["Id", "Name", "Slug"],
            DemoCorpus.Products.Select((p, i) => new object?[] { i + 1, p.Name, p.Slug }));
        sql.Insert("Tags", ["Id", "Name", "QuestionCount"],
            _tags.Select((name, i) => new object?[] { i + 1, name, _tagCounts[i] }));

        sql.Insert("Questions",
            ["Id", "Title", "Slug", "BodyMarkdown", "BodyHtml", "BodyText", "AuthorId", "ProductId", "Score", "AnswerCount",
             "AcceptedAnswerId", "CreatedAt", "LastActivityAt", "EditedAt", "IsDeleted", "SubmissionId"],
            _questions.Select((q, i) =>
            {
                var body = QuestionPool.Bodies[q.Body];
                return new object?[]
                {
                    i + 1, q.Title, q.Slug, body.Markdown, body.Html, body.Text, q.AuthorId, q.ProductId, q.Score, q.AnswerCount,
                    q.AcceptedAnswerId, Time(q.CreatedAt), Time(q.LastActivityAt), null, 0, q.Guid,
                };
            }), batch: 20_000);
        sql.Insert("QuestionTags", ["QuestionsId", "TagsId"],
            _questions.SelectMany((q, i) => q.TagIds.Order().Select(tag => new object?[] { i + 1, tag })), batch: 200_000);
        sql.Insert("Answers",
            ["Id", "QuestionId", "AuthorId", "BodyMarkdown", "BodyHtml", "Score", "CreatedAt", "EditedAt", "IsDeleted", "SubmissionId"],
            _answers.Select((a, i) =>
            {
                var body = AnswerPool.Bodies[a.Body];
                return new object?[] { i + 1, a.Question + 1, a.AuthorId, body.Markdown, body.Html, a.Score, Time(a.CreatedAt), null, 0, a.Guid };
            }));
        sql.Insert("Comments", ["Id", "QuestionId", "AnswerId", "AuthorId", "Body", "CreatedAt", "IsDeleted"],
            _comments.Select((c, i) => new object?[] { i + 1, c.QuestionId, c.AnswerId, c.AuthorId, c.Body, Time(c.At), 0 }));
        sql.Insert("Votes", ["Id", "VoterId", "PostKind", "PostId", "Value", "CreatedAt"],
            _votes.Select((v, i) => new object?[] { i + 1, v.VoterId, (int)v.Kind, v.PostId, v.Value, Time(v.At) }), batch: 200_000);
    }
}

/// <summary>
/// <c>Community.LoadData explain DB &lt; query.sql</c>: for each ';'-separated statement, the query plan and
/// the time to read every row, run by the bundled SQLite. Read-only. For the plan of a database that never ran ANALYZE,
/// point it at a copy made with: sqlite3 COPY.db "DROP TABLE sqlite_stat1".
/// </summary>
static class Explain
{
    public static int Run(string path, string sqlText)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder
            { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        var sql = new Sql(connection);
        Console.WriteLine($"SQLite {sql.Rows("SELECT sqlite_version()", r => r.GetString(0))[0]}");
        foreach (var statement in sqlText.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            Console.WriteLine();
            Console.WriteLine(statement.Length > 300 ? statement[..300] + " …" : statement);
            foreach (var (id, parent, detail) in sql.Rows("EXPLAIN QUERY PLAN " + statement, r => (r.GetInt32(0), r.GetInt32(1), r.GetString(3))))
                Console.WriteLine($"  {id,4} {parent,4}  {detail}");
            var watch = Stopwatch.StartNew();
            var rows = 0;
            for (var run = 0; run < 5; run++)
            {
                rows = sql.Rows(statement, _ => 0).Count;
                if (run == 0) watch.Restart(); // first run warms the page cache
            }
            Console.WriteLine($"  -> {rows} rows, {watch.Elapsed.TotalMilliseconds / 4:F2} ms per run (mean of 4 warm runs)");
        }
        return 0;
    }
}
