using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Community.Migrations.Sqlite.Migrations
{
    /// <summary>
    /// Full-text search over questions: an FTS5 index with the trigram tokenizer (works for Korean,
    /// which has no spaces between a noun and its particle: "고객" inside "고객을"), kept in step with
    /// the Questions table by triggers so no write path can forget it.
    /// </summary>
    public partial class QuestionSearch : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE QuestionsFts USING fts5(
                    Title, BodyText, content='Questions', content_rowid='Id', tokenize='trigram');
                """);
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

        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS Questions_fts_update;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS Questions_fts_delete;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS Questions_fts_insert;");
            migrationBuilder.Sql("DROP TABLE IF EXISTS QuestionsFts;");
        }
    }
}
