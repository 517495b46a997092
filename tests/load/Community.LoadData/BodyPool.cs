using Community.Core.Content;
using Community.Core.Demo;

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
