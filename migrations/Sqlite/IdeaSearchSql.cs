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

    public static void CreateTriggers(MigrationBuilder migrationBuilder)
    {
        DropTriggers(migrationBuilder);
        migrationBuilder.Sql("""
            CREATE TRIGGER Ideas_fts_insert AFTER INSERT ON Ideas BEGIN
                INSERT INTO IdeasFts(rowid, Title, DescriptionText) VALUES (new.Id, new.Title, new.DescriptionText);
            END;
            """);
        migrationBuilder.Sql("""
            CREATE TRIGGER Ideas_fts_delete AFTER DELETE ON Ideas BEGIN
                INSERT INTO IdeasFts(IdeasFts, rowid, Title, DescriptionText) VALUES ('delete', old.Id, old.Title, old.DescriptionText);
            END;
            """);
        migrationBuilder.Sql("""
            CREATE TRIGGER Ideas_fts_update AFTER UPDATE OF Title, DescriptionText ON Ideas BEGIN
                INSERT INTO IdeasFts(IdeasFts, rowid, Title, DescriptionText) VALUES ('delete', old.Id, old.Title, old.DescriptionText);
                INSERT INTO IdeasFts(rowid, Title, DescriptionText) VALUES (new.Id, new.Title, new.DescriptionText);
            END;
            """);
        migrationBuilder.Sql("INSERT INTO IdeasFts(IdeasFts) VALUES ('rebuild');");
    }

    public static void Drop(MigrationBuilder migrationBuilder)
    {
        DropTriggers(migrationBuilder);
        migrationBuilder.Sql("DROP TABLE IF EXISTS IdeasFts;");
    }

    private static void DropTriggers(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql("DROP TRIGGER IF EXISTS Ideas_fts_update;");
        migrationBuilder.Sql("DROP TRIGGER IF EXISTS Ideas_fts_delete;");
        migrationBuilder.Sql("DROP TRIGGER IF EXISTS Ideas_fts_insert;");
    }
}
