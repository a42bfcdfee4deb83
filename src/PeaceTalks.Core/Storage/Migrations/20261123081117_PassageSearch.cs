using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PeaceTalks.Core.Storage.Migrations
{
    /// <summary>
    /// The full-text index over passage text (SQLite FTS5, external content), kept in step with the
    /// Passages table by triggers, so the importer writes passages the ordinary way. Queried only by
    /// <see cref="PeaceTalks.Core.Storage.FullTextSearch"/>.
    /// </summary>
    public partial class PassageSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE PassageSearch USING fts5(Text, content='Passages', content_rowid='Id', tokenize='unicode61 remove_diacritics 2');
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER Passages_SearchInsert AFTER INSERT ON Passages BEGIN
                    INSERT INTO PassageSearch(rowid, Text) VALUES (new.Id, new.Text);
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER Passages_SearchDelete AFTER DELETE ON Passages BEGIN
                    INSERT INTO PassageSearch(PassageSearch, rowid, Text) VALUES ('delete', old.Id, old.Text);
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER Passages_SearchUpdate AFTER UPDATE OF Text ON Passages BEGIN
                    INSERT INTO PassageSearch(PassageSearch, rowid, Text) VALUES ('delete', old.Id, old.Text);
                    INSERT INTO PassageSearch(rowid, Text) VALUES (new.Id, new.Text);
                END;
                """);
            migrationBuilder.Sql("INSERT INTO PassageSearch(PassageSearch) VALUES ('rebuild');");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS Passages_SearchUpdate;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS Passages_SearchDelete;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS Passages_SearchInsert;");
            migrationBuilder.Sql("DROP TABLE IF EXISTS PassageSearch;");
        }
    }
}
