using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Community.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class SortIndexesAndWordSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Questions_IsDeleted_AnswerCount_CreatedAt",
                table: "Questions");

            migrationBuilder.DropIndex(
                name: "IX_Questions_IsDeleted_CreatedAt",
                table: "Questions");

            migrationBuilder.DropIndex(
                name: "IX_Questions_IsDeleted_LastActivityAt",
                table: "Questions");

            migrationBuilder.DropIndex(
                name: "IX_Questions_IsDeleted_Score",
                table: "Questions");

            migrationBuilder.CreateIndex(
                name: "IX_Questions_AnswerCount_CreatedAt_IsDeleted",
                table: "Questions",
                columns: new[] { "AnswerCount", "CreatedAt", "IsDeleted" });

            migrationBuilder.CreateIndex(
                name: "IX_Questions_CreatedAt_IsDeleted",
                table: "Questions",
                columns: new[] { "CreatedAt", "IsDeleted" });

            migrationBuilder.CreateIndex(
                name: "IX_Questions_LastActivityAt_IsDeleted",
                table: "Questions",
                columns: new[] { "LastActivityAt", "IsDeleted" });

            migrationBuilder.CreateIndex(
                name: "IX_Questions_Score_CreatedAt_IsDeleted",
                table: "Questions",
                columns: new[] { "Score", "CreatedAt", "IsDeleted" });

            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE QuestionsWords USING fts5(
                    Title, BodyText, content='Questions', content_rowid='Id', tokenize='unicode61', prefix='1 2');
                """);
            QuestionSearchSql.RecreateWordTriggers(migrationBuilder);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Questions_AnswerCount_CreatedAt_IsDeleted",
                table: "Questions");

            migrationBuilder.DropIndex(
                name: "IX_Questions_CreatedAt_IsDeleted",
                table: "Questions");

            migrationBuilder.DropIndex(
                name: "IX_Questions_LastActivityAt_IsDeleted",
                table: "Questions");

            migrationBuilder.DropIndex(
                name: "IX_Questions_Score_CreatedAt_IsDeleted",
                table: "Questions");

            migrationBuilder.CreateIndex(
                name: "IX_Questions_IsDeleted_AnswerCount_CreatedAt",
                table: "Questions",
                columns: new[] { "IsDeleted", "AnswerCount", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Questions_IsDeleted_CreatedAt",
                table: "Questions",
                columns: new[] { "IsDeleted", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Questions_IsDeleted_LastActivityAt",
                table: "Questions",
                columns: new[] { "IsDeleted", "LastActivityAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Questions_IsDeleted_Score",
                table: "Questions",
                columns: new[] { "IsDeleted", "Score" });

            QuestionSearchSql.DropWordTriggers(migrationBuilder);
            migrationBuilder.Sql("DROP TABLE IF EXISTS QuestionsWords;");
        }
    }
}
