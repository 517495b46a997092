namespace Community.Core.Demo;

public sealed record DemoProduct(string Name, string Slug, string KoreanName);

/// <summary>A generated question with what the seeder needs to file it: language, product (index into <see cref="DemoCorpus.Products"/>) and tags.</summary>
/// <remarks><see cref="Core"/> names the title's template and product, without decorations ("[질문] ", " ㅠㅠ") or a firmware
/// version: two drafts with one core would read as the same question.</remarks>
public sealed record DemoQuestion(string Title, string Body, bool IsKorean, int? ProductIndex, IReadOnlyList<string> Tags, string Topic, string Core = "");

/// <summary>
/// Believable Korean and English forum content for the fictional smart-home brand Haneul Home.
/// Every generator draws only from the <see cref="Random"/> it is given, so a fixed seed gives the
/// same content on every run — the demo seeder and load tests rely on that.
/// </summary>
public static partial class DemoCorpus
{
    // Topic product markers: any of the three devices, or no product at all (membership, points).
    private const int AnyDevice = -1;
    private const int NoProduct = -2;

    private sealed record Topic(string Key, int Product, string[] Tags, string Titles, string Body);

    /// <summary>Everything one language needs to compose posts; titles may hold alternatives separated by '|'.</summary>
    private sealed record Voice(
        bool IsKorean,
        Topic[] Topics,
        string[] TitlePrefixes,
        string[] TitleSuffixes,
        string[] Contexts,
        string[] Closings,
        string[] Phones,
        Dictionary<string, string[]> Logs,
        Dictionary<string, string[]> Answers,
        string[] GeneralAnswers,
        string[] StaffOpenings,
        string[] Comments);

    public static IReadOnlyList<DemoProduct> Products { get; } =
    [
        new("Haneul AirPure Pro", "airpure-pro", "에어퓨어 프로"),
        new("Haneul RoboClean S2", "roboclean-s2", "로보클린 S2"),
        new("Haneul ThermoSense", "thermosense", "써모센스"),
        new("Haneul Home app", "haneul-home-app", "하늘홈 앱"),
    ];

    /// <summary>Display names; all pass DisplayNamePolicy.Clean with distinct skeletons. The first two are the staff voices.</summary>
    public static IReadOnlyList<string> MemberNames { get; } =
    [
        "서지은 매니저", "Daniel Moon", "김민지", "바다소리", "Jamie Park", "먼지제로", "Olivia Kang", "박준호", "gadget.guy",
        "이서연", "Ethan Cho", "새벽커피", "Sophie Han", "최유진", "고양이집사", "Noah Kim", "청소왕", "Grace Yoon",
        "강도현", "따뜻한집", "Ryan Jung", "윤서아", "Priya Nair", "초보아빠", "Lucas Oh", "한지우", "미니멀라이프",
        "Hannah Lim", "장민수", "Tom Becker", "봄날의곰", "Sarah Kwon", "조은비", "Kenji Sato", "우리집로봇", "Ana Souza",
        "신예린", "Mark Bae", "권나래", "dustfree_mom", "임재현", "Alex Song", "숲속오두막", "Mia Jang", "정다운",
    ];

    public static IReadOnlyList<string> Tags { get; } =
    [
        "wifi", "app-login", "firmware", "filter", "warranty", "delivery", "noise", "battery", "mapping", "schedule",
        "sensor", "installation", "membership", "points", "refund", "feature-request", "smart-home", "ios", "android",
        "필터", "배송", "소음", "배터리", "보증", "연결", "앱", "설치", "펌웨어", "포인트", "멤버십", "공기질", "청소",
        "난방", "환불", "제안", "구매상담",
    ];

    private static readonly string[] FirmwareVersions = ["v2.3.1", "v2.4.0", "v2.4.2", "v3.0.1", "v3.1.0"];

    private static Voice[] Voices => [Korean, English];

    /// <summary>A question with its language, product and tags (first topic tag always, the others often).</summary>
    public static DemoQuestion Draft(Random random)
    {
        var voice = Voices[random.Next(Voices.Length)];
        var topic = Pick(random, voice.Topics);
        int? productIndex = topic.Product switch
        {
            NoProduct => null,
            AnyDevice => random.Next(3),
            var fixedIndex => fixedIndex,
        };
        // Drawn once so the title, body and log of one question agree with each other.
        var product = productIndex is { } i ? ProductName(voice, i) : voice.IsKorean ? "제품" : "the device";
        var firmware = Pick(random, FirmwareVersions);
        var phone = Pick(random, voice.Phones);
        var months = random.Next(1, 27).ToString(System.Globalization.CultureInfo.InvariantCulture);
        string Fill(string text) =>
            text.Replace("{p}", product).Replace("{fw}", firmware).Replace("{phone}", phone).Replace("{months}", months);

        var template = Pick(random, topic.Titles.Split('|'));
        var core = Fill(template);
        var suffix = core.EndsWith('?') ? "" : Pick(random, voice.TitleSuffixes);
        var title = Pick(random, voice.TitlePrefixes) + core + suffix;

        var body = new List<string> { Fill(topic.Body) };
        if (random.NextDouble() < 0.5) body.Add(Fill(Pick(random, voice.Contexts)));
        if (voice.Logs.TryGetValue(topic.Key, out var logs) && random.NextDouble() < 0.4)
            body.Add("```\n" + Fill(Pick(random, logs)) + "\n```");
        body.Add(Pick(random, voice.Closings));

        var tags = topic.Tags.Where((_, i) => i == 0 || random.NextDouble() < 0.7).ToList();
        return new DemoQuestion(title, string.Join("\n\n", body), voice.IsKorean, productIndex, tags, topic.Key, $"{template} #{productIndex}");
    }

    public static (string Title, string Body) Question(Random random)
    {
        var draft = Draft(random);
        return (draft.Title, draft.Body);
    }

    /// <summary>An answer in either language, on any topic.</summary>
    public static string Answer(Random random) => Answer(random, Draft(random));

    /// <summary>
    /// An answer in the question's language, on its topic while the topic has answers not yet given on this question
    /// (<paramref name="given"/>), else a general one; staff answers open with an official greeting.
    /// </summary>
    public static string Answer(Random random, DemoQuestion question, bool byStaff = false, ISet<string>? given = null)
    {
        var voice = question.IsKorean ? Korean : English;
        var fresh = (voice.Answers.GetValueOrDefault(question.Topic) ?? []).Where(a => given?.Contains(a) != true).ToList();
        if (fresh.Count == 0) fresh = voice.GeneralAnswers.Where(a => given?.Contains(a) != true).ToList();
        var text = fresh.Count > 0 ? Pick(random, fresh) : Pick(random, voice.GeneralAnswers);
        given?.Add(text);
        var product = question.ProductIndex is { } i ? ProductName(voice, i) : voice.IsKorean ? "제품" : "the device";
        text = text.Replace("{p}", product).Replace("{fw}", FirmwareVersions[^1]);
        return byStaff ? Pick(random, voice.StaffOpenings) + "\n\n" + text : text;
    }

    public static string Comment(Random random) => Comment(random, random.Next(2) == 0);

    public static string Comment(Random random, bool korean) => Pick(random, (korean ? Korean : English).Comments);

    private static string ProductName(Voice voice, int index) =>
        voice.IsKorean ? Products[index].KoreanName : Products[index].Name;

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
