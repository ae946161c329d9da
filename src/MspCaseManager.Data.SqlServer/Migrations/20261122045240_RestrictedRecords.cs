using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MspCaseManager.Data.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class RestrictedRecords : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "RestrictedAtUtc",
                table: "Adults",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RestrictedByUserId",
                table: "Adults",
                type: "nvarchar(max)",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RestrictionDetails",
                table: "Adults",
                type: "nvarchar(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RestrictionReason",
                table: "Adults",
                type: "nvarchar(64)",
                maxLength: 64,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "RestrictedAtUtc",
                table: "Adults");

            migrationBuilder.DropColumn(
                name: "RestrictedByUserId",
                table: "Adults");

            migrationBuilder.DropColumn(
                name: "RestrictionDetails",
                table: "Adults");

            migrationBuilder.DropColumn(
                name: "RestrictionReason",
                table: "Adults");
        }
    }
}
