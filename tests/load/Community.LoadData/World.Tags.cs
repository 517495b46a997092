using Community.Core.Demo;
using Community.Core.Tags;

sealed partial class World
{
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
}
