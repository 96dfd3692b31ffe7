using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CampaignPlatform.Modules.RuralUpkeep.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Baseline : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "rural_upkeep_demonstrations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    TownshipId = table.Column<Guid>(type: "TEXT", nullable: false),
                    VillageId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Household = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    AverageWhenProposed = table.Column<double>(type: "REAL", nullable: false),
                    ProposedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ProposedBy = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    ApprovedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ApprovedBy = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    WithdrawnAt = table.Column<long>(type: "INTEGER", nullable: true),
                    WithdrawnReason = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rural_upkeep_demonstrations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "rural_upkeep_due_inspections",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TownshipId = table.Column<Guid>(type: "TEXT", nullable: false),
                    VillageId = table.Column<Guid>(type: "TEXT", nullable: false),
                    WeekYear = table.Column<int>(type: "INTEGER", nullable: false),
                    Week = table.Column<int>(type: "INTEGER", nullable: false),
                    DueBy = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    InspectionId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rural_upkeep_due_inspections", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "rural_upkeep_five_haves",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TownshipId = table.Column<Guid>(type: "TEXT", nullable: false),
                    VillageId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    EstablishedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EvidenceNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rural_upkeep_five_haves", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "rural_upkeep_households",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TownshipId = table.Column<Guid>(type: "TEXT", nullable: false),
                    VillageId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Balance = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rural_upkeep_households", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "rural_upkeep_inspections",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TownshipId = table.Column<Guid>(type: "TEXT", nullable: false),
                    VillageId = table.Column<Guid>(type: "TEXT", nullable: false),
                    InspectedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Inspector = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Score = table.Column<double>(type: "REAL", nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rural_upkeep_inspections", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "rural_upkeep_outbox",
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
                    table.PrimaryKey("PK_rural_upkeep_outbox", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "rural_upkeep_point_movements",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    HouseholdId = table.Column<long>(type: "INTEGER", nullable: false),
                    Points = table.Column<int>(type: "INTEGER", nullable: false),
                    BalanceAfter = table.Column<int>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    By = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rural_upkeep_point_movements", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "rural_upkeep_template_items",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    NameZh = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Weight = table.Column<int>(type: "INTEGER", nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rural_upkeep_template_items", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "rural_upkeep_inspection_results",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    InspectionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    NameZh = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Weight = table.Column<int>(type: "INTEGER", nullable: false),
                    Passed = table.Column<bool>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rural_upkeep_inspection_results", x => new { x.InspectionId, x.Code });
                    table.ForeignKey(
                        name: "FK_rural_upkeep_inspection_results_rural_upkeep_inspections_InspectionId",
                        column: x => x.InspectionId,
                        principalTable: "rural_upkeep_inspections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_rural_upkeep_demonstrations_VillageId_Status",
                table: "rural_upkeep_demonstrations",
                columns: new[] { "VillageId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_rural_upkeep_due_inspections_TownshipId_WeekYear_Week",
                table: "rural_upkeep_due_inspections",
                columns: new[] { "TownshipId", "WeekYear", "Week" });

            migrationBuilder.CreateIndex(
                name: "IX_rural_upkeep_due_inspections_VillageId_WeekYear_Week",
                table: "rural_upkeep_due_inspections",
                columns: new[] { "VillageId", "WeekYear", "Week" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_rural_upkeep_five_haves_TownshipId",
                table: "rural_upkeep_five_haves",
                column: "TownshipId");

            migrationBuilder.CreateIndex(
                name: "IX_rural_upkeep_five_haves_VillageId_Kind",
                table: "rural_upkeep_five_haves",
                columns: new[] { "VillageId", "Kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_rural_upkeep_households_VillageId_Name",
                table: "rural_upkeep_households",
                columns: new[] { "VillageId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_rural_upkeep_inspections_TownshipId_InspectedOn",
                table: "rural_upkeep_inspections",
                columns: new[] { "TownshipId", "InspectedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_rural_upkeep_inspections_VillageId_InspectedOn",
                table: "rural_upkeep_inspections",
                columns: new[] { "VillageId", "InspectedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_rural_upkeep_outbox_DeliveredAt_Id",
                table: "rural_upkeep_outbox",
                columns: new[] { "DeliveredAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_rural_upkeep_point_movements_HouseholdId",
                table: "rural_upkeep_point_movements",
                column: "HouseholdId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "rural_upkeep_demonstrations");

            migrationBuilder.DropTable(
                name: "rural_upkeep_due_inspections");

            migrationBuilder.DropTable(
                name: "rural_upkeep_five_haves");

            migrationBuilder.DropTable(
                name: "rural_upkeep_households");

            migrationBuilder.DropTable(
                name: "rural_upkeep_inspection_results");

            migrationBuilder.DropTable(
                name: "rural_upkeep_outbox");

            migrationBuilder.DropTable(
                name: "rural_upkeep_point_movements");

            migrationBuilder.DropTable(
                name: "rural_upkeep_template_items");

            migrationBuilder.DropTable(
                name: "rural_upkeep_inspections");
        }
    }
}
