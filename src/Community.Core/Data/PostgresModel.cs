using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Community.Core.Data;

/// <summary>
/// Where the model must say something differently to PostgreSQL than to SQLite. Applied only on PostgreSQL, so the
/// SQLite model — and its migrations — stay exactly as they were.
/// </summary>
internal static class PostgresModel
{
    /// <summary>
    /// Every DateTime in Community is UTC (the project's rule) but many are built without saying so (read back from
    /// SQLite, or made from a date). Npgsql maps DateTime to <c>timestamp with time zone</c> and refuses any value not
    /// marked UTC, so the mark is put on here, on the way in and on the way out.
    /// </summary>
    public static void Conventions(ModelConfigurationBuilder conventions) =>
        conventions.Properties<DateTime>().HaveConversion<UtcMark>();

    public static void Apply(ModelBuilder builder)
    {
        // Check constraints name their columns quoted: PostgreSQL folds a bare Rating to rating.
        builder.Entity<Reviews.Review>().ToTable(t => t.HasCheckConstraint("CK_Reviews_Rating", "\"Rating\" BETWEEN 1 AND 5"));
        builder.Entity<Rewards.RewardItem>().ToTable(t => t.HasCheckConstraint("CK_RewardItems_Stock", "\"Stock\" >= 0"));
        SearchIndexes(builder);
    }

    /// <summary>
    /// What SQLite's FTS5 tables are on PostgreSQL (see <see cref="Search.PostgresQuestionSearch"/>): pg_trgm GIN indexes
    /// answer ILIKE '%term%' for terms of three or more characters, Korean included; a 'simple' full-text index answers
    /// shorter terms as word prefixes. Ordinary indexes, kept current by PostgreSQL itself (no triggers).
    /// </summary>
    private static void SearchIndexes(ModelBuilder builder)
    {
        builder.HasPostgresExtension("pg_trgm");
        var questions = builder.Entity<Questions.Question>();
        questions.HasIndex(q => q.Title, "IX_Questions_Title_Trigrams").HasMethod("gin").HasOperators("gin_trgm_ops");
        questions.HasIndex(q => q.BodyText, "IX_Questions_BodyText_Trigrams").HasMethod("gin").HasOperators("gin_trgm_ops");
        questions.HasIndex(q => new { q.Title, q.BodyText }, "IX_Questions_Words").HasMethod("gin").IsTsVectorExpressionIndex("simple");
        var ideas = builder.Entity<Ideas.Idea>();
        ideas.HasIndex(i => i.Title, "IX_Ideas_Title_Trigrams").HasMethod("gin").HasOperators("gin_trgm_ops");
        ideas.HasIndex(i => i.DescriptionText, "IX_Ideas_DescriptionText_Trigrams").HasMethod("gin").HasOperators("gin_trgm_ops");
    }

    private sealed class UtcMark() : ValueConverter<DateTime, DateTime>(
        value => DateTime.SpecifyKind(value, DateTimeKind.Utc),
        value => DateTime.SpecifyKind(value, DateTimeKind.Utc));
}
