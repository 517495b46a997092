using Community.Core.Advocacy;
using Community.Core.Questions;
using Community.Tests.Support;

namespace Community.Tests.Web.Brand;

/// <summary>What the brand-page tests need: a real brand-team member (given the role on the admin's page) and the real roll-up.</summary>
public static class BrandTeamMembers
{
    /// <summary>Registers <paramref name="name"/> and has the admin tick "brand team" for them on /admin/members.</summary>
    public static async Task<(HttpClient Client, int Id)> BrandTeamAsync(this CommunityFactory factory, string name)
    {
        var admin = await factory.AdminAsync();
        var client = await factory.RegisterAsync(name);
        var id = await factory.MemberIdAsync(name);
        await admin.SubmitWhereAsync($"/admin/members?q={Uri.EscapeDataString(name)}", PageForms.Holding("memberId", id.ToString()), form => form.Tick("brandTeam"));
        return (client, id);
    }

    public static Task RollUpAsync(this Scenario scenario) =>
        scenario.RunAsync<AdvocacyRollUp.Outcome, AdvocacyRollUp>(rollUp => rollUp.RunAsync());

    /// <summary>A question by <paramref name="askerId"/> under <paramref name="tags"/>, answered by <paramref name="helperId"/> and accepted.</summary>
    public static async Task<int> AcceptedAnswerAsync(this Scenario scenario, int askerId, int helperId, string tags, string title = "와이파이 연결이 자꾸 끊겨요 도와주세요")
    {
        var question = await scenario.RunAsync<int, AskQuestion>(async ask =>
            (await ask.ExecuteAsync(new AskQuestionInput(title, "공유기를 바꿔도 같은 증상이 반복됩니다. 어떻게 해야 할까요?", tags, null, Guid.NewGuid()), askerId)).Id);
        var answer = await scenario.AnswerAsync(question, helperId);
        await scenario.AcceptAsync(answer, askerId);
        return answer;
    }
}
