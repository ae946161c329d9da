using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MspCaseManager.Data.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class EnteredInError : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "EnteredInErrorAtUtc",
                table: "PlanActions",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EnteredInErrorByUserId",
                table: "PlanActions",
                type: "nvarchar(450)",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EnteredInErrorReason",
                table: "PlanActions",
                type: "nvarchar(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "EnteredInErrorAtUtc",
                table: "Enquiries",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EnteredInErrorByUserId",
                table: "Enquiries",
                type: "nvarchar(450)",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EnteredInErrorReason",
                table: "Enquiries",
                type: "nvarchar(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "EnteredInErrorAtUtc",
                table: "DesiredOutcomes",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EnteredInErrorByUserId",
                table: "DesiredOutcomes",
                type: "nvarchar(450)",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EnteredInErrorReason",
                table: "DesiredOutcomes",
                type: "nvarchar(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "EnteredInErrorAtUtc",
                table: "Concerns",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EnteredInErrorByUserId",
                table: "Concerns",
                type: "nvarchar(450)",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EnteredInErrorReason",
                table: "Concerns",
                type: "nvarchar(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "EnteredInErrorAtUtc",
                table: "CaseNotes",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EnteredInErrorByUserId",
                table: "CaseNotes",
                type: "nvarchar(450)",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EnteredInErrorReason",
                table: "CaseNotes",
                type: "nvarchar(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_PlanActions_EnteredInErrorByUserId",
                table: "PlanActions",
                column: "EnteredInErrorByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_Enquiries_EnteredInErrorByUserId",
                table: "Enquiries",
                column: "EnteredInErrorByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_DesiredOutcomes_EnteredInErrorByUserId",
                table: "DesiredOutcomes",
                column: "EnteredInErrorByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_Concerns_EnteredInErrorByUserId",
                table: "Concerns",
                column: "EnteredInErrorByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseNotes_EnteredInErrorByUserId",
                table: "CaseNotes",
                column: "EnteredInErrorByUserId");

            migrationBuilder.AddForeignKey(
                name: "FK_CaseNotes_AspNetUsers_EnteredInErrorByUserId",
                table: "CaseNotes",
                column: "EnteredInErrorByUserId",
                principalTable: "AspNetUsers",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Concerns_AspNetUsers_EnteredInErrorByUserId",
                table: "Concerns",
                column: "EnteredInErrorByUserId",
                principalTable: "AspNetUsers",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_DesiredOutcomes_AspNetUsers_EnteredInErrorByUserId",
                table: "DesiredOutcomes",
                column: "EnteredInErrorByUserId",
                principalTable: "AspNetUsers",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Enquiries_AspNetUsers_EnteredInErrorByUserId",
                table: "Enquiries",
                column: "EnteredInErrorByUserId",
                principalTable: "AspNetUsers",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_PlanActions_AspNetUsers_EnteredInErrorByUserId",
                table: "PlanActions",
                column: "EnteredInErrorByUserId",
                principalTable: "AspNetUsers",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_CaseNotes_AspNetUsers_EnteredInErrorByUserId",
                table: "CaseNotes");

            migrationBuilder.DropForeignKey(
                name: "FK_Concerns_AspNetUsers_EnteredInErrorByUserId",
                table: "Concerns");

            migrationBuilder.DropForeignKey(
                name: "FK_DesiredOutcomes_AspNetUsers_EnteredInErrorByUserId",
                table: "DesiredOutcomes");

            migrationBuilder.DropForeignKey(
                name: "FK_Enquiries_AspNetUsers_EnteredInErrorByUserId",
                table: "Enquiries");

            migrationBuilder.DropForeignKey(
                name: "FK_PlanActions_AspNetUsers_EnteredInErrorByUserId",
                table: "PlanActions");

            migrationBuilder.DropIndex(
                name: "IX_PlanActions_EnteredInErrorByUserId",
                table: "PlanActions");

            migrationBuilder.DropIndex(
                name: "IX_Enquiries_EnteredInErrorByUserId",
                table: "Enquiries");

            migrationBuilder.DropIndex(
                name: "IX_DesiredOutcomes_EnteredInErrorByUserId",
                table: "DesiredOutcomes");

            migrationBuilder.DropIndex(
                name: "IX_Concerns_EnteredInErrorByUserId",
                table: "Concerns");

            migrationBuilder.DropIndex(
                name: "IX_CaseNotes_EnteredInErrorByUserId",
                table: "CaseNotes");

            migrationBuilder.DropColumn(
                name: "EnteredInErrorAtUtc",
                table: "PlanActions");

            migrationBuilder.DropColumn(
                name: "EnteredInErrorByUserId",
                table: "PlanActions");

            migrationBuilder.DropColumn(
                name: "EnteredInErrorReason",
                table: "PlanActions");

            migrationBuilder.DropColumn(
                name: "EnteredInErrorAtUtc",
                table: "Enquiries");

            migrationBuilder.DropColumn(
                name: "EnteredInErrorByUserId",
                table: "Enquiries");

            migrationBuilder.DropColumn(
                name: "EnteredInErrorReason",
                table: "Enquiries");

            migrationBuilder.DropColumn(
                name: "EnteredInErrorAtUtc",
                table: "DesiredOutcomes");

            migrationBuilder.DropColumn(
                name: "EnteredInErrorByUserId",
                table: "DesiredOutcomes");

            migrationBuilder.DropColumn(
                name: "EnteredInErrorReason",
                table: "DesiredOutcomes");

            migrationBuilder.DropColumn(
                name: "EnteredInErrorAtUtc",
                table: "Concerns");

            migrationBuilder.DropColumn(
                name: "EnteredInErrorByUserId",
                table: "Concerns");

            migrationBuilder.DropColumn(
                name: "EnteredInErrorReason",
                table: "Concerns");

            migrationBuilder.DropColumn(
                name: "EnteredInErrorAtUtc",
                table: "CaseNotes");

            migrationBuilder.DropColumn(
                name: "EnteredInErrorByUserId",
                table: "CaseNotes");

            migrationBuilder.DropColumn(
                name: "EnteredInErrorReason",
                table: "CaseNotes");
        }
    }
}
