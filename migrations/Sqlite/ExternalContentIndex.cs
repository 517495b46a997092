using Microsoft.EntityFrameworkCore.Migrations;

namespace Community.Migrations.Sqlite;

/// <summary>
/// An FTS5 index with external content (the rows live in <see cref="Table"/>, the index in <see cref="Index"/>) and
/// the three triggers that keep it current — written once for every such index (questions by trigram and by word,
/// ideas by trigram).
/// </summary>
public sealed record ExternalContentIndex(string Table, string Index, string TriggerPrefix, params string[] Columns)
{
    /// <summary>Drops and creates the triggers, then rebuilds the index from the table.</summary>
    public void RecreateTriggers(MigrationBuilder migrationBuilder)
    {
        DropTriggers(migrationBuilder);
        var columns = string.Join(", ", Columns);
        var newValues = string.Join(", ", Columns.Select(c => $"new.{c}"));
        var oldValues = string.Join(", ", Columns.Select(c => $"old.{c}"));
        migrationBuilder.Sql($"""
            CREATE TRIGGER {TriggerPrefix}_insert AFTER INSERT ON {Table} BEGIN
                INSERT INTO {Index}(rowid, {columns}) VALUES (new.Id, {newValues});
            END;
            """);
        migrationBuilder.Sql($"""
            CREATE TRIGGER {TriggerPrefix}_delete AFTER DELETE ON {Table} BEGIN
                INSERT INTO {Index}({Index}, rowid, {columns}) VALUES ('delete', old.Id, {oldValues});
            END;
            """);
        migrationBuilder.Sql($"""
            CREATE TRIGGER {TriggerPrefix}_update AFTER UPDATE OF {columns} ON {Table} BEGIN
                INSERT INTO {Index}({Index}, rowid, {columns}) VALUES ('delete', old.Id, {oldValues});
                INSERT INTO {Index}(rowid, {columns}) VALUES (new.Id, {newValues});
            END;
            """);
        migrationBuilder.Sql($"INSERT INTO {Index}({Index}) VALUES ('rebuild');");
    }

    public void DropTriggers(MigrationBuilder migrationBuilder)
    {
        foreach (var verb in new[] { "update", "delete", "insert" })
            migrationBuilder.Sql($"DROP TRIGGER IF EXISTS {TriggerPrefix}_{verb};");
    }
}
