using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PeaceTalks.Migrations.Postgres.Migrations
{
    /// <summary>
    /// The full-text index over event titles: a GIN index on <c>to_tsvector('simple', "Title")</c>, as
    /// <see cref="PassageSearch"/> is for passage text, so that a search finds a title's words, never a substring of a
    /// word. Queried only by <see cref="PeaceTalks.Core.Storage.FullTextSearch"/>, with the very same expression.
    /// </summary>
    public partial class EventTitleSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE INDEX "IX_Events_TitleSearch" ON "Events" USING GIN (to_tsvector('simple'::regconfig, "Title"));
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP INDEX IF EXISTS "IX_Events_TitleSearch";""");
        }
    }
}
