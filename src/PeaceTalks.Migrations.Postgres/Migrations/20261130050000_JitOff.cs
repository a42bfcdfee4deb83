using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using PeaceTalks.Core.Storage;

#nullable disable

namespace PeaceTalks.Migrations.Postgres.Migrations
{
    /// <summary>
    /// Turns PostgreSQL's JIT compilation off for this database. The timeline's counting queries over a large corpus
    /// cost more than JIT's threshold, so each was compiled first: 200–500 ms of a 1.4 s query at a million events
    /// (bench/results.md), paid on every one, where the queries run once and are gone. A setting of the database, not
    /// of the connection string, so it holds behind a pooler (PgBouncer drops startup options). A user who does not
    /// own the database cannot change it: the migration then says so in the server log and goes on.
    /// No model change: hence no designer file with a target model.
    /// </summary>
    [DbContext(typeof(PostgresPeaceTalksDbContext))]
    [Migration("20261130050000_JitOff")]
    public partial class JitOff : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DO $$
                BEGIN
                    EXECUTE format('ALTER DATABASE %I SET jit = off', current_database());
                EXCEPTION WHEN insufficient_privilege THEN
                    RAISE NOTICE 'PeaceTalks: jit left as it is (the database belongs to another user)';
                END
                $$;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DO $$
                BEGIN
                    EXECUTE format('ALTER DATABASE %I RESET jit', current_database());
                EXCEPTION WHEN insufficient_privilege THEN
                    NULL;
                END
                $$;
                """);
        }
    }
}
