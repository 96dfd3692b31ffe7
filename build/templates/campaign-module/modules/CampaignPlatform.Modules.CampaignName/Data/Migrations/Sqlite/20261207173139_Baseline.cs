using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CampaignPlatform.Modules.CampaignName.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Baseline : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "campaign_id_entries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TownshipId = table.Column<Guid>(type: "TEXT", nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_campaign_id_entries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "campaign_id_outbox",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MessageType = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Payload = table.Column<string>(type: "TEXT", nullable: false),
                    EnqueuedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    NextAttemptAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DeliveredAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    GaveUpAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ClaimToken = table.Column<Guid>(type: "TEXT", nullable: true),
                    ClaimedUntil = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_campaign_id_outbox", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_campaign_id_entries_TownshipId_On",
                table: "campaign_id_entries",
                columns: new[] { "TownshipId", "On" });

            migrationBuilder.CreateIndex(
                name: "IX_campaign_id_outbox_DeliveredAt_Id",
                table: "campaign_id_outbox",
                columns: new[] { "DeliveredAt", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "campaign_id_entries");

            migrationBuilder.DropTable(
                name: "campaign_id_outbox");
        }
    }
}
