using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MspCaseManager.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AllegationsAndFactsOfConclusion : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {

            migrationBuilder.AddColumn<DateOnly>(
                name: "ReviewedOn",
                table: "S42Decisions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ConcludedCapacitySupport",
                table: "Enquiries",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ConcludedLackedCapacity",
                table: "Enquiries",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ConcludedOn",
                table: "Enquiries",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ConcludedOutcomesAchieved",
                table: "Enquiries",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ConcludedOutcomesAsked",
                table: "Enquiries",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ConcludedOutcomesReviewNumber",
                table: "Enquiries",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ConcludedResultOfAction",
                table: "Enquiries",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ConcludedRiskOutcome",
                table: "Enquiries",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OutcomesNotAskedDetails",
                table: "Enquiries",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OutcomesNotAskedReason",
                table: "Enquiries",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "StartedOn",
                table: "Enquiries",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.AddColumn<string>(
                name: "AbuseOccurredIn",
                table: "Concerns",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OtherCouncilName",
                table: "Concerns",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReferralSource",
                table: "Concerns",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "DateOfDeath",
                table: "Adults",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AdultHealthConditions",
                columns: table => new
                {
                    Condition = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    AdultId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AdultHealthConditions", x => new { x.AdultId, x.Condition });
                    table.ForeignKey(
                        name: "FK_AdultHealthConditions_Adults_AdultId",
                        column: x => x.AdultId,
                        principalTable: "Adults",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Allegations",
                columns: table => new
                {
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    ConcernId = table.Column<int>(type: "INTEGER", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Location = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Allegations", x => new { x.ConcernId, x.Number });
                    table.ForeignKey(
                        name: "FK_Allegations_Concerns_ConcernId",
                        column: x => x.ConcernId,
                        principalTable: "Concerns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });


            // Existing rows: each risk type becomes an allegation with the concern's location and
            // source, numbered in the order of the types; an enquiry started on the day it was
            // opened; an authorised or returned decision was reviewed on the (UTC) date it was.
            migrationBuilder.Sql(
                """
                INSERT INTO "Allegations" ("ConcernId", "Number", "Type", "Location", "Source")
                SELECT r."ConcernId", ROW_NUMBER() OVER (PARTITION BY r."ConcernId" ORDER BY r."RiskType"), r."RiskType", c."LocationOfRisk", c."SourceOfRisk"
                FROM "ConcernRiskType" r INNER JOIN "Concerns" c ON c."Id" = r."ConcernId"
                """);
            migrationBuilder.Sql("UPDATE Enquiries SET StartedOn = OpenedOn");
            migrationBuilder.Sql("UPDATE S42Decisions SET ReviewedOn = date(ReviewedAtUtc) WHERE ReviewedAtUtc IS NOT NULL");

            migrationBuilder.DropTable(
                name: "ConcernRiskType");

            migrationBuilder.DropColumn(
                name: "LocationOfRisk",
                table: "Concerns");

            migrationBuilder.DropColumn(
                name: "SourceOfRisk",
                table: "Concerns");
            migrationBuilder.CreateIndex(
                name: "IX_Enquiries_ConcludedOn_Type",
                table: "Enquiries",
                columns: new[] { "ConcludedOn", "Type" });

            migrationBuilder.CreateIndex(
                name: "IX_Enquiries_StartedOn_Type",
                table: "Enquiries",
                columns: new[] { "StartedOn", "Type" });

            migrationBuilder.CreateIndex(
                name: "IX_Concerns_ReceivedOn",
                table: "Concerns",
                column: "ReceivedOn");

            migrationBuilder.CreateIndex(
                name: "IX_Allegations_Location_Source",
                table: "Allegations",
                columns: new[] { "Location", "Source" });

            migrationBuilder.CreateIndex(
                name: "IX_Allegations_Type_Source",
                table: "Allegations",
                columns: new[] { "Type", "Source" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AdultHealthConditions");

            migrationBuilder.DropTable(
                name: "Allegations");

            migrationBuilder.DropIndex(
                name: "IX_Enquiries_ConcludedOn_Type",
                table: "Enquiries");

            migrationBuilder.DropIndex(
                name: "IX_Enquiries_StartedOn_Type",
                table: "Enquiries");

            migrationBuilder.DropIndex(
                name: "IX_Concerns_ReceivedOn",
                table: "Concerns");

            migrationBuilder.DropColumn(
                name: "ReviewedOn",
                table: "S42Decisions");

            migrationBuilder.DropColumn(
                name: "ConcludedCapacitySupport",
                table: "Enquiries");

            migrationBuilder.DropColumn(
                name: "ConcludedLackedCapacity",
                table: "Enquiries");

            migrationBuilder.DropColumn(
                name: "ConcludedOn",
                table: "Enquiries");

            migrationBuilder.DropColumn(
                name: "ConcludedOutcomesAchieved",
                table: "Enquiries");

            migrationBuilder.DropColumn(
                name: "ConcludedOutcomesAsked",
                table: "Enquiries");

            migrationBuilder.DropColumn(
                name: "ConcludedOutcomesReviewNumber",
                table: "Enquiries");

            migrationBuilder.DropColumn(
                name: "ConcludedResultOfAction",
                table: "Enquiries");

            migrationBuilder.DropColumn(
                name: "ConcludedRiskOutcome",
                table: "Enquiries");

            migrationBuilder.DropColumn(
                name: "OutcomesNotAskedDetails",
                table: "Enquiries");

            migrationBuilder.DropColumn(
                name: "OutcomesNotAskedReason",
                table: "Enquiries");

            migrationBuilder.DropColumn(
                name: "StartedOn",
                table: "Enquiries");

            migrationBuilder.DropColumn(
                name: "AbuseOccurredIn",
                table: "Concerns");

            migrationBuilder.DropColumn(
                name: "OtherCouncilName",
                table: "Concerns");

            migrationBuilder.DropColumn(
                name: "ReferralSource",
                table: "Concerns");

            migrationBuilder.DropColumn(
                name: "DateOfDeath",
                table: "Adults");

            migrationBuilder.AddColumn<string>(
                name: "LocationOfRisk",
                table: "Concerns",
                type: "TEXT",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "SourceOfRisk",
                table: "Concerns",
                type: "TEXT",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "ConcernRiskType",
                columns: table => new
                {
                    ConcernId = table.Column<int>(type: "INTEGER", nullable: false),
                    RiskType = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConcernRiskType", x => new { x.ConcernId, x.RiskType });
                    table.ForeignKey(
                        name: "FK_ConcernRiskType_Concerns_ConcernId",
                        column: x => x.ConcernId,
                        principalTable: "Concerns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ConcernRiskType_RiskType",
                table: "ConcernRiskType",
                column: "RiskType");
        }
    }
}
