using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PeaceTalks.Core.Storage.Migrations
{
    /// <summary>
    /// The full-text index over event titles (SQLite FTS5, external content), kept in step with the Events table by
    /// triggers, as <see cref="PassageSearch"/> is for passages. A title may hold words its passage lacks (a pronoun made
    /// the name it stands for), so a search looks in both; and it looks for words, never for a substring of a word,
    /// which a LIKE pattern over titles did ("Ru" found "truce"). Queried only by <see cref="PeaceTalks.Core.Storage.FullTextSearch"/>.
    /// </summary>
    public partial class EventTitleSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE EventTitleSearch USING fts5(Title, content='Events', content_rowid='Id', tokenize='unicode61 remove_diacritics 2');
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER Events_TitleSearchInsert AFTER INSERT ON Events BEGIN
                    INSERT INTO EventTitleSearch(rowid, Title) VALUES (new.Id, new.Title);
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER Events_TitleSearchDelete AFTER DELETE ON Events BEGIN
                    INSERT INTO EventTitleSearch(EventTitleSearch, rowid, Title) VALUES ('delete', old.Id, old.Title);
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER Events_TitleSearchUpdate AFTER UPDATE OF Title ON Events BEGIN
                    INSERT INTO EventTitleSearch(EventTitleSearch, rowid, Title) VALUES ('delete', old.Id, old.Title);
                    INSERT INTO EventTitleSearch(rowid, Title) VALUES (new.Id, new.Title);
                END;
                """);
            migrationBuilder.Sql("INSERT INTO EventTitleSearch(EventTitleSearch) VALUES ('rebuild');");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS Events_TitleSearchUpdate;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS Events_TitleSearchDelete;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS Events_TitleSearchInsert;");
            migrationBuilder.Sql("DROP TABLE IF EXISTS EventTitleSearch;");
        }
    }
}
