using Community.Core.Content;
using Community.Core.Data;
using Community.Core.Ideas;
using Community.Core.Members;
using Community.Core.Reputation;

namespace Community.Core.Demo;

/// <summary>Ideas in every status, in Korean and English, with votes, brand messages, a merge and an overdue response.</summary>
internal static class DemoIdeas
{
    private sealed record Seed(string Title, string Description, IdeaStatus Status, int Votes, int DaysAgo, string[] Messages, string? ProductSlug = null);

    private static readonly Seed[] Seeds =
    [
        new("야간 모드에서 LED 완전히 끄기", "밤에 침실에서 공기청정기를 쓰는데 **상태 LED**가 너무 밝아요. 야간 모드에서는 LED를 완전히 끄는 옵션이 있으면 좋겠어요.", IdeaStatus.Delivered, 42, 60,
            ["좋은 제안 고마워요. 펌웨어 팀이 검토하고 있어요.", "다음 펌웨어에 넣기로 했어요.", "개발 중이에요. 베타 스페이스에서 먼저 써 보실 수 있어요.", "펌웨어 3.1에 **LED 끄기**가 들어갔어요. 앱 > 설정 > 야간 모드에서 켜 주세요."], "airpure-pro"),
        new("Filter subscription with automatic delivery", "Let me subscribe to replacement filters so a new one arrives when the app says the old one is at 10%. Bonus: recycle the old filter in the same box.", IdeaStatus.InProgress, 35, 45,
            ["We love this. Planning it for spring.", "Building it now with our logistics partner."], "airpure-pro"),
        new("로봇청소기 다층 맵 저장", "2층 집이라 층을 옮길 때마다 맵을 새로 그려요. 여러 층 맵을 저장하고 자동으로 알아보면 좋겠어요.", IdeaStatus.Planned, 28, 30,
            ["로드맵에 올렸어요. 2027년 상반기 목표예요."], "roboclean-s2"),
        new("Quiet mode schedule by room", "I want the robot vacuum to use quiet mode only in the nursery and full power elsewhere.", IdeaStatus.UnderReview, 14, 20,
            ["Interesting — we're checking whether the current sensors can tell rooms apart reliably."], "roboclean-s2"),
        new("앱에서 필터 교체 이력 보기", "필터를 언제 갈았는지 앱에서 이력으로 볼 수 있으면 좋겠어요. 영수증 사진도 같이 저장되면 더 좋고요.", IdeaStatus.New, 12, 25, []),
        new("Dark mode for the mobile app", "The app is blinding at night. A dark theme that follows the phone's setting, please.", IdeaStatus.New, 6, 3, [], "haneul-home-app"),
        new("제품 색상 추가 (네이비)", "화이트 말고 네이비 색상도 나왔으면 해요. 거실 인테리어에 맞추고 싶어요.", IdeaStatus.NotPlanned, 9, 40,
            ["색상 추가는 당분간 계획이 없어요. 금형과 재고 부담이 커서 대신 **교체용 커버**를 검토하고 있어요."]),
        new("Turn off the status light at night", "The LED is too bright in the bedroom. An option to switch it off at night?", IdeaStatus.Duplicate, 4, 58,
            ["Thanks! This is the same as the Korean idea about night-mode LEDs, so we merged your votes there."]),
        new("Voice assistant support for the thermostat", "Control SmartTherm from the voice assistants we already have at home.", IdeaStatus.Delivered, 22, 90,
            ["Planned for the autumn release.", "In progress: certification with the assistant vendors.", "Shipped in app 5.2 — link your account under Settings > Voice."], "thermosense"),
    ];

    public static async Task AddAsync(CommunityDbContext db, MarkdownRenderer renderer, Member brandTeam, DateTime now, CancellationToken ct)
    {
        var members = db.Users.Local.Where(m => m.Id != brandTeam.Id).OrderBy(m => m.Id).ToList();
        var products = db.Products.Local.ToDictionary(p => p.Slug);
        var ladder = new AdvocacyOptions().Ladder;
        var ideas = new List<Idea>();
        for (var n = 0; n < Seeds.Length; n++)
        {
            var seed = Seeds[n];
            var created = now.AddDays(-seed.DaysAgo);
            var rendered = renderer.Render(seed.Description);
            var author = members[(n * 7 + 3) % members.Count];
            var voters = members.Where(m => m.Id != author.Id).Skip(n * 3 % members.Count).Take(seed.Votes - 1).Prepend(author).ToList();
            var idea = new Idea
            {
                Title = seed.Title, DescriptionMarkdown = seed.Description, DescriptionHtml = rendered.Html, DescriptionText = rendered.Text,
                AuthorId = author.Id, ProductId = seed.ProductSlug is { } slug && products.TryGetValue(slug, out var product) ? product.Id : null,
                Status = seed.Status, CreatedAt = created, StatusChangedAt = created, SubmissionId = Guid.NewGuid(),
            };
            db.Ideas.Add(idea);
            await db.SaveChangesAsync(ct); // votes and the timeline need the id
            ideas.Add(idea);
            foreach (var (voter, i) in voters.Select((v, i) => (v, i)))
            {
                var weight = AdvocateLevelPolicy.For(voter.Reputation, ladder).Current.VoteWeight;
                db.IdeaVotes.Add(new IdeaVote { IdeaId = idea.Id, VoterId = voter.Id, Weight = weight, CreatedAt = created.AddHours(i * 5) });
                db.IdeaFollowers.Add(new IdeaFollower { IdeaId = idea.Id, MemberId = voter.Id });
                idea.VoteCount++;
                idea.WeightedVotes += weight;
            }
            AddTimeline(db, renderer, idea, seed, brandTeam, created, ideas);
        }
        // One popular idea the brand has not answered in time: the queue and the statistics show it.
        var overdue = ideas.Single(i => i.Title.StartsWith("앱에서 필터", StringComparison.Ordinal));
        overdue.ResponseDueAt = now.AddDays(-4);
        db.IdeaComments.Add(new IdeaComment
        {
            IdeaId = overdue.Id, AuthorId = members[1].Id, BodyMarkdown = "저도 필요해요! 가끔 언제 갈았는지 헷갈려요.", BodyHtml = renderer.Render("저도 필요해요! 가끔 언제 갈았는지 헷갈려요.").Html, CreatedAt = now.AddDays(-10),
        });
        overdue.CommentCount = 1;
    }

    /// <summary>The path an idea in this status took, one public message per step.</summary>
    private static void AddTimeline(CommunityDbContext db, MarkdownRenderer renderer, Idea idea, Seed seed, Member brandTeam, DateTime created, List<Idea> earlier)
    {
        IdeaStatus[] path = seed.Status switch
        {
            IdeaStatus.UnderReview => [IdeaStatus.UnderReview],
            IdeaStatus.Planned => [IdeaStatus.Planned],
            IdeaStatus.InProgress => [IdeaStatus.Planned, IdeaStatus.InProgress],
            IdeaStatus.Delivered => seed.Messages.Length == 4
                ? [IdeaStatus.UnderReview, IdeaStatus.Planned, IdeaStatus.InProgress, IdeaStatus.Delivered]
                : [IdeaStatus.Planned, IdeaStatus.InProgress, IdeaStatus.Delivered],
            IdeaStatus.NotPlanned => [IdeaStatus.NotPlanned],
            IdeaStatus.Duplicate => [IdeaStatus.Duplicate],
            _ => [],
        };
        var from = IdeaStatus.New;
        for (var step = 0; step < path.Length; step++)
        {
            var at = created.AddDays(2 + step * 6);
            var target = path[step] == IdeaStatus.Duplicate ? earlier[0] : null;
            db.IdeaStatusChanges.Add(new IdeaStatusChange
            {
                IdeaId = idea.Id, From = from, To = path[step], MessageMarkdown = seed.Messages[step], MessageHtml = renderer.Render(seed.Messages[step]).Html,
                ChangedById = brandTeam.Id, DuplicateOfId = target?.Id, CreatedAt = at,
            });
            from = path[step];
            idea.StatusChangedAt = at;
            idea.FirstBrandResponseAt ??= at;
            if (path[step] == IdeaStatus.Delivered) idea.DeliveredAt = at;
            if (target is not null)
            {
                // The duplicate's votes live on its target now (the demo's voters differ, so nothing double counts).
                idea.DuplicateOfId = target.Id;
                target.VoteCount += idea.VoteCount;
                target.WeightedVotes += idea.WeightedVotes;
                foreach (var vote in db.IdeaVotes.Local.Where(v => v.IdeaId == idea.Id).ToList())
                {
                    db.IdeaVotes.Remove(vote);
                    if (!db.IdeaVotes.Local.Any(v => v.IdeaId == target.Id && v.VoterId == vote.VoterId))
                        db.IdeaVotes.Add(new IdeaVote { IdeaId = target.Id, VoterId = vote.VoterId, Weight = vote.Weight, CreatedAt = vote.CreatedAt });
                    else { target.VoteCount--; target.WeightedVotes -= vote.Weight; }
                }
                idea.VoteCount = 0;
                idea.WeightedVotes = 0;
            }
        }
        if (seed.Status == IdeaStatus.Delivered) idea.ReleaseNoteUrl = "https://example.com/release-notes";
    }
}
