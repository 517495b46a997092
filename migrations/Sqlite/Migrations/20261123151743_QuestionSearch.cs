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
            QuestionSearchSql.RecreateTriggers(migrationBuilder);
        }

        protected override void Down(MigrationBuilder migrationBuilder)
        {
            QuestionSearchSql.DropTriggers(migrationBuilder);
            migrationBuilder.Sql("DROP TABLE IF EXISTS QuestionsFts;");
        }
    }
}
