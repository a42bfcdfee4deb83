using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PeaceTalks.Core.Storage.Migrations
{
    /// <summary>
    /// The same happening as other documents tell it, found at import and stored both ways (<c>EventAccounts</c>).
    /// The documents already stored are marked as not yet compared (<c>AccountsCompared</c> false), so that the next
    /// import, even one that brings nothing new, compares their events.
    /// </summary>
    public partial class EventAccounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "AccountsCompared",
                table: "Documents",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "EventAccounts",
                columns: table => new
                {
                    EventId = table.Column<int>(type: "INTEGER", nullable: false),
                    OtherEventId = table.Column<int>(type: "INTEGER", nullable: false),
                    SharedNames = table.Column<string>(type: "TEXT", nullable: false),
                    Differences = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EventAccounts", x => new { x.EventId, x.OtherEventId });
                    table.ForeignKey(
                        name: "FK_EventAccounts_Events_EventId",
                        column: x => x.EventId,
                        principalTable: "Events",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_EventAccounts_Events_OtherEventId",
                        column: x => x.OtherEventId,
                        principalTable: "Events",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_EventAccounts_OtherEventId",
                table: "EventAccounts",
                column: "OtherEventId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "EventAccounts");

            migrationBuilder.DropColumn(
                name: "AccountsCompared",
                table: "Documents");
        }
    }
}
