using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Community.Migrations.Sqlite.Migrations
{
    /// <summary>
    /// PrivateSpaces rebuilt the Questions table (SQLite cannot add a foreign key in place), which drops
    /// its triggers; SQLite runs such rebuilds at the end of a migration, so they are restored in this one.
    /// </summary>
    public partial class RestoreSearchTriggers : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => QuestionSearchSql.RecreateTriggers(migrationBuilder);

        protected override void Down(MigrationBuilder migrationBuilder)
        {
        }
    }
}
