using Microsoft.EntityFrameworkCore.Migrations;

namespace Community.Migrations.Sqlite;

/// <summary>
/// The triggers that keep the FTS5 index (QuestionsFts) in step with Questions. SQLite migrations that
/// rebuild the Questions table (adding a foreign key, for instance) drop its triggers: such a migration
/// must be followed by a migration that calls <see cref="RecreateTriggers"/> and <see cref="RecreateWordTriggers"/> (SQLite runs rebuilds last,
/// after a migration's other operations). The search tests fail if one forgets.
/// </summary>
public static class QuestionSearchSql
{
    private static readonly ExternalContentIndex Trigrams = new("Questions", "QuestionsFts", "Questions_fts", "Title", "BodyText");

    /// <summary>
    /// The word index (unicode61, prefix-indexed) serves terms shorter than three characters, which the
    /// trigram index cannot: most Korean nouns ("필터", "소음") are two syllables.
    /// </summary>
    private static readonly ExternalContentIndex Words = new("Questions", "QuestionsWords", "Questions_words", "Title", "BodyText");

    public static void RecreateTriggers(MigrationBuilder migrationBuilder) => Trigrams.RecreateTriggers(migrationBuilder);

    public static void RecreateWordTriggers(MigrationBuilder migrationBuilder) => Words.RecreateTriggers(migrationBuilder);

    public static void DropWordTriggers(MigrationBuilder migrationBuilder) => Words.DropTriggers(migrationBuilder);

    public static void DropTriggers(MigrationBuilder migrationBuilder) => Trigrams.DropTriggers(migrationBuilder);
}
