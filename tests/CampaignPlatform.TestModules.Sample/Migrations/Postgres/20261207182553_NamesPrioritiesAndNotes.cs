using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CampaignPlatform.TestModules.Sample.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class NamesPrioritiesAndNotes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Scaffolded, then put in the order that keeps every value: the new table first, the notes copied into it,
            // and only then the old column dropped; the text priorities converted by the statement that retypes them.
            migrationBuilder.CreateTable(
                name: "record_notes",
                schema: "sample",
                columns: table => new
                {
                    RecordId = table.Column<Guid>(type: "uuid", nullable: false),
                    Text = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_record_notes", x => x.RecordId);
                });

            migrationBuilder.Sql("""
                INSERT INTO sample.record_notes ("RecordId", "Text")
                SELECT "Id", "Note" FROM sample.records WHERE "Note" IS NOT NULL AND "Note" <> ''
                """);

            migrationBuilder.DropColumn(
                name: "Note",
                schema: "sample",
                table: "records");

            migrationBuilder.RenameColumn(
                name: "Title",
                schema: "sample",
                table: "records",
                newName: "Name");

            // AlterColumn would say TYPE integer without USING, which PostgreSQL refuses for a text column with values.
            migrationBuilder.Sql("""
                ALTER TABLE sample.records ALTER COLUMN "Priority" TYPE integer USING NULLIF(trim("Priority"), '')::integer
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "record_notes",
                schema: "sample");

            migrationBuilder.RenameColumn(
                name: "Name",
                schema: "sample",
                table: "records",
                newName: "Title");

            migrationBuilder.AlterColumn<string>(
                name: "Priority",
                schema: "sample",
                table: "records",
                type: "text",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "integer",
                oldNullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Note",
                schema: "sample",
                table: "records",
                type: "text",
                nullable: true);
        }
    }
}
