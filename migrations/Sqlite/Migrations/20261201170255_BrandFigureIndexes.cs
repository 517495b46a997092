using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Community.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class BrandFigureIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Questions_AnswerCount_CreatedAt_IsDeleted",
                table: "Questions");

            migrationBuilder.CreateIndex(
                name: "IX_Questions_AnswerCount_CreatedAt_IsDeleted_ClosedAt",
                table: "Questions",
                columns: new[] { "AnswerCount", "CreatedAt", "IsDeleted", "ClosedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_JoinedAt",
                table: "AspNetUsers",
                column: "JoinedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Answers_QuestionId_CreatedAt_AuthorId_IsDeleted",
                table: "Answers",
                columns: new[] { "QuestionId", "CreatedAt", "AuthorId", "IsDeleted" });

            migrationBuilder.CreateIndex(
                name: "IX_AdvocateStandings_LastActiveAt",
                table: "AdvocateStandings",
                column: "LastActiveAt");

            migrationBuilder.CreateIndex(
                name: "IX_AdvocateStandings_Trend_Momentum",
                table: "AdvocateStandings",
                columns: new[] { "Trend", "Momentum" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Questions_AnswerCount_CreatedAt_IsDeleted_ClosedAt",
                table: "Questions");

            migrationBuilder.DropIndex(
                name: "IX_AspNetUsers_JoinedAt",
                table: "AspNetUsers");

            migrationBuilder.DropIndex(
                name: "IX_Answers_QuestionId_CreatedAt_AuthorId_IsDeleted",
                table: "Answers");

            migrationBuilder.DropIndex(
                name: "IX_AdvocateStandings_LastActiveAt",
                table: "AdvocateStandings");

            migrationBuilder.DropIndex(
                name: "IX_AdvocateStandings_Trend_Momentum",
                table: "AdvocateStandings");

            migrationBuilder.CreateIndex(
                name: "IX_Questions_AnswerCount_CreatedAt_IsDeleted",
                table: "Questions",
                columns: new[] { "AnswerCount", "CreatedAt", "IsDeleted" });
        }
    }
}
