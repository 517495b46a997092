using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Community.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class BrandLook : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "BrandLooks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    NameEn = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    NameKo = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    HeroTitleEn = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    HeroTitleKo = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    HeroLeadEn = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    HeroLeadKo = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    PrimaryColor = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: false),
                    AccentColor = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: false),
                    LogoId = table.Column<Guid>(type: "uuid", nullable: true),
                    FaviconId = table.Column<Guid>(type: "uuid", nullable: true),
                    ChangedById = table.Column<int>(type: "integer", nullable: true),
                    ChangedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BrandLooks", x => x.Id);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BrandLooks");
        }
    }
}
