using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CampaignPlatform.TestModules.Sample.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class NamesPrioritiesAndNotes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Scaffolded, then put in the order that keeps every value: the new table first, the notes copied into it,
            // and only then the old column dropped; the text priorities trimmed before the table is rebuilt with an
            // integer column, whose affinity makes numbers of them.
            migrationBuilder.CreateTable(
                name: "sample_record_notes",
                columns: table => new
                {
                    RecordId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sample_record_notes", x => x.RecordId);
                });

            migrationBuilder.Sql("""
                INSERT INTO sample_record_notes ("RecordId", "Text")
                SELECT "Id", "Note" FROM sample_records WHERE "Note" IS NOT NULL AND "Note" <> ''
                """);

            migrationBuilder.DropColumn(
                name: "Note",
                table: "sample_records");

            migrationBuilder.RenameColumn(
                name: "Title",
                table: "sample_records",
                newName: "Name");

            migrationBuilder.Sql("""UPDATE sample_records SET "Priority" = NULLIF(trim("Priority"), '')""");

            migrationBuilder.AlterColumn<int>(
                name: "Priority",
                table: "sample_records",
                type: "INTEGER",
                nullable: true,
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldNullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "sample_record_notes");

            migrationBuilder.RenameColumn(
                name: "Name",
                table: "sample_records",
                newName: "Title");

            migrationBuilder.AlterColumn<string>(
                name: "Priority",
                table: "sample_records",
                type: "TEXT",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "INTEGER",
                oldNullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Note",
                table: "sample_records",
                type: "TEXT",
                nullable: true);
        }
    }
}
