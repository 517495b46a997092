using Community.Core.Ideas;

/// <summary>
/// Texts for reviews, ideas and the brand team's messages. The demo corpus has none to share (the demo's are private to
/// its seeder); a handful per kind is enough, since the analytics read who did what when, not the words. "{0}" is the product name.
/// </summary>
static class HistoryTexts
{
    public sealed record ReviewText(bool Korean, int Rating, string Title, string Body, string Pros, string Cons);

    public static readonly ReviewText[] Reviews =
    [
        new(false, 5, "Does exactly what it promises", "I have used the {0} every day for months. Setup took ten minutes, the app connected first time and it has not needed a restart since.", "reliable, easy setup", "none so far"),
        new(false, 5, "Best purchase this year", "The {0} replaced two older devices for us. It is quiet, the schedules just work and support answered within a day when I had a question.", "quiet, schedules, support", "packaging"),
        new(false, 4, "Very good, a few rough edges", "Overall the {0} is a solid product. The app could be faster and the notifications are a bit chatty, but the hardware is excellent.", "build quality", "app speed"),
        new(false, 3, "Fine, not great", "The {0} works, but I expected more for the price. Wi-Fi drops now and then and the firmware updates take a long time.", "design", "Wi-Fi stability, price"),
        new(false, 2, "Disappointed after the update", "Since the last firmware the {0} forgets its settings every few days. Support suggested a reset, which helped only for a week.", "looks nice", "forgets settings"),
        new(false, 1, "Stopped working after two months", "My {0} stopped connecting after two months and the exchange took three weeks. I hope the replacement lasts longer.", "none", "reliability, exchange time"),
        new(true, 5, "정말 만족하며 쓰고 있어요", "{0}을(를) 몇 달째 매일 쓰고 있어요. 설치도 쉽고 앱 연동도 한 번에 됐고 지금까지 재시작할 일이 없었어요.", "안정성, 쉬운 설치", "없음"),
        new(true, 4, "전반적으로 좋아요", "{0} 성능은 확실히 좋아요. 다만 앱 알림이 조금 많고 가끔 느려요. 하드웨어는 훌륭합니다.", "성능, 마감", "앱 속도"),
        new(true, 3, "가격 대비 평범해요", "{0} 기능은 괜찮은데 가격을 생각하면 아쉬워요. 와이파이가 가끔 끊기고 업데이트가 오래 걸려요.", "디자인", "와이파이, 가격"),
        new(true, 2, "업데이트 후 불편해졌어요", "최근 펌웨어 이후 {0} 설정이 며칠마다 초기화돼요. 고객센터 안내대로 리셋했는데 일주일만 괜찮았어요.", "디자인", "설정 초기화"),
        new(true, 1, "두 달 만에 고장났어요", "{0}이(가) 두 달 만에 연결이 안 되고 교환에 3주가 걸렸어요. 새 제품은 오래 가길 바랍니다.", "없음", "내구성, 교환 기간"),
    ];

    public static readonly string[] ReviewResponses =
    [
        "Thank you for the honest review. We are sorry about the trouble — our support team has reached out to you directly.",
        "Thanks for telling us. The next firmware fixes the issue you describe; we will post here when it ships.",
        "솔직한 후기 고마워요. 불편을 드려 죄송해요. 고객지원팀이 직접 연락드렸어요.",
        "알려 주셔서 고마워요. 말씀하신 문제는 다음 펌웨어에서 고쳐질 예정이에요.",
    ];

    public sealed record IdeaText(bool Korean, string Title, string Description);

    public static readonly IdeaText[] Ideas =
    [
        new(false, "Dark mode that follows the phone", "The app is far too bright at night. A **dark theme** that follows the phone's system setting would help a lot."),
        new(false, "Export usage history as CSV", "Let me export a month of usage and energy data from the app as CSV, so I can compare it with my electricity bill."),
        new(false, "Share devices with the whole family", "Invite family members with their own accounts and choose per device what they may control, instead of sharing one login."),
        new(false, "Quieter night schedule per room", "I would like a quiet mode schedule that differs by room: full power in the living room, whisper quiet near the bedrooms."),
        new(false, "Filter reminder based on real usage", "Remind me to replace the filter from actual hours and air quality, not a fixed calendar — mine runs far more in winter."),
        new(true, "야간 모드에서 LED 완전히 끄기", "침실에서 쓰는데 **상태 LED**가 너무 밝아요. 야간 모드에서는 LED를 완전히 끌 수 있으면 좋겠어요."),
        new(true, "여러 층 맵 저장", "2층 집이라 층을 옮길 때마다 맵을 새로 그려요. 여러 층 맵을 저장하고 자동으로 알아보면 좋겠어요."),
        new(true, "앱에서 교체 이력 보기", "필터나 부품을 언제 갈았는지 앱에서 이력으로 보고 싶어요. 영수증 사진도 함께 저장되면 더 좋고요."),
        new(true, "외출 모드 자동 전환", "휴대폰 위치로 집을 나가면 외출 모드로, 돌아오면 일반 모드로 자동 전환되면 편할 것 같아요."),
        new(true, "위젯에서 바로 제어하기", "앱을 열지 않고 홈 화면 위젯에서 전원과 모드를 바로 바꿀 수 있으면 좋겠어요."),
    ];

    /// <summary>The brand team's public message on each status change, in the idea's language.</summary>
    public static string[] StatusMessages(IdeaStatus to, bool korean) => (to, korean) switch
    {
        (IdeaStatus.UnderReview, false) => ["Thanks — the product team is looking at this now.", "Good idea. We are checking what it would take."],
        (IdeaStatus.UnderReview, true) => ["좋은 제안 고마워요. 제품팀이 검토하고 있어요."],
        (IdeaStatus.Planned, false) => ["We are putting this on the roadmap for the next releases.", "Planned: it fits what we are building this year."],
        (IdeaStatus.Planned, true) => ["로드맵에 올렸어요. 다음 업데이트들에 넣을 예정이에요."],
        (IdeaStatus.InProgress, false) => ["Building it now. Beta testers will see it first."],
        (IdeaStatus.InProgress, true) => ["개발 중이에요. 베타 스페이스에서 먼저 써 보실 수 있어요."],
        (IdeaStatus.Delivered, false) => ["Shipped in the latest update — thank you for the idea!", "Delivered. See the release notes for how to turn it on."],
        (IdeaStatus.Delivered, true) => ["최신 업데이트에 들어갔어요. 제안해 주셔서 고마워요!"],
        (IdeaStatus.NotPlanned, false) => ["Not planned for now: the current hardware cannot support it well."],
        (IdeaStatus.NotPlanned, true) => ["현재 하드웨어로는 어려워서 당분간 계획이 없어요."],
        _ => throw new ArgumentOutOfRangeException(nameof(to), to, "No message for this status"),
    };
}
