using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CampaignPlatform.Modules.Rectification.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Baseline : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "rectification_cadence_gaps",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    TownshipId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DetectedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    LastHeldOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rectification_cadence_gaps", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "rectification_items",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Source = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    SourceModule = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SourceReference = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    TownshipId = table.Column<Guid>(type: "TEXT", nullable: false),
                    VillageId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Category = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Requirements = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Severity = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ResponsibleUnitId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Deadline = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    IsOverdue = table.Column<bool>(type: "INTEGER", nullable: false),
                    Listed = table.Column<bool>(type: "INTEGER", nullable: false),
                    ListedReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ListedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ClaimedByUnitId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ClaimedBy = table.Column<string>(type: "TEXT", nullable: true),
                    ClaimedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    FixDescription = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    EvidenceNote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    SubmittedBy = table.Column<string>(type: "TEXT", nullable: true),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ReturnReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ClosedBy = table.Column<string>(type: "TEXT", nullable: true),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LookbackDueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Lookback = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ReopenCount = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rectification_items", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "rectification_meetings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    TownshipId = table.Column<Guid>(type: "TEXT", nullable: true),
                    HeldOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Attendees = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rectification_meetings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "rectification_outbox",
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
                    table.PrimaryKey("PK_rectification_outbox", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "rectification_item_events",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ItemId = table.Column<long>(type: "INTEGER", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    FromStatus = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    ToStatus = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rectification_item_events", x => x.Id);
                    table.ForeignKey(
                        name: "FK_rectification_item_events_rectification_items_ItemId",
                        column: x => x.ItemId,
                        principalTable: "rectification_items",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "rectification_meeting_decisions",
                columns: table => new
                {
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    MeetingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    ItemId = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rectification_meeting_decisions", x => new { x.MeetingId, x.Number });
                    table.ForeignKey(
                        name: "FK_rectification_meeting_decisions_rectification_meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "rectification_meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_rectification_cadence_gaps_Kind_TownshipId_DetectedOn",
                table: "rectification_cadence_gaps",
                columns: new[] { "Kind", "TownshipId", "DetectedOn" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_rectification_item_events_ItemId",
                table: "rectification_item_events",
                column: "ItemId");

            migrationBuilder.CreateIndex(
                name: "IX_rectification_items_ResponsibleUnitId",
                table: "rectification_items",
                column: "ResponsibleUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_rectification_items_SourceModule_SourceReference",
                table: "rectification_items",
                columns: new[] { "SourceModule", "SourceReference" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_rectification_items_Status_Deadline",
                table: "rectification_items",
                columns: new[] { "Status", "Deadline" });

            migrationBuilder.CreateIndex(
                name: "IX_rectification_items_TownshipId_Status",
                table: "rectification_items",
                columns: new[] { "TownshipId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_rectification_items_VillageId_Status",
                table: "rectification_items",
                columns: new[] { "VillageId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_rectification_meetings_Kind_TownshipId_HeldOn",
                table: "rectification_meetings",
                columns: new[] { "Kind", "TownshipId", "HeldOn" });

            migrationBuilder.CreateIndex(
                name: "IX_rectification_outbox_DeliveredAt_Id",
                table: "rectification_outbox",
                columns: new[] { "DeliveredAt", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "rectification_cadence_gaps");

            migrationBuilder.DropTable(
                name: "rectification_item_events");

            migrationBuilder.DropTable(
                name: "rectification_meeting_decisions");

            migrationBuilder.DropTable(
                name: "rectification_outbox");

            migrationBuilder.DropTable(
                name: "rectification_items");

            migrationBuilder.DropTable(
                name: "rectification_meetings");
        }
    }
}
