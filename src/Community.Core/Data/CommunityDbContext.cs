using Community.Core.Badges;
using Community.Core.BrandTeam;
using Community.Core.Content;
using Community.Core.Members;
using Community.Core.Products;
using Community.Core.Questions;
using Community.Core.Reputation;
using Community.Core.Rewards;
using Community.Core.Spaces;
using Community.Core.Tags;
using Community.Core.Voting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Community.Core.Data;

/// <summary>
/// The one database of Community. Migrations live per provider under migrations/; add one with
/// <c>dotnet ef migrations add NAME --project migrations/Sqlite/Community.Migrations.Sqlite.csproj --startup-project src/Community.Web</c>
/// and the same for PostgreSQL:
/// <c>dotnet ef migrations add NAME --project migrations/Postgres/Community.Migrations.Postgres.csproj --startup-project src/Community.Web -- --Database:Provider=Postgres "--ConnectionStrings:Community=Host=127.0.0.1;Database=design"</c>
/// (run <c>dotnet build</c> first on a fresh clone; adding a migration needs no server, only a PostgreSQL-shaped connection string).
/// </summary>
public class CommunityDbContext(DbContextOptions<CommunityDbContext> options, Visibility visibility, IServiceProvider? scope)
    : IdentityDbContext<Member, IdentityRole<int>, int>(options)
{
    /// <summary>What this unit of work has done, told to the features that care once it commits (<see cref="Events.AfterCommitDispatcher"/>).</summary>
    public Events.DomainEvents Events => _events ??= new Events.DomainEvents(this);
    private Events.DomainEvents? _events;

    /// <summary>For tools that build a context by hand (load-data generator): it sees everything.</summary>
    public CommunityDbContext(DbContextOptions<CommunityDbContext> options) : this(options, Visibility.Everything(), null)
    {
    }

    /// <summary>
    /// What this scope may see and the scope itself (null for a hand-built context: no event handlers). The options are
    /// built once per process and shared by every context, so the interceptors, which are shared too, find the
    /// scope's parts here rather than each scope building its own options (a measurable share of each request's CPU).
    /// </summary>
    internal Visibility Visibility => visibility;

    internal IServiceProvider? Scope => scope;

    /// <summary>Space ids this scope may see (null = all). Read by the query filters below on every query.</summary>
    private IReadOnlyCollection<int>? VisibleSpaceIds => visibility.SpaceIds;

    public DbSet<Question> Questions => Set<Question>();
    public DbSet<Answer> Answers => Set<Answer>();
    public DbSet<Comment> Comments => Set<Comment>();
    public DbSet<Vote> Votes => Set<Vote>();
    public DbSet<Tag> Tags => Set<Tag>();
    public DbSet<Product> Products => Set<Product>();
    public DbSet<PostRevision> PostRevisions => Set<PostRevision>();
    public DbSet<ReputationEntry> ReputationEntries => Set<ReputationEntry>();
    public DbSet<RewardItem> RewardItems => Set<RewardItem>();
    public DbSet<Redemption> Redemptions => Set<Redemption>();
    public DbSet<MemberBadge> MemberBadges => Set<MemberBadge>();
    public DbSet<MemberVisit> MemberVisits => Set<MemberVisit>();
    public DbSet<EndedSession> EndedSessions => Set<EndedSession>();
    public DbSet<RuleVersion> RuleVersions => Set<RuleVersion>();
    public DbSet<Space> Spaces => Set<Space>();
    public DbSet<SpaceMember> SpaceMembers => Set<SpaceMember>();
    public DbSet<Spotlight> Spotlights => Set<Spotlight>();
    public DbSet<Notifications.Notification> Notifications => Set<Notifications.Notification>();
    public DbSet<Audit.AuditEntry> AuditEntries => Set<Audit.AuditEntry>();
    public DbSet<Reviews.Review> Reviews => Set<Reviews.Review>();
    public DbSet<Reviews.ReviewVote> ReviewVotes => Set<Reviews.ReviewVote>();
    public DbSet<Reviews.VerifiedOwner> VerifiedOwners => Set<Reviews.VerifiedOwner>();
    public DbSet<Ideas.Idea> Ideas => Set<Ideas.Idea>();
    public DbSet<Uploads.Upload> Uploads => Set<Uploads.Upload>();
    public DbSet<Uploads.UploadUse> UploadUses => Set<Uploads.UploadUse>();
    public DbSet<Moderation.Flag> Flags => Set<Moderation.Flag>();
    public DbSet<Moderation.MemberNote> MemberNotes => Set<Moderation.MemberNote>();
    public DbSet<Moderation.SuggestedEdit> SuggestedEdits => Set<Moderation.SuggestedEdit>();
    public DbSet<Moderation.CloseVote> CloseVotes => Set<Moderation.CloseVote>();
    public DbSet<Ideas.IdeaVote> IdeaVotes => Set<Ideas.IdeaVote>();
    public DbSet<Ideas.IdeaFollower> IdeaFollowers => Set<Ideas.IdeaFollower>();
    public DbSet<Ideas.IdeaComment> IdeaComments => Set<Ideas.IdeaComment>();
    public DbSet<Ideas.IdeaStatusChange> IdeaStatusChanges => Set<Ideas.IdeaStatusChange>();
    public DbSet<Advocacy.AdvocateStanding> AdvocateStandings => Set<Advocacy.AdvocateStanding>();
    public DbSet<Advocacy.StageChange> StageChanges => Set<Advocacy.StageChange>();
    public DbSet<Advocacy.AdvocateTopic> AdvocateTopics => Set<Advocacy.AdvocateTopic>();
    public DbSet<Advocacy.Reengagement> Reengagements => Set<Advocacy.Reengagement>();
    public DbSet<Advocacy.AnonymousVisitDay> AnonymousVisitDays => Set<Advocacy.AnonymousVisitDay>();
    public DbSet<Search.SearchMiss> SearchMisses => Set<Search.SearchMiss>();
    public DbSet<Segment> Segments => Set<Segment>();
    public DbSet<SegmentMember> SegmentMembers => Set<SegmentMember>();
    public DbSet<BrandMessage> BrandMessages => Set<BrandMessage>();
    public DbSet<Branding.BrandLook> BrandLooks => Set<Branding.BrandLook>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        if (Database.IsNpgsql()) PostgresModel.Conventions(configurationBuilder);
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(CommunityDbContext).Assembly);
        if (Database.IsNpgsql()) PostgresModel.Apply(builder);
        else SqliteModel.Apply(builder);

        // Private spaces are invisible everywhere: every read of questions, answers and comments passes here.
        // EF.Parameter: the ids go as one array parameter, so the SQL text stays the same for every member. EF's default
        // (one parameter per id) made it rebuild the SQL of every such query on each run: ~10 % of a question page.
        builder.Entity<Question>().HasQueryFilter(q => q.SpaceId == null || VisibleSpaceIds == null || EF.Parameter(VisibleSpaceIds).Contains(q.SpaceId.Value));
        builder.Entity<Answer>().HasQueryFilter(a => a.Question!.SpaceId == null || VisibleSpaceIds == null || EF.Parameter(VisibleSpaceIds).Contains(a.Question.SpaceId.Value));
        builder.Entity<Comment>().HasQueryFilter(c => c.Question!.SpaceId == null || VisibleSpaceIds == null || EF.Parameter(VisibleSpaceIds).Contains(c.Question.SpaceId.Value));
    }
}
