using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MspCaseManager.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class PerformanceIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Concerns_AdultId",
                table: "Concerns");

            migrationBuilder.AlterColumn<string>(
                name: "PreferredName",
                table: "Adults",
                type: "TEXT",
                maxLength: 100,
                nullable: true,
                collation: "NOCASE",
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 100,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "LastName",
                table: "Adults",
                type: "TEXT",
                maxLength: 100,
                nullable: false,
                collation: "NOCASE",
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 100);

            migrationBuilder.AlterColumn<string>(
                name: "FirstName",
                table: "Adults",
                type: "TEXT",
                maxLength: 100,
                nullable: false,
                collation: "NOCASE",
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 100);

            migrationBuilder.CreateIndex(
                name: "IX_Concerns_AdultId_TeamId_ReceivedOn",
                table: "Concerns",
                columns: new[] { "AdultId", "TeamId", "ReceivedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Adults_FirstName",
                table: "Adults",
                column: "FirstName");

            migrationBuilder.CreateIndex(
                name: "IX_Adults_PreferredName",
                table: "Adults",
                column: "PreferredName");

            migrationBuilder.CreateIndex(
                name: "IX_Adults_RestrictionReason",
                table: "Adults",
                column: "RestrictionReason");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Concerns_AdultId_TeamId_ReceivedOn",
                table: "Concerns");

            migrationBuilder.DropIndex(
                name: "IX_Adults_FirstName",
                table: "Adults");

            migrationBuilder.DropIndex(
                name: "IX_Adults_PreferredName",
                table: "Adults");

            migrationBuilder.DropIndex(
                name: "IX_Adults_RestrictionReason",
                table: "Adults");

            migrationBuilder.AlterColumn<string>(
                name: "PreferredName",
                table: "Adults",
                type: "TEXT",
                maxLength: 100,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 100,
                oldNullable: true,
                oldCollation: "NOCASE");

            migrationBuilder.AlterColumn<string>(
                name: "LastName",
                table: "Adults",
                type: "TEXT",
                maxLength: 100,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 100,
                oldCollation: "NOCASE");

            migrationBuilder.AlterColumn<string>(
                name: "FirstName",
                table: "Adults",
                type: "TEXT",
                maxLength: 100,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 100,
                oldCollation: "NOCASE");

            migrationBuilder.CreateIndex(
                name: "IX_Concerns_AdultId",
                table: "Concerns",
                column: "AdultId");
        }
    }
}
