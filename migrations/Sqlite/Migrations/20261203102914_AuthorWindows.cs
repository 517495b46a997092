using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Community.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AuthorWindows : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Answers_AuthorId_CreatedAt",
                table: "Answers");

            migrationBuilder.CreateIndex(
                name: "IX_Questions_AuthorId_Id",
                table: "Questions",
                columns: new[] { "AuthorId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Answers_AuthorId_CreatedAt_IsDeleted_QuestionId",
                table: "Answers",
                columns: new[] { "AuthorId", "CreatedAt", "IsDeleted", "QuestionId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Questions_AuthorId_Id",
                table: "Questions");

            migrationBuilder.DropIndex(
                name: "IX_Answers_AuthorId_CreatedAt_IsDeleted_QuestionId",
                table: "Answers");

            migrationBuilder.CreateIndex(
                name: "IX_Answers_AuthorId_CreatedAt",
                table: "Answers",
                columns: new[] { "AuthorId", "CreatedAt" });
        }
    }
}
