using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace CampaignPlatform.Modules.Enforcement.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Baseline : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "enforcement");

            migrationBuilder.CreateTable(
                name: "calendar_days",
                schema: "enforcement",
                columns: table => new
                {
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_calendar_days", x => x.Date);
                });

            migrationBuilder.CreateTable(
                name: "case_counters",
                schema: "enforcement",
                columns: table => new
                {
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Next = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_case_counters", x => x.Year);
                });

            migrationBuilder.CreateTable(
                name: "case_due_month_tallies",
                schema: "enforcement",
                columns: table => new
                {
                    Month = table.Column<DateOnly>(type: "date", nullable: false),
                    TownshipId = table.Column<Guid>(type: "uuid", nullable: false),
                    Outcome = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Cases = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_case_due_month_tallies", x => new { x.Month, x.TownshipId, x.Outcome });
                });

            migrationBuilder.CreateTable(
                name: "case_due_tallies",
                schema: "enforcement",
                columns: table => new
                {
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    TownshipId = table.Column<Guid>(type: "uuid", nullable: false),
                    Outcome = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Cases = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_case_due_tallies", x => new { x.Day, x.TownshipId, x.Outcome });
                });

            migrationBuilder.CreateTable(
                name: "case_events",
                schema: "enforcement",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Actor = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    Action = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    State = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_case_events", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "cases",
                schema: "enforcement",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Sequence = table.Column<int>(type: "integer", nullable: false),
                    Category = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Source = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    State = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    TownshipId = table.Column<Guid>(type: "uuid", nullable: false),
                    VillageId = table.Column<Guid>(type: "uuid", nullable: true),
                    Address = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Latitude = table.Column<double>(type: "double precision", nullable: true),
                    Longitude = table.Column<double>(type: "double precision", nullable: true),
                    ReportedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ReportedBy = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    StepDueAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    HandleDueAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DemolitionDueAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Level = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: true),
                    RejectReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Handler = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    HandlingRecordedBy = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    HandlingNote = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    HandledAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Verifier = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    VerifiedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ClosedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ClosedOnTime = table.Column<bool>(type: "boolean", nullable: true),
                    Parked = table.Column<bool>(type: "boolean", nullable: false),
                    ParkReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    ParkApprovedBy = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    FrontageId = table.Column<Guid>(type: "uuid", nullable: true),
                    EscalatedForDueAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cases", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "exposures",
                schema: "enforcement",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    TownshipId = table.Column<Guid>(type: "uuid", nullable: true),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: true),
                    Outlet = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_exposures", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "frontage_ratings",
                schema: "enforcement",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FrontageId = table.Column<Guid>(type: "uuid", nullable: false),
                    TownshipId = table.Column<Guid>(type: "uuid", nullable: false),
                    RatedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Passed = table.Column<bool>(type: "boolean", nullable: false),
                    FailedDuties = table.Column<int>(type: "integer", nullable: false),
                    Rater = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_frontage_ratings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "frontages",
                schema: "enforcement",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TownshipId = table.Column<Guid>(type: "uuid", nullable: false),
                    VillageId = table.Column<Guid>(type: "uuid", nullable: true),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Address = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: true),
                    PartyMember = table.Column<bool>(type: "boolean", nullable: false),
                    AgreementSignedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Duties = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_frontages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "idempotency_keys",
                schema: "enforcement",
                columns: table => new
                {
                    Key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RequestHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ReportId = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_idempotency_keys", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "intake_windows",
                schema: "enforcement",
                columns: table => new
                {
                    ClientAddress = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Minute = table.Column<long>(type: "bigint", nullable: false),
                    Count = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_intake_windows", x => new { x.ClientAddress, x.Minute });
                });

            migrationBuilder.CreateTable(
                name: "on_time_snapshots",
                schema: "enforcement",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TownshipId = table.Column<Guid>(type: "uuid", nullable: false),
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    Due = table.Column<int>(type: "integer", nullable: false),
                    OnTime = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_on_time_snapshots", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "outbox",
                schema: "enforcement",
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
                name: "photos",
                schema: "enforcement",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    ReportId = table.Column<Guid>(type: "uuid", nullable: true),
                    Stage = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Content = table.Column<byte[]>(type: "bytea", nullable: false),
                    UploadedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_photos", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "reports",
                schema: "enforcement",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    TrackingToken = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    IsDuplicate = table.Column<bool>(type: "boolean", nullable: false),
                    Description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    ContactPhone = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    Latitude = table.Column<double>(type: "double precision", nullable: true),
                    Longitude = table.Column<double>(type: "double precision", nullable: true),
                    ReportedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reports", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_case_events_CaseId_At",
                schema: "enforcement",
                table: "case_events",
                columns: new[] { "CaseId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_cases_Category_ReportedAt",
                schema: "enforcement",
                table: "cases",
                columns: new[] { "Category", "ReportedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_cases_FrontageId",
                schema: "enforcement",
                table: "cases",
                column: "FrontageId");

            migrationBuilder.CreateIndex(
                name: "IX_cases_HandleDueAt",
                schema: "enforcement",
                table: "cases",
                column: "HandleDueAt");

            migrationBuilder.CreateIndex(
                name: "IX_cases_Number",
                schema: "enforcement",
                table: "cases",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_cases_TownshipId_State",
                schema: "enforcement",
                table: "cases",
                columns: new[] { "TownshipId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_cases_Year_Sequence",
                schema: "enforcement",
                table: "cases",
                columns: new[] { "Year", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_exposures_TownshipId_Date",
                schema: "enforcement",
                table: "exposures",
                columns: new[] { "TownshipId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_frontage_ratings_FrontageId_RatedOn",
                schema: "enforcement",
                table: "frontage_ratings",
                columns: new[] { "FrontageId", "RatedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_frontage_ratings_TownshipId_RatedOn",
                schema: "enforcement",
                table: "frontage_ratings",
                columns: new[] { "TownshipId", "RatedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_frontages_TownshipId",
                schema: "enforcement",
                table: "frontages",
                column: "TownshipId");

            migrationBuilder.CreateIndex(
                name: "IX_frontages_UnitId",
                schema: "enforcement",
                table: "frontages",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_intake_windows_Minute",
                schema: "enforcement",
                table: "intake_windows",
                column: "Minute");

            migrationBuilder.CreateIndex(
                name: "IX_on_time_snapshots_TownshipId_Day",
                schema: "enforcement",
                table: "on_time_snapshots",
                columns: new[] { "TownshipId", "Day" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_outbox_DeliveredAt_Id",
                schema: "enforcement",
                table: "outbox",
                columns: new[] { "DeliveredAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_photos_CaseId",
                schema: "enforcement",
                table: "photos",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_reports_CaseId",
                schema: "enforcement",
                table: "reports",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_reports_TrackingToken",
                schema: "enforcement",
                table: "reports",
                column: "TrackingToken",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "calendar_days",
                schema: "enforcement");

            migrationBuilder.DropTable(
                name: "case_counters",
                schema: "enforcement");

            migrationBuilder.DropTable(
                name: "case_due_month_tallies",
                schema: "enforcement");

            migrationBuilder.DropTable(
                name: "case_due_tallies",
                schema: "enforcement");

            migrationBuilder.DropTable(
                name: "case_events",
                schema: "enforcement");

            migrationBuilder.DropTable(
                name: "cases",
                schema: "enforcement");

            migrationBuilder.DropTable(
                name: "exposures",
                schema: "enforcement");

            migrationBuilder.DropTable(
                name: "frontage_ratings",
                schema: "enforcement");

            migrationBuilder.DropTable(
                name: "frontages",
                schema: "enforcement");

            migrationBuilder.DropTable(
                name: "idempotency_keys",
                schema: "enforcement");

            migrationBuilder.DropTable(
                name: "intake_windows",
                schema: "enforcement");

            migrationBuilder.DropTable(
                name: "on_time_snapshots",
                schema: "enforcement");

            migrationBuilder.DropTable(
                name: "outbox",
                schema: "enforcement");

            migrationBuilder.DropTable(
                name: "photos",
                schema: "enforcement");

            migrationBuilder.DropTable(
                name: "reports",
                schema: "enforcement");
        }
    }
}
