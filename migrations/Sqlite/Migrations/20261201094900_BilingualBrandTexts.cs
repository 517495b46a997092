using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Community.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class BilingualBrandTexts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "MessageKo",
                table: "Spotlights",
                type: "TEXT",
                maxLength: 560,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "DescriptionKo",
                table: "RewardItems",
                type: "TEXT",
                maxLength: 2000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "NameKo",
                table: "RewardItems",
                type: "TEXT",
                maxLength: 200,
                nullable: false,
                defaultValue: "");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "MessageKo",
                table: "Spotlights");

            migrationBuilder.DropColumn(
                name: "DescriptionKo",
                table: "RewardItems");

            migrationBuilder.DropColumn(
                name: "NameKo",
                table: "RewardItems");
        }
    }
}
