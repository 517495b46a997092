using Community.Core.BrandTeam;
using Community.Core.Content;
using Community.Core.Data;
using Community.Core.Members;
using Community.Core.Questions;
using Community.Core.Rewards;
using Microsoft.EntityFrameworkCore;
using Community.Core.Slugs;

namespace Community.Core.Demo;

/// <summary>
/// The advocate side of the demo: a rewards catalogue, a featured advocate, and early-access posts in
/// the private spaces (which exist before seeding, from appsettings "Spaces:Defaults").
/// </summary>
internal static class DemoExtras
{
    public static async Task AddAsync(CommunityDbContext db, MarkdownRenderer renderer, Member brandTeam, DateTime now, CancellationToken ct)
    {
        db.RewardItems.AddRange(
            new RewardItem { Name = "Haneul tumbler", NameKo = "하늘 텀블러", Description = "Stainless steel, 500 ml, with the community logo.", DescriptionKo = "커뮤니티 로고가 새겨진 500ml 스테인리스 텀블러.", PointsCost = 300, Stock = 25, CreatedAt = now },
            new RewardItem { Name = "20% filter coupon", NameKo = "필터 20% 할인 쿠폰", Description = "20% off one replacement filter for any AirPure model.", DescriptionKo = "모든 AirPure 모델의 교체 필터 1개를 20% 할인해 드립니다.", PointsCost = 150, Stock = 200, IsDigital = true, CreatedAt = now },
            new RewardItem { Name = "New-product tester kit", NameKo = "신제품 체험단", Description = "Try the next RoboClean before launch and tell us what you think.", DescriptionKo = "출시 전 차기 RoboClean을 먼저 써 보고 의견을 들려주세요.", PointsCost = 1500, Stock = 5, MinimumLevel = 3, CreatedAt = now },
            new RewardItem { Name = "HQ visit with the product team", NameKo = "본사 초청 행사", Description = "A day at our Seoul lab with the engineers.", DescriptionKo = "서울 연구소에서 엔지니어들과 함께하는 하루.", PointsCost = 4000, Stock = 3, MinimumLevel = 4, CreatedAt = now });

        // The members were just added and are tracked: pick from them in memory.
        var topAdvocate = db.Users.Local.Where(m => m.Id != brandTeam.Id).MaxBy(m => m.Reputation);
        if (topAdvocate is not null)
            db.Spotlights.Add(new Spotlight
            {
                MemberId = topAdvocate.Id, ChosenById = brandTeam.Id, CreatedAt = now,
                Message = "Most helpful on filters and Wi-Fi this month — thank you!",
                MessageKo = "이번 달 필터·Wi-Fi 질문에 가장 많이 답해 주셨어요. 고마워요!",
            });

        AddReviews(db, renderer, now);
        await DemoIdeas.AddAsync(db, renderer, brandTeam, now, ct);

        var spaces = await db.Spaces.ToDictionaryAsync(s => s.Slug, ct);
        AddPrivate(db, renderer, spaces.GetValueOrDefault("beta-programme")?.Id, brandTeam, now.AddDays(-3),
            "[베타] RoboClean S2 펌웨어 3.2 사전 체험 안내",
            "챔피언 여러분, 다음 주 정식 배포 전에 **펌웨어 3.2**를 먼저 받아 보실 수 있어요.\n\n- 카펫 인식 개선\n- 충전 복귀 경로 최적화\n\n문제가 생기면 이 글에 답변으로 남겨 주세요.");
        AddPrivate(db, renderer, spaces.GetValueOrDefault("advisory-circle")?.Id, brandTeam, now.AddDays(-1),
            "Advisory circle: which idea should we build first in 2027?",
            "We shortlisted three ideas from the community: **quiet night mode**, **filter subscription** and **multi-floor maps**. Which one would you build first, and why?");
    }

    /// <summary>Reviews written for each product (by slug), so a robot vacuum is never praised for its filters.</summary>
    private static readonly Dictionary<string, (int Rating, string Title, string Body, string Pros, string Cons)[]> ReviewTexts = new()
    {
        ["airpure-pro"] =
        [
            (5, "밤에도 조용해요", "수면 모드에서는 거의 소리가 안 나요. 필터 교체 알림도 정확하고 앱 연동도 편합니다. 고객센터 응대도 친절했어요.", "조용함, 앱 연동", "필터 가격"),
            (4, "Great air, pricey filters", "The room feels fresher within an hour and the PM2.5 reading is honest. Replacement filters are expensive though.", "fast, accurate sensor", "filter cost"),
            (3, "센서가 조금 둔해요", "공기는 확실히 깨끗해지는데 요리할 때 공기질 표시가 늦게 바뀌어요. 자동 모드보다 수동으로 세기를 올리는 편입니다.", "정화 성능", "센서 반응 속도"),
        ],
        ["roboclean-s2"] =
        [
            (3, "기대보다는 평범", "청소는 잘 되는데 문턱을 자주 못 넘어요. 맵핑은 정확한 편이고 배터리는 한 시간 조금 넘게 갑니다.", "맵핑 정확", "문턱, 배터리"),
            (5, "Finally, no more pet hair", "Two cats, long-haired. The S2 picks up everything on the rugs and the no-go zones keep it away from the water bowls.", "suction, no-go zones", "bin fills fast"),
            (4, "물걸레 기능이 생각보다 좋아요", "물걸레 모드로 주방 바닥이 확실히 깨끗해졌어요. 다만 카펫 인식이 가끔 늦어서 러그 끝이 젖을 때가 있습니다.", "물걸레, 조용함", "카펫 인식"),
        ],
        ["thermosense"] =
        [
            (5, "Set and forget", "Schedules just work and geofencing turns the heating down when we leave. Installation took twenty minutes.", "easy install", "none so far"),
            (4, "난방비가 줄었어요", "외출 모드와 예약 난방 덕분에 지난겨울보다 가스 요금이 15% 정도 줄었어요. 표시 온도가 실제보다 1도쯤 높게 나오는 건 아쉽습니다.", "예약 난방, 외출 모드", "온도 오차"),
            (2, "Wi-Fi drops every few days", "It disconnects from our 2.4 GHz network every few days and needs a restart. Support suggested a firmware update.", "nice design", "unstable Wi-Fi"),
        ],
        ["haneul-home-app"] =
        [
            (4, "한 앱으로 집 전체를 관리해요", "공기청정기, 로봇청소기, 온도조절기를 한 화면에서 볼 수 있어서 편해요. 위젯이 가끔 사라지는 버그만 고쳐 주세요.", "통합 관리, 자동화", "위젯 버그"),
            (3, "Useful, but logs me out", "Automations are genuinely handy, but the app asks me to log in again every week or so on Android.", "automations", "keeps logging out"),
            (5, "가족 공유가 편해요", "가족 초대 기능으로 부모님 댁 공기청정기까지 같이 관리하고 있어요. 알림 설정도 세세하게 바꿀 수 있어 좋습니다.", "가족 공유, 알림 설정", "없음"),
        ],
    };

    /// <summary>Three reviews per product from the first regular members, in both languages, each about that product.</summary>
    private static void AddReviews(CommunityDbContext db, MarkdownRenderer renderer, DateTime now)
    {
        var reviewers = db.Users.Local.OrderBy(m => m.Id).Skip(2).Take(6).ToList();
        var products = db.Products.Local.OrderBy(p => p.Id).ToList();
        for (var p = 0; p < products.Count; p++)
        {
            var texts = ReviewTexts.GetValueOrDefault(products[p].Slug) ?? [];
            for (var r = 0; r < texts.Length && r < reviewers.Count; r++)
            {
                var text = texts[r];
                db.Reviews.Add(new Reviews.Review
                {
                    ProductId = products[p].Id, AuthorId = reviewers[(p + r) % reviewers.Count].Id, Rating = text.Rating, Title = text.Title,
                    BodyMarkdown = text.Body, BodyHtml = renderer.Render(text.Body).Html, Pros = text.Pros, Cons = text.Cons, CreatedAt = now.AddDays(-(p * 7 + r * 3 + 1)),
                });
            }
        }
    }

    private static void AddPrivate(CommunityDbContext db, MarkdownRenderer renderer, int? spaceId, Member author, DateTime at, string title, string body)
    {
        if (spaceId is null) return;
        var rendered = renderer.Render(body);
        db.Questions.Add(new Question
        {
            Title = title, Slug = Slug.From(title), BodyMarkdown = body, BodyHtml = rendered.Html, BodyText = rendered.Text,
            AuthorId = author.Id, SpaceId = spaceId, CreatedAt = at, LastActivityAt = at, SubmissionId = Guid.NewGuid(),
        });
    }
}
