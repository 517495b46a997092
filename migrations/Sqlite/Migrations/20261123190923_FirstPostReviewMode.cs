using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Community.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class FirstPostReviewMode : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "NeedsReview",
                table: "Questions",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "NeedsReview",
                table: "Answers",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "NeedsReview",
                table: "Questions");

            migrationBuilder.DropColumn(
                name: "NeedsReview",
                table: "Answers");
        }
    }
}
