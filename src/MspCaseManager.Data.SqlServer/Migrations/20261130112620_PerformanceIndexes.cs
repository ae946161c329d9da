using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MspCaseManager.Data.SqlServer.Migrations
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

            migrationBuilder.CreateIndex(
                name: "IX_Concerns_AdultId",
                table: "Concerns",
                column: "AdultId");
        }
    }
}
