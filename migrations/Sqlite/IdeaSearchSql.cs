using Microsoft.EntityFrameworkCore.Migrations;

namespace Community.Migrations.Sqlite;

/// <summary>
/// The FTS5 trigram index over ideas (IdeasFts, external content = Ideas) and the triggers that keep it
/// current. Like QuestionSearchSql: a later migration that rebuilds the Ideas table must call
/// <see cref="CreateTriggers"/> again afterwards.
/// </summary>
public static class IdeaSearchSql
{
    public static void Create(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("""
            CREATE VIRTUAL TABLE IdeasFts USING fts5(Title, DescriptionText, content='Ideas', content_rowid='Id', tokenize='trigram');
            """);
        CreateTriggers(migrationBuilder);
    }

    private static readonly ExternalContentIndex Index = new("Ideas", "IdeasFts", "Ideas_fts", "Title", "DescriptionText");

    public static void CreateTriggers(MigrationBuilder migrationBuilder) => Index.RecreateTriggers(migrationBuilder);

    public static void Drop(MigrationBuilder migrationBuilder)
    {
        Index.DropTriggers(migrationBuilder);
        migrationBuilder.Sql("DROP TABLE IF EXISTS IdeasFts;");
    }
}
