using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CampaignPlatform.Modules.Assessment.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Baseline : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "assessment_evidence",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    IndicatorCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    SourceModule = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SourceReference = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    TownshipId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Description = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    OccurredOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    LinkedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LinkedBy = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assessment_evidence", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "assessment_exposures",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    TownshipId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Description = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SourceReference = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assessment_exposures", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "assessment_facts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Met = table.Column<bool>(type: "INTEGER", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assessment_facts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "assessment_indicator_values",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    IndicatorCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Value = table.Column<double>(type: "REAL", nullable: true),
                    Met = table.Column<bool>(type: "INTEGER", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assessment_indicator_values", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "assessment_indicators",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Category = table.Column<int>(type: "INTEGER", nullable: false),
                    CategoryZh = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    NameZh = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ThresholdText = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    ThresholdValue = table.Column<double>(type: "REAL", nullable: true),
                    Comparison = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    LeadUnit = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    SeedNote = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    LastValue = table.Column<double>(type: "REAL", nullable: true),
                    LastMet = table.Column<bool>(type: "INTEGER", nullable: true),
                    LastValueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    LastValueNote = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assessment_indicators", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "assessment_outbox",
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
                    table.PrimaryKey("PK_assessment_outbox", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "assessment_scheme_lines",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ParentCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    NameZh = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Points = table.Column<double>(type: "REAL", nullable: false),
                    Rule = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    FactKind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    LineKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assessment_scheme_lines", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "assessment_snapshots",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Scope = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    TownshipId = table.Column<Guid>(type: "TEXT", nullable: true),
                    PointsEarned = table.Column<double>(type: "REAL", nullable: false),
                    PointsPossible = table.Column<double>(type: "REAL", nullable: false),
                    Scorecard = table.Column<string>(type: "TEXT", nullable: false),
                    ComputedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RunId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assessment_snapshots", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_assessment_evidence_IndicatorCode_SourceModule_SourceReference",
                table: "assessment_evidence",
                columns: new[] { "IndicatorCode", "SourceModule", "SourceReference" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_assessment_exposures_SourceReference",
                table: "assessment_exposures",
                column: "SourceReference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_assessment_exposures_Year_TownshipId",
                table: "assessment_exposures",
                columns: new[] { "Year", "TownshipId" });

            migrationBuilder.CreateIndex(
                name: "IX_assessment_facts_Year_Kind",
                table: "assessment_facts",
                columns: new[] { "Year", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_assessment_indicator_values_IndicatorCode_Date",
                table: "assessment_indicator_values",
                columns: new[] { "IndicatorCode", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_assessment_outbox_DeliveredAt_Id",
                table: "assessment_outbox",
                columns: new[] { "DeliveredAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_assessment_scheme_lines_Year_Code",
                table: "assessment_scheme_lines",
                columns: new[] { "Year", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_assessment_snapshots_Year_Scope_Day",
                table: "assessment_snapshots",
                columns: new[] { "Year", "Scope", "Day" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "assessment_evidence");

            migrationBuilder.DropTable(
                name: "assessment_exposures");

            migrationBuilder.DropTable(
                name: "assessment_facts");

            migrationBuilder.DropTable(
                name: "assessment_indicator_values");

            migrationBuilder.DropTable(
                name: "assessment_indicators");

            migrationBuilder.DropTable(
                name: "assessment_outbox");

            migrationBuilder.DropTable(
                name: "assessment_scheme_lines");

            migrationBuilder.DropTable(
                name: "assessment_snapshots");
        }
    }
}
