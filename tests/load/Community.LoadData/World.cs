using Community.Core.Content;
using Community.Core.Demo;

/// <summary>The generated community. Ids are array positions + 1; rows are created in time order,
/// so ids grow with CreatedAt as they do in a real database.</summary>
sealed partial class World(LoadOptions options)
{
    // Time span of the community: questions over the last three years, the first members a little earlier.
    private static readonly TimeSpan Span = TimeSpan.FromDays(3 * 365);
    private Random _random = new(options.Seed); // replaced by a second Random for the history (BuildHistory)
    private readonly DateTime _now = DateTime.UtcNow;
    private static readonly MarkdownRenderer Renderer = new();

    // Members (index i is AspNetUsers.Id i + 1), sorted by JoinedAt so "who had joined by t" is a prefix.
    private string[] _names = [];
    private string[] _skeletons = [];
    private DateTime[] _joined = [];
    private int[] _reputation = [];
    private int[] _points = [];

    private readonly List<string> _tags = [];
    private readonly Dictionary<string, int> _tagIds = [];
    private readonly List<int> _tagCounts = [];

    private Q[] _questions = [];
    private A[] _answers = [];
    private readonly List<(int QuestionId, int? AnswerId, int AuthorId, string Body, DateTime At)> _comments = [];
    private readonly List<(int VoterId, PostKind Kind, int PostId, int Value, DateTime At)> _votes = [];

    // The brand team: the first members (there from the start, so they can act on any idea or review).
    private int[] _brandTeam = [];

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

    // The order is part of the output: every step draws from the one seeded Random, so reordering changes the content.
    public void Build()
    {
        CreateMembers();
        CreateTags();
        CreateQuestions();
        CreateAnswers();
        CreateVotes();
        CreateComments();
    }

    /// <summary>
    /// The history the brand-team analytics read: reviews, ideas, the reputation ledger and a year of daily visits. It draws
    /// from its own Random (derived from the seed), so adding it left every table Build writes exactly as it was for a seed.
    /// </summary>
    public void BuildHistory()
    {
        _random = new Random(options.Seed ^ 0x4849_5354);
        _brandTeam = Enumerable.Range(1, Math.Min(3, options.Members)).ToArray();
        CreateReviews();
        CreateIdeas();
        ReplayLedger(); // after reviews and ideas: they earn too, and idea votes weigh by the voter's reputation then
        CreateVisits(); // last: a visit on every day with any of the above
    }

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
}
