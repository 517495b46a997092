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
    public static void RecreateTriggers(MigrationBuilder migrationBuilder)
    {
        DropTriggers(migrationBuilder);
        migrationBuilder.Sql("""
            CREATE TRIGGER Questions_fts_insert AFTER INSERT ON Questions BEGIN
                INSERT INTO QuestionsFts(rowid, Title, BodyText) VALUES (new.Id, new.Title, new.BodyText);
            END;
            """);
        migrationBuilder.Sql("""
            CREATE TRIGGER Questions_fts_delete AFTER DELETE ON Questions BEGIN
                INSERT INTO QuestionsFts(QuestionsFts, rowid, Title, BodyText) VALUES ('delete', old.Id, old.Title, old.BodyText);
            END;
            """);
        migrationBuilder.Sql("""
            CREATE TRIGGER Questions_fts_update AFTER UPDATE OF Title, BodyText ON Questions BEGIN
                INSERT INTO QuestionsFts(QuestionsFts, rowid, Title, BodyText) VALUES ('delete', old.Id, old.Title, old.BodyText);
                INSERT INTO QuestionsFts(rowid, Title, BodyText) VALUES (new.Id, new.Title, new.BodyText);
            END;
            """);
        migrationBuilder.Sql("INSERT INTO QuestionsFts(QuestionsFts) VALUES ('rebuild');");
    }

    /// <summary>
    /// The word index (unicode61, prefix-indexed) serves terms shorter than three characters, which the
    /// trigram index cannot: most Korean nouns ("필터", "소음") are two syllables.
    /// </summary>
    public static void RecreateWordTriggers(MigrationBuilder migrationBuilder)
    {
        DropWordTriggers(migrationBuilder);
        migrationBuilder.Sql("""
            CREATE TRIGGER Questions_words_insert AFTER INSERT ON Questions BEGIN
                INSERT INTO QuestionsWords(rowid, Title, BodyText) VALUES (new.Id, new.Title, new.BodyText);
            END;
            """);
        migrationBuilder.Sql("""
            CREATE TRIGGER Questions_words_delete AFTER DELETE ON Questions BEGIN
                INSERT INTO QuestionsWords(QuestionsWords, rowid, Title, BodyText) VALUES ('delete', old.Id, old.Title, old.BodyText);
            END;
            """);
        migrationBuilder.Sql("""
            CREATE TRIGGER Questions_words_update AFTER UPDATE OF Title, BodyText ON Questions BEGIN
                INSERT INTO QuestionsWords(QuestionsWords, rowid, Title, BodyText) VALUES ('delete', old.Id, old.Title, old.BodyText);
                INSERT INTO QuestionsWords(rowid, Title, BodyText) VALUES (new.Id, new.Title, new.BodyText);
            END;
            """);
        migrationBuilder.Sql("INSERT INTO QuestionsWords(QuestionsWords) VALUES ('rebuild');");
    }

    public static void DropWordTriggers(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("DROP TRIGGER IF EXISTS Questions_words_update;");
        migrationBuilder.Sql("DROP TRIGGER IF EXISTS Questions_words_delete;");
        migrationBuilder.Sql("DROP TRIGGER IF EXISTS Questions_words_insert;");
    }

    public static void DropTriggers(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("DROP TRIGGER IF EXISTS Questions_fts_update;");
        migrationBuilder.Sql("DROP TRIGGER IF EXISTS Questions_fts_delete;");
        migrationBuilder.Sql("DROP TRIGGER IF EXISTS Questions_fts_insert;");
    }
}
