using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace CampaignPlatform.Modules.Hygiene.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Baseline : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "hygiene");

            migrationBuilder.CreateTable(
                name: "disinfection_day_tallies",
                schema: "hygiene",
                columns: table => new
                {
                    TownshipId = table.Column<Guid>(type: "uuid", nullable: false),
                    Category = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    Entries = table.Column<int>(type: "integer", nullable: false),
                    Sites = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_disinfection_day_tallies", x => new { x.Day, x.TownshipId, x.Category, x.Entries });
                });

            migrationBuilder.CreateTable(
                name: "disinfection_days",
                schema: "hygiene",
                columns: table => new
                {
                    SiteId = table.Column<Guid>(type: "uuid", nullable: false),
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    TownshipId = table.Column<Guid>(type: "uuid", nullable: false),
                    Entries = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_disinfection_days", x => new { x.SiteId, x.Day });
                });

            migrationBuilder.CreateTable(
                name: "disinfection_month_tallies",
                schema: "hygiene",
                columns: table => new
                {
                    TownshipId = table.Column<Guid>(type: "uuid", nullable: false),
                    Month = table.Column<DateOnly>(type: "date", nullable: false),
                    Category = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Entries = table.Column<int>(type: "integer", nullable: false),
                    SiteDays = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_disinfection_month_tallies", x => new { x.Month, x.TownshipId, x.Category, x.Entries });
                });

            migrationBuilder.CreateTable(
                name: "disinfections",
                schema: "hygiene",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SiteId = table.Column<Guid>(type: "uuid", nullable: false),
                    TownshipId = table.Column<Guid>(type: "uuid", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    AreaSquareMetres = table.Column<decimal>(type: "numeric", nullable: false),
                    Disinfectant = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Operator = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_disinfections", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "facility_checks",
                schema: "hygiene",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SiteId = table.Column<Guid>(type: "uuid", nullable: false),
                    TownshipId = table.Column<Guid>(type: "uuid", nullable: false),
                    CheckedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Checker = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    Total = table.Column<int>(type: "integer", nullable: false),
                    Working = table.Column<int>(type: "integer", nullable: false),
                    SoapPresent = table.Column<bool>(type: "boolean", nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_facility_checks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "latest_facility_checks",
                schema: "hygiene",
                columns: table => new
                {
                    SiteId = table.Column<Guid>(type: "uuid", nullable: false),
                    CheckId = table.Column<long>(type: "bigint", nullable: false),
                    CheckedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Working = table.Column<int>(type: "integer", nullable: true),
                    SoapPresent = table.Column<bool>(type: "boolean", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_latest_facility_checks", x => x.SiteId);
                });

            migrationBuilder.CreateTable(
                name: "outbox",
                schema: "hygiene",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    MessageType = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Payload = table.Column<string>(type: "text", nullable: false),
                    EnqueuedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    NextAttemptAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    DeliveredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    LastError = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    GaveUpAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ClaimToken = table.Column<Guid>(type: "uuid", nullable: true),
                    ClaimedUntil = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_outbox", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "sites",
                schema: "hygiene",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TownshipId = table.Column<Guid>(type: "uuid", nullable: false),
                    VillageId = table.Column<Guid>(type: "uuid", nullable: true),
                    Category = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Address = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    ResponsibleUnitId = table.Column<Guid>(type: "uuid", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    RetiredOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RetiredReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sites", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_disinfections_SiteId_At",
                schema: "hygiene",
                table: "disinfections",
                columns: new[] { "SiteId", "At" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_disinfections_TownshipId_At",
                schema: "hygiene",
                table: "disinfections",
                columns: new[] { "TownshipId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_facility_checks_SiteId_CheckedOn",
                schema: "hygiene",
                table: "facility_checks",
                columns: new[] { "SiteId", "CheckedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_facility_checks_TownshipId_CheckedOn",
                schema: "hygiene",
                table: "facility_checks",
                columns: new[] { "TownshipId", "CheckedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_outbox_DeliveredAt_Id",
                schema: "hygiene",
                table: "outbox",
                columns: new[] { "DeliveredAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_sites_TownshipId_Category",
                schema: "hygiene",
                table: "sites",
                columns: new[] { "TownshipId", "Category" });

            migrationBuilder.CreateIndex(
                name: "IX_sites_TownshipId_CreatedAt_RetiredOn_Id",
                schema: "hygiene",
                table: "sites",
                columns: new[] { "TownshipId", "CreatedAt", "RetiredOn", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "disinfection_day_tallies",
                schema: "hygiene");

            migrationBuilder.DropTable(
                name: "disinfection_days",
                schema: "hygiene");

            migrationBuilder.DropTable(
                name: "disinfection_month_tallies",
                schema: "hygiene");

            migrationBuilder.DropTable(
                name: "disinfections",
                schema: "hygiene");

            migrationBuilder.DropTable(
                name: "facility_checks",
                schema: "hygiene");

            migrationBuilder.DropTable(
                name: "latest_facility_checks",
                schema: "hygiene");

            migrationBuilder.DropTable(
                name: "outbox",
                schema: "hygiene");

            migrationBuilder.DropTable(
                name: "sites",
                schema: "hygiene");
        }
    }
}
