using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PeaceTalks.Core.Storage.Migrations
{
    /// <inheritdoc />
    public partial class DocumentIdentityAndImportChanges : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "EventsAdded",
                table: "ImportRuns",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "EventsChanged",
                table: "ImportRuns",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "EventsKept",
                table: "ImportRuns",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "EventsRemoved",
                table: "ImportRuns",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "StartedAt",
                table: "ImportRuns",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

            // Runs recorded before their start was kept began, as far as anyone can tell now, when they finished.
            migrationBuilder.Sql("UPDATE \"ImportRuns\" SET \"StartedAt\" = \"FinishedAt\"");

            migrationBuilder.AddColumn<string>(
                name: "Origin",
                table: "Documents",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "EventChanges",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ImportRunId = table.Column<int>(type: "INTEGER", nullable: false),
                    EventId = table.Column<int>(type: "INTEGER", nullable: false),
                    Change = table.Column<string>(type: "TEXT", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", nullable: false),
                    PassageOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", nullable: false),
                    Detail = table.Column<string>(type: "TEXT", nullable: true),
                    NearestEventId = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EventChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EventChanges_ImportRuns_ImportRunId",
                        column: x => x.ImportRunId,
                        principalTable: "ImportRuns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ImportRunDocuments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ImportRunId = table.Column<int>(type: "INTEGER", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", nullable: false),
                    Origin = table.Column<string>(type: "TEXT", nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", nullable: false),
                    ReplacedOrigin = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImportRunDocuments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ImportRunDocuments_ImportRuns_ImportRunId",
                        column: x => x.ImportRunId,
                        principalTable: "ImportRuns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_EventChanges_EventId",
                table: "EventChanges",
                column: "EventId");

            migrationBuilder.CreateIndex(
                name: "IX_EventChanges_ImportRunId_Change",
                table: "EventChanges",
                columns: new[] { "ImportRunId", "Change" });

            migrationBuilder.CreateIndex(
                name: "IX_ImportRunDocuments_ImportRunId",
                table: "ImportRunDocuments",
                column: "ImportRunId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "EventChanges");

            migrationBuilder.DropTable(
                name: "ImportRunDocuments");

            migrationBuilder.DropColumn(
                name: "EventsAdded",
                table: "ImportRuns");

            migrationBuilder.DropColumn(
                name: "EventsChanged",
                table: "ImportRuns");

            migrationBuilder.DropColumn(
                name: "EventsKept",
                table: "ImportRuns");

            migrationBuilder.DropColumn(
                name: "EventsRemoved",
                table: "ImportRuns");

            migrationBuilder.DropColumn(
                name: "StartedAt",
                table: "ImportRuns");

            migrationBuilder.DropColumn(
                name: "Origin",
                table: "Documents");
        }
    }
}
