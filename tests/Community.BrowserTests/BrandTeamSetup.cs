using Community.Core.Advocacy;
using Community.Core.Questions;
using Community.Core.Reputation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Community.BrowserTests;

/// <summary>
/// What the brand journey needs before its browsers start: a brand-team role (the admin's page that grants it has its own
/// journey), a member's recent help to others through the real use cases, and the real roll-up.
/// </summary>
public static class BrandTeamSetup
{
    /// <summary>What the admin's "brand team" tick does: the role, and the member's next request carries it.</summary>
    public static async Task MakeBrandTeamAsync(this LiveForum forum, string displayName)
    {
        await using var scope = forum.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Community.Core.Data.CommunityDbContext>();
        var member = await db.Users.Where(m => m.DisplayName == displayName).Select(m => m.Id).SingleAsync();
        var admin = await db.Users.Where(m => m.Email == LiveForum.AdminEmail).Select(m => m.Id).SingleAsync();
        await scope.ServiceProvider.GetRequiredService<Community.Core.Members.ChangeStaffRoles>().ExecuteAsync(member, new(false, true, false), admin);
        forum.Services.GetRequiredService<Community.Web.Accounts.RoleChanges>().Changed(member);
    }

    /// <summary>A member row as registration leaves it (no password: these members act through use cases, not a browser).</summary>
    public static Community.Core.Members.Member NewMember(string name) => new()
    {
        UserName = $"{Guid.NewGuid():N}@browser.example", Email = $"{Guid.NewGuid():N}@browser.example", DisplayName = name,
        DisplayNameSkeleton = Community.Core.Members.DisplayNamePolicy.Skeleton(name), SecurityStamp = Guid.NewGuid().ToString(), JoinedAt = DateTime.UtcNow,
    };

    /// <summary><paramref name="askers"/> new members each ask a question that <paramref name="displayName"/> answers and they accept.</summary>
    public static async Task HelpOthersAsync(this LiveForum forum, string displayName, int askers, string tags)
    {
        await using var scope = forum.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Community.Core.Data.CommunityDbContext>();
        var helper = await db.Users.Where(m => m.DisplayName == displayName).Select(m => m.Id).SingleAsync();
        for (var i = 0; i < askers; i++)
        {
            var name = $"고마운 질문자 {Journeys.Tag()}";
            var asker = NewMember(name);
            db.Users.Add(asker);
            await db.SaveChangesAsync();
            await using var step = forum.Services.CreateAsyncScope();
            var services = step.ServiceProvider;
            var question = await services.GetRequiredService<AskQuestion>().ExecuteAsync(
                new AskQuestionInput($"필터 교체 주기가 궁금해요 {Journeys.Tag()}", "거실에서 하루 종일 켜 두는데 필터는 언제 바꿔야 하나요?", tags, null, Guid.NewGuid()), asker.Id);
            var answer = await services.GetRequiredService<PostAnswer>().ExecuteAsync(question.Id, "6개월마다 바꾸시고, 앱의 필터 수명 표시를 함께 보세요.", Guid.NewGuid(), helper);
            await services.GetRequiredService<AcceptAnswer>().ExecuteAsync(answer.Id, asker.Id);
        }
    }

    public static async Task RollUpAsync(this LiveForum forum)
    {
        await using var scope = forum.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AdvocacyRollUp>().RunAsync();
    }
}
