using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PeaceTalks.Migrations.Postgres.Migrations
{
    /// <summary>
    /// The full-text index over passage text: a GIN index on the expression <c>to_tsvector('simple', "Text")</c>
    /// rather than a stored tsvector column, so the Passages table keeps the same columns as on SQLite, the importer
    /// writes passages the ordinary way, and no trigger is needed. Queried only by
    /// <see cref="PeaceTalks.Core.Storage.FullTextSearch"/>, with the very same expression (or the index is not used).
    /// </summary>
    public partial class PassageSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE INDEX "IX_Passages_TextSearch" ON "Passages" USING GIN (to_tsvector('simple'::regconfig, "Text"));
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP INDEX IF EXISTS "IX_Passages_TextSearch";""");
        }
    }
}
