using Microsoft.Extensions.DependencyInjection;

namespace Community.Core.Ideas;

public static class IdeaServices
{
    /// <summary>The idea board: submitting, voting, following, the brand team's workflow and who hears about it.</summary>
    public static IServiceCollection AddIdeas(this IServiceCollection services, Microsoft.Extensions.Configuration.IConfiguration configuration) => services
        .Configure<IdeaOptions>(configuration.GetSection(IdeaOptions.Section))
        .AddScoped<IdeaVoteWeights>()
        .AddScoped<SubmitIdea>()
        .AddScoped<EditIdea>()
        .AddScoped<VoteIdea>()
        .AddScoped<FollowIdea>()
        .AddScoped<CommentOnIdea>()
        .AddScoped<IdeaStatusConsequences>()
        .AddScoped<ChangeIdeaStatus>()
        .AddScoped<IdeaFanOut>()
        .AddScoped<Events.IDomainEventHandler<IdeaStatusChanged>, IdeaFanOut>()
        .AddScoped<Events.IDomainEventHandler<IdeaChanged>, PushIdeaChangeLive>()
        .AddScoped<ConvertQuestionToIdea>()
        .AddScoped<IdeaSearch>()
        .AddScoped<IdeaStats>();
}
