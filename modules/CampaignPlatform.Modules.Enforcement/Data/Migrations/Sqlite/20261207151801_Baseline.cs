using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CampaignPlatform.Modules.Enforcement.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Baseline : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "enforcement_calendar_days",
                columns: table => new
                {
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_enforcement_calendar_days", x => x.Date);
                });

            migrationBuilder.CreateTable(
                name: "enforcement_case_counters",
                columns: table => new
                {
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Next = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_enforcement_case_counters", x => x.Year);
                });

            migrationBuilder.CreateTable(
                name: "enforcement_case_due_month_tallies",
                columns: table => new
                {
                    Month = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    TownshipId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Cases = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_enforcement_case_due_month_tallies", x => new { x.Month, x.TownshipId, x.Outcome });
                });

            migrationBuilder.CreateTable(
                name: "enforcement_case_due_tallies",
                columns: table => new
                {
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    TownshipId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Cases = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_enforcement_case_due_tallies", x => new { x.Day, x.TownshipId, x.Outcome });
                });

            migrationBuilder.CreateTable(
                name: "enforcement_case_events",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_enforcement_case_events", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "enforcement_cases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    TownshipId = table.Column<Guid>(type: "TEXT", nullable: false),
                    VillageId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Address = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Latitude = table.Column<double>(type: "REAL", nullable: true),
                    Longitude = table.Column<double>(type: "REAL", nullable: true),
                    ReportedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ReportedBy = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    StepDueAt = table.Column<long>(type: "INTEGER", nullable: true),
                    HandleDueAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DemolitionDueAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Level = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RejectReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Handler = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    HandlingRecordedBy = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    HandlingNote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    HandledAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Verifier = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    VerifiedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ClosedOnTime = table.Column<bool>(type: "INTEGER", nullable: true),
                    Parked = table.Column<bool>(type: "INTEGER", nullable: false),
                    ParkReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ParkApprovedBy = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    FrontageId = table.Column<Guid>(type: "TEXT", nullable: true),
                    EscalatedForDueAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_enforcement_cases", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "enforcement_exposures",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    TownshipId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Outlet = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_enforcement_exposures", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "enforcement_frontage_ratings",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FrontageId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TownshipId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RatedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Passed = table.Column<bool>(type: "INTEGER", nullable: false),
                    FailedDuties = table.Column<int>(type: "INTEGER", nullable: false),
                    Rater = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_enforcement_frontage_ratings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "enforcement_frontages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TownshipId = table.Column<Guid>(type: "TEXT", nullable: false),
                    VillageId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Address = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: true),
                    PartyMember = table.Column<bool>(type: "INTEGER", nullable: false),
                    AgreementSignedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Duties = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_enforcement_frontages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "enforcement_idempotency_keys",
                columns: table => new
                {
                    Key = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RequestHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ReportId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_enforcement_idempotency_keys", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "enforcement_intake_windows",
                columns: table => new
                {
                    ClientAddress = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Minute = table.Column<long>(type: "INTEGER", nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_enforcement_intake_windows", x => new { x.ClientAddress, x.Minute });
                });

            migrationBuilder.CreateTable(
                name: "enforcement_on_time_snapshots",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TownshipId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Due = table.Column<int>(type: "INTEGER", nullable: false),
                    OnTime = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_enforcement_on_time_snapshots", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "enforcement_outbox",
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
                    table.PrimaryKey("PK_enforcement_outbox", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "enforcement_photos",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReportId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Stage = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false),
                    UploadedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_enforcement_photos", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "enforcement_reports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TrackingToken = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    IsDuplicate = table.Column<bool>(type: "INTEGER", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    ContactPhone = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Latitude = table.Column<double>(type: "REAL", nullable: true),
                    Longitude = table.Column<double>(type: "REAL", nullable: true),
                    ReportedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_enforcement_reports", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_enforcement_case_events_CaseId_At",
                table: "enforcement_case_events",
                columns: new[] { "CaseId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_enforcement_cases_Category_ReportedAt",
                table: "enforcement_cases",
                columns: new[] { "Category", "ReportedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_enforcement_cases_FrontageId",
                table: "enforcement_cases",
                column: "FrontageId");

            migrationBuilder.CreateIndex(
                name: "IX_enforcement_cases_HandleDueAt",
                table: "enforcement_cases",
                column: "HandleDueAt");

            migrationBuilder.CreateIndex(
                name: "IX_enforcement_cases_Number",
                table: "enforcement_cases",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_enforcement_cases_TownshipId_State",
                table: "enforcement_cases",
                columns: new[] { "TownshipId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_enforcement_cases_Year_Sequence",
                table: "enforcement_cases",
                columns: new[] { "Year", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_enforcement_exposures_TownshipId_Date",
                table: "enforcement_exposures",
                columns: new[] { "TownshipId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_enforcement_frontage_ratings_FrontageId_RatedOn",
                table: "enforcement_frontage_ratings",
                columns: new[] { "FrontageId", "RatedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_enforcement_frontage_ratings_TownshipId_RatedOn",
                table: "enforcement_frontage_ratings",
                columns: new[] { "TownshipId", "RatedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_enforcement_frontages_TownshipId",
                table: "enforcement_frontages",
                column: "TownshipId");

            migrationBuilder.CreateIndex(
                name: "IX_enforcement_frontages_UnitId",
                table: "enforcement_frontages",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_enforcement_intake_windows_Minute",
                table: "enforcement_intake_windows",
                column: "Minute");

            migrationBuilder.CreateIndex(
                name: "IX_enforcement_on_time_snapshots_TownshipId_Day",
                table: "enforcement_on_time_snapshots",
                columns: new[] { "TownshipId", "Day" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_enforcement_outbox_DeliveredAt_Id",
                table: "enforcement_outbox",
                columns: new[] { "DeliveredAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_enforcement_photos_CaseId",
                table: "enforcement_photos",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_enforcement_reports_CaseId",
                table: "enforcement_reports",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_enforcement_reports_TrackingToken",
                table: "enforcement_reports",
                column: "TrackingToken",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "enforcement_calendar_days");

            migrationBuilder.DropTable(
                name: "enforcement_case_counters");

            migrationBuilder.DropTable(
                name: "enforcement_case_due_month_tallies");

            migrationBuilder.DropTable(
                name: "enforcement_case_due_tallies");

            migrationBuilder.DropTable(
                name: "enforcement_case_events");

            migrationBuilder.DropTable(
                name: "enforcement_cases");

            migrationBuilder.DropTable(
                name: "enforcement_exposures");

            migrationBuilder.DropTable(
                name: "enforcement_frontage_ratings");

            migrationBuilder.DropTable(
                name: "enforcement_frontages");

            migrationBuilder.DropTable(
                name: "enforcement_idempotency_keys");

            migrationBuilder.DropTable(
                name: "enforcement_intake_windows");

            migrationBuilder.DropTable(
                name: "enforcement_on_time_snapshots");

            migrationBuilder.DropTable(
                name: "enforcement_outbox");

            migrationBuilder.DropTable(
                name: "enforcement_photos");

            migrationBuilder.DropTable(
                name: "enforcement_reports");
        }
    }
}
