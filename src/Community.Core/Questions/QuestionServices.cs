using Microsoft.Extensions.DependencyInjection;

namespace Community.Core.Questions;

public static class QuestionServices
{
    /// <summary>Asking, answering, commenting, accepting, editing, voting and searching; the live page hears of scores and answers.</summary>
    public static IServiceCollection AddQuestions(this IServiceCollection services) => services
        .AddScoped<Tags.TagCatalog>()
        .AddScoped<QuestionDrafts>()
        .AddScoped<AskQuestion>()
        .AddScoped<PostAnswer>()
        .AddScoped<PostComment>()
        .AddScoped<AcceptAnswer>()
        .AddScoped<EditPost>()
        .AddScoped<DeletePost>()
        .AddScoped<Voting.CastVote>()
        .AddScoped<Search.QuestionSearch>()
        .AddScoped<Search.RecordSearchMiss>()
        .AddScoped<Events.IDomainEventHandler<Voting.ScoreChanged>, Voting.PushScoreLive>()
        .AddScoped<Events.IDomainEventHandler<AnswerPublished>, PushAnswerLive>()
        .AddScoped<Events.IDomainEventHandler<QuestionAsked>, PushQuestionLive>()
        .AddScoped<Events.IDomainEventHandler<AnswerAccepted>, PushAcceptanceLive>()
        .AddScoped<Events.IDomainEventHandler<CommentPosted>, PushCommentLive>()
        .AddScoped<Events.IDomainEventHandler<PostChanged>, PushPostChangeLive>();
}
