using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PeaceTalks.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class TimelineOrderIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Events_DateStart_Id",
                table: "Events");

            migrationBuilder.CreateIndex(
                name: "IX_Events_DateStart_Precision_Id",
                table: "Events",
                columns: new[] { "DateStart", "Precision", "Id" },
                descending: new[] { false, true, false });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Events_DateStart_Precision_Id",
                table: "Events");

            migrationBuilder.CreateIndex(
                name: "IX_Events_DateStart_Id",
                table: "Events",
                columns: new[] { "DateStart", "Id" });
        }
    }
}
