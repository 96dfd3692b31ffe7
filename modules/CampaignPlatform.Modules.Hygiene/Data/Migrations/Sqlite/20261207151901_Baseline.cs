using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CampaignPlatform.Modules.Hygiene.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Baseline : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "hygiene_disinfection_day_tallies",
                columns: table => new
                {
                    TownshipId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Entries = table.Column<int>(type: "INTEGER", nullable: false),
                    Sites = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_hygiene_disinfection_day_tallies", x => new { x.Day, x.TownshipId, x.Category, x.Entries });
                });

            migrationBuilder.CreateTable(
                name: "hygiene_disinfection_days",
                columns: table => new
                {
                    SiteId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    TownshipId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Entries = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_hygiene_disinfection_days", x => new { x.SiteId, x.Day });
                });

            migrationBuilder.CreateTable(
                name: "hygiene_disinfection_month_tallies",
                columns: table => new
                {
                    TownshipId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Month = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Entries = table.Column<int>(type: "INTEGER", nullable: false),
                    SiteDays = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_hygiene_disinfection_month_tallies", x => new { x.Month, x.TownshipId, x.Category, x.Entries });
                });

            migrationBuilder.CreateTable(
                name: "hygiene_disinfections",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SiteId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TownshipId = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    AreaSquareMetres = table.Column<double>(type: "REAL", nullable: false),
                    Disinfectant = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Operator = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_hygiene_disinfections", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "hygiene_facility_checks",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SiteId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TownshipId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CheckedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Checker = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Total = table.Column<int>(type: "INTEGER", nullable: false),
                    Working = table.Column<int>(type: "INTEGER", nullable: false),
                    SoapPresent = table.Column<bool>(type: "INTEGER", nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_hygiene_facility_checks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "hygiene_latest_facility_checks",
                columns: table => new
                {
                    SiteId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CheckId = table.Column<long>(type: "INTEGER", nullable: false),
                    CheckedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Working = table.Column<int>(type: "INTEGER", nullable: true),
                    SoapPresent = table.Column<bool>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_hygiene_latest_facility_checks", x => x.SiteId);
                });

            migrationBuilder.CreateTable(
                name: "hygiene_outbox",
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
                    table.PrimaryKey("PK_hygiene_outbox", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "hygiene_sites",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TownshipId = table.Column<Guid>(type: "TEXT", nullable: false),
                    VillageId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Category = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Address = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    ResponsibleUnitId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    RetiredOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RetiredReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_hygiene_sites", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_hygiene_disinfections_SiteId_At",
                table: "hygiene_disinfections",
                columns: new[] { "SiteId", "At" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_hygiene_disinfections_TownshipId_At",
                table: "hygiene_disinfections",
                columns: new[] { "TownshipId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_hygiene_facility_checks_SiteId_CheckedOn",
                table: "hygiene_facility_checks",
                columns: new[] { "SiteId", "CheckedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_hygiene_facility_checks_TownshipId_CheckedOn",
                table: "hygiene_facility_checks",
                columns: new[] { "TownshipId", "CheckedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_hygiene_outbox_DeliveredAt_Id",
                table: "hygiene_outbox",
                columns: new[] { "DeliveredAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_hygiene_sites_TownshipId_Category",
                table: "hygiene_sites",
                columns: new[] { "TownshipId", "Category" });

            migrationBuilder.CreateIndex(
                name: "IX_hygiene_sites_TownshipId_CreatedAt_RetiredOn_Id",
                table: "hygiene_sites",
                columns: new[] { "TownshipId", "CreatedAt", "RetiredOn", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "hygiene_disinfection_day_tallies");

            migrationBuilder.DropTable(
                name: "hygiene_disinfection_days");

            migrationBuilder.DropTable(
                name: "hygiene_disinfection_month_tallies");

            migrationBuilder.DropTable(
                name: "hygiene_disinfections");

            migrationBuilder.DropTable(
                name: "hygiene_facility_checks");

            migrationBuilder.DropTable(
                name: "hygiene_latest_facility_checks");

            migrationBuilder.DropTable(
                name: "hygiene_outbox");

            migrationBuilder.DropTable(
                name: "hygiene_sites");
        }
    }
}
