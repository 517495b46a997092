using Community.Core.Badges;
using Community.Core.Content;
using Community.Core.Data;
using Community.Core.Questions;
using Community.Core.Reputation;
using Community.Core.Rewards;
using Community.Core.Spaces;
using Microsoft.Extensions.Configuration;
using Community.Core.Search;
using Community.Core.Tags;
using Community.Core.Voting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Community.Core;

public static class CoreServiceCollectionExtensions
{
    public const string SqliteMigrationsAssembly = "Community.Migrations.Sqlite";

    /// <summary>The database and the Q&amp;A use cases. The caller supplies an <see cref="Realtime.ICommunityNotifier"/>.</summary>
    public static IServiceCollection AddCommunityCore(this IServiceCollection services, string sqliteConnectionString, IConfiguration configuration)
    {
        // Not pooled: each scope's context carries that scope's Visibility (which private spaces it may read).
        services.AddScoped<Visibility>();
        services.AddScoped<SpaceAccess>();
        services.AddScoped<ManageSpaces>();
        services.AddScoped<BrandTeam.FeatureAdvocate>();
        services.AddScoped<Notifications.MemberInbox>();
        services.AddScoped<Moderation.AuditLog>().AddScoped<Moderation.ModerateQuestion>().AddScoped<Moderation.ModeratePosts>().AddScoped<Moderation.MarkOfficialAnswer>()
            .Configure<Moderation.ModerationOptions>(configuration.GetSection(Moderation.ModerationOptions.Section))
            .AddScoped<Moderation.FirstPostPolicy>().AddScoped<Moderation.FlagContent>().AddScoped<Moderation.ResolveFlags>().AddScoped<Moderation.ReviewFirstPosts>()
            .AddScoped<Events.IDomainEventHandler<Moderation.ModerationQueuesChanged>, Moderation.RefreshModerationQueues>().AddScoped<Moderation.ModerateMember>().AddScoped<Moderation.DeleteSpammer>().AddScoped<Moderation.RestoreRevision>()
            .AddScoped<Moderation.SuggestEdits>().AddScoped<Moderation.ReviewSuggestedEdits>().AddScoped<Moderation.VoteToClose>().AddScoped<Moderation.MergeAndMoveQuestions>()
            .AddScoped<Members.ChangeStaffRoles>();
        services.AddScoped<Reviews.WriteReview>().AddScoped<Reviews.ProductRatings>().AddScoped<Reviews.MarkReviewHelpful>().AddScoped<Reviews.RespondToReview>().AddScoped<Reviews.MarkVerifiedOwners>();
        services.AddScoped<Events.AfterCommitDispatcher>();
        services.AddDbContext<CommunityDbContext>((scope, options) => options
            .UseSqlite(sqliteConnectionString, sqlite => sqlite
                .MigrationsAssembly(SqliteMigrationsAssembly)
                // One query per collection: SQLite cannot flatten a join on the right of a LEFT JOIN, so a
                // single query for "questions with their tags" built every tag row of the site per request.
                .UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery))
            .AddInterceptors(new SqlitePragmas(), scope.GetRequiredService<Events.AfterCommitDispatcher>())
            // SQLite rebuilds a table to alter it, which needs foreign keys off outside a transaction (PrivateSpaces
            // does); EF warns about that on every fresh database. Known and intended, so it stays out of the start-up log.
            .ConfigureWarnings(w => w.Ignore(Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.NonTransactionalMigrationOperationWarning))
            .UseQueryTrackingBehavior(QueryTrackingBehavior.TrackAll));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<MarkdownRenderer>();
        services.AddQuestions();
        services.AddReputation(configuration);
        services.AddVoteFraud(configuration);
        services.AddRewards();
        services.AddIdeas(configuration);
        services.Configure<Uploads.UploadOptions>(configuration.GetSection(Uploads.UploadOptions.Section)).AddScoped<Uploads.StoreImage>().AddScoped<Uploads.SetAvatar>();
        services.AddScoped<Products.ManageProducts>();
        services.AddScoped<BadgeAwarder>().AddSingleton<VisitRecorder>();
        return services;
    }

    private static IServiceCollection AddIdeas(this IServiceCollection services, IConfiguration configuration) => services
        .Configure<Ideas.IdeaOptions>(configuration.GetSection(Ideas.IdeaOptions.Section))
        .AddScoped<Ideas.IdeaVoteWeights>()
        .AddScoped<Ideas.SubmitIdea>()
        .AddScoped<Ideas.EditIdea>()
        .AddScoped<Ideas.VoteIdea>()
        .AddScoped<Ideas.FollowIdea>()
        .AddScoped<Ideas.CommentOnIdea>()
        .AddScoped<Ideas.ChangeIdeaStatus>()
        .AddScoped<Ideas.IdeaFanOut>()
        .AddScoped<Events.IDomainEventHandler<Ideas.IdeaStatusChanged>, Ideas.IdeaFanOut>()
        .AddScoped<Ideas.ConvertQuestionToIdea>()
        .AddScoped<Ideas.IdeaSearch>()
        .AddScoped<Ideas.IdeaStats>();

    private static IServiceCollection AddRewards(this IServiceCollection services) => services
        .AddScoped<RedeemReward>()
        .AddScoped<DecideRedemption>()
        .AddScoped<ManageRewards>();

    private static IServiceCollection AddReputation(this IServiceCollection services, IConfiguration configuration) => services
        .Configure<ReputationOptions>(configuration.GetSection(ReputationOptions.Section))
        .Configure<PrivilegeOptions>(configuration.GetSection(PrivilegeOptions.Section))
        .Configure<AdvocacyOptions>(configuration.GetSection(AdvocacyOptions.Section))
        .AddScoped<ReputationLedger>()
        // Told in this order after each commit: the member's live reputation and level, then the badges it may earn.
        .AddScoped<Events.IDomainEventHandler<ReputationChanged>, Notifications.TellReputationChange>()
        .AddScoped<Events.IDomainEventHandler<ReputationChanged>, AwardBadgesOnReputationChange>()
        .AddScoped<ReputationAudit>()
        .AddScoped<PrivilegeCheck>();

    private static IServiceCollection AddVoteFraud(this IServiceCollection services, IConfiguration configuration) => services
        .Configure<VoteFraudOptions>(configuration.GetSection(VoteFraudOptions.Section))
        .AddScoped<VoteFraudScan>();

    private static IServiceCollection AddQuestions(this IServiceCollection services) => services
        .AddScoped<TagCatalog>()
        .AddScoped<QuestionDrafts>()
        .AddScoped<AskQuestion>()
        .AddScoped<PostAnswer>()
        // After an answer is published: the live page, the asker's bell, then the author's badges.
        .AddScoped<Events.IDomainEventHandler<AnswerPublished>, PushAnswerLive>()
        .AddScoped<Events.IDomainEventHandler<AnswerPublished>, Notifications.TellAskerAboutAnswer>()
        .AddScoped<Events.IDomainEventHandler<AnswerPublished>, AwardBadgesOnAnswer>()
        .AddScoped<PostComment>()
        .AddScoped<AcceptAnswer>()
        .AddScoped<EditPost>()
        .AddScoped<DeletePost>()
        .AddScoped<CastVote>()
        .AddScoped<Events.IDomainEventHandler<ScoreChanged>, PushScoreLive>()
        .AddScoped<QuestionSearch>();
}
