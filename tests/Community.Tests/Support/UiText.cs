using System.Net.Http.Headers;
using System.Xml.Linq;

namespace Community.Tests.Support;

/// <summary>
/// The labels people read, in their language, straight from the app's resource files, so a journey can run in
/// Korean and in English with the same steps ("PostYourQuestion" is "Post your question" or "질문 올리기").
/// </summary>
public sealed class UiText
{
    private static readonly Lazy<UiText> English = new(() => new UiText("en", Load("SharedResource.resx")));
    private static readonly Lazy<UiText> Korean = new(() => new UiText("ko", Load("SharedResource.ko.resx")));

    private readonly IReadOnlyDictionary<string, string> _strings;

    private UiText(string culture, IReadOnlyDictionary<string, string> strings) => (Culture, _strings) = (culture, strings);

    public string Culture { get; }

    public static UiText For(string culture) => culture == "ko" ? Korean.Value : English.Value;

    public string this[string key, params object[] arguments] =>
        _strings.TryGetValue(key, out var text) ? string.Format(text, arguments) : throw new KeyNotFoundException($"No {Culture} text for {key}");

    /// <summary>A count as the app words it: "{Key}_one" for exactly one where the language has it, else "{Key}" ("1 answer", "2 answers").</summary>
    public string Plural(string key, int count) =>
        count == 1 && _strings.ContainsKey(key + "_one") ? this[key + "_one", count] : this[key, count];

    /// <summary>A browser-like client that asks for this language.</summary>
    public HttpClient Speak(HttpClient client)
    {
        client.DefaultRequestHeaders.AcceptLanguage.Clear();
        client.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue(Culture == "ko" ? "ko-KR" : "en-US"));
        return client;
    }

    private static Dictionary<string, string> Load(string file)
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Community.sln"))) folder = folder.Parent;
        var path = Path.Combine(folder?.FullName ?? throw new DirectoryNotFoundException("Community.sln not found above the test binaries"), "src", "Community.Web", "Resources", file);
        return XDocument.Load(path).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "");
    }
}
