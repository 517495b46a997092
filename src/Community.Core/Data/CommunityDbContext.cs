using Community.Core.Badges;
using Community.Core.Content;
using Community.Core.Members;
using Community.Core.Products;
using Community.Core.Questions;
using Community.Core.Reputation;
using Community.Core.Rewards;
using Community.Core.Tags;
using Community.Core.Voting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Community.Core.Data;

/// <summary>
/// The one database of Community. Migrations live per provider under migrations/; add one with
/// <c>dotnet ef migrations add NAME --project migrations/Sqlite/Community.Migrations.Sqlite.csproj --startup-project src/Community.Web</c>
/// (run <c>dotnet build</c> first on a fresh clone).
/// </summary>
public class CommunityDbContext(DbContextOptions<CommunityDbContext> options)
    : IdentityDbContext<Member, IdentityRole<int>, int>(options)
{
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

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(CommunityDbContext).Assembly);
    }
}
