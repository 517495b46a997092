using Community.Core;
using Community.Core.Ideas;

namespace Community.Tests.Core.Ideas;

/// <summary>The idea keeps its own workflow: only <see cref="Idea.MoveTo"/> changes its status, and only along allowed moves.</summary>
public class IdeaMoveToTests
{
    private static readonly DateTime Monday = new(2026, 11, 30, 9, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void A_new_idea_cannot_jump_to_delivered_and_stays_as_it_was()
    {
        var idea = new Idea { Title = "야간 조용 모드 알림 설정" };

        var refusal = Assert.Throws<DomainException>(() => idea.MoveTo(IdeaStatus.Delivered, Monday, "https://example.com/notes"));

        Assert.Equal("IdeaIllegalTransition", refusal.MessageKey);
        Assert.Equal(IdeaStatus.New, idea.Status);
        Assert.Null(idea.DeliveredAt);
        Assert.Null(idea.FirstBrandResponseAt);
    }

    [Fact]
    public void Moving_along_the_workflow_counts_as_a_response_and_delivery_records_its_notes()
    {
        var idea = new Idea { Title = "필터 정기 배송 구독", ResponseDueAt = Monday.AddDays(3) };

        idea.MoveTo(IdeaStatus.Planned, Monday);
        idea.MoveTo(IdeaStatus.InProgress, Monday.AddDays(7));
        idea.MoveTo(IdeaStatus.Delivered, Monday.AddDays(30), "https://example.com/release-notes/3.2");

        Assert.Equal(IdeaStatus.Delivered, idea.Status);
        Assert.Equal(Monday, idea.FirstBrandResponseAt);
        Assert.Null(idea.ResponseDueAt);
        Assert.Equal(Monday.AddDays(30), idea.DeliveredAt);
        Assert.Equal("https://example.com/release-notes/3.2", idea.ReleaseNoteUrl);
        Assert.Throws<DomainException>(() => idea.MoveTo(IdeaStatus.Planned, Monday.AddDays(31)));
    }
}
