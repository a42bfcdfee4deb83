using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PeaceTalks.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class RoundPrecisionAndProposers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ProposalProposers",
                columns: table => new
                {
                    ProposalId = table.Column<int>(type: "integer", nullable: false),
                    ProposersId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProposalProposers", x => new { x.ProposalId, x.ProposersId });
                    table.ForeignKey(
                        name: "FK_ProposalProposers_Parties_ProposersId",
                        column: x => x.ProposersId,
                        principalTable: "Parties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ProposalProposers_Proposals_ProposalId",
                        column: x => x.ProposalId,
                        principalTable: "Proposals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ProposalProposers_ProposersId",
                table: "ProposalProposers",
                column: "ProposersId");

            // Keep the one proposer each proposal had: a database is not re-imported to upgrade.
            migrationBuilder.Sql("INSERT INTO \"ProposalProposers\" (\"ProposalId\", \"ProposersId\") SELECT \"Id\", \"ProposerId\" FROM \"Proposals\" WHERE \"ProposerId\" IS NOT NULL;");

            migrationBuilder.DropForeignKey(
                name: "FK_Proposals_Parties_ProposerId",
                table: "Proposals");

            migrationBuilder.DropIndex(
                name: "IX_Proposals_ProposerId",
                table: "Proposals");

            migrationBuilder.DropColumn(
                name: "ProposerId",
                table: "Proposals");

            migrationBuilder.AlterColumn<string>(
                name: "Format",
                table: "Rounds",
                type: "text",
                nullable: true,
                oldClrType: typeof(string),
                oldType: "text");

            migrationBuilder.AddColumn<string>(
                name: "Precision",
                table: "Rounds",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Precision",
                table: "Proposals",
                type: "text",
                nullable: true);


        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ProposalProposers");

            migrationBuilder.DropColumn(
                name: "Precision",
                table: "Rounds");

            migrationBuilder.DropColumn(
                name: "Precision",
                table: "Proposals");

            migrationBuilder.AlterColumn<string>(
                name: "Format",
                table: "Rounds",
                type: "text",
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "text",
                oldNullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ProposerId",
                table: "Proposals",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Proposals_ProposerId",
                table: "Proposals",
                column: "ProposerId");

            migrationBuilder.AddForeignKey(
                name: "FK_Proposals_Parties_ProposerId",
                table: "Proposals",
                column: "ProposerId",
                principalTable: "Parties",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }
    }
}
