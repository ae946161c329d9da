using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MspCaseManager.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Concerns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Adults",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FirstName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CreatedByTeamId = table.Column<int>(type: "INTEGER", nullable: true),
                    LastName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    PreferredName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    DateOfBirth = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Gender = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Ethnicity = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    PrimarySupportReason = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    NhsNumber = table.Column<string>(type: "TEXT", unicode: false, maxLength: 10, nullable: true),
                    Address = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Postcode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    FirstLanguage = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    InterpreterNeeded = table.Column<bool>(type: "INTEGER", nullable: false),
                    CommunicationSupport = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false, defaultValue: 0)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Adults", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Adults_Teams_CreatedByTeamId",
                        column: x => x.CreatedByTeamId,
                        principalTable: "Teams",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Concerns",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AdultId = table.Column<int>(type: "INTEGER", nullable: false),
                    TeamId = table.Column<int>(type: "INTEGER", nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    HowReceived = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ReferrerIsAnonymous = table.Column<bool>(type: "INTEGER", nullable: false),
                    ReferrerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ReferrerRole = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ReferrerOrganisation = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ReferrerContact = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    WhatHappened = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: false),
                    LocationOfRisk = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SourceOfRisk = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ReferrerSpokeToAdult = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    AdultViewOfConcern = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    AdultViewReason = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: true),
                    ImmediateSafetyActions = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: true),
                    OthersAtRisk = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    OthersAtRiskDetails = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: true),
                    PoliceInvolved = table.Column<bool>(type: "INTEGER", nullable: false),
                    CrimeReference = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    RecordedByUserId = table.Column<string>(type: "TEXT", nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false, defaultValue: 0)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Concerns", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Concerns_Adults_AdultId",
                        column: x => x.AdultId,
                        principalTable: "Adults",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Concerns_AspNetUsers_RecordedByUserId",
                        column: x => x.RecordedByUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Concerns_Teams_TeamId",
                        column: x => x.TeamId,
                        principalTable: "Teams",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ImportantPeople",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AdultId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Relationship = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Contact = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CouldBeAppropriatePerson = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsCurrent = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false, defaultValue: 0)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImportantPeople", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ImportantPeople_Adults_AdultId",
                        column: x => x.AdultId,
                        principalTable: "Adults",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "LegalAuthorities",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AdultId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    HolderName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RegisteredOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    IsCurrent = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false, defaultValue: 0)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LegalAuthorities", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LegalAuthorities_Adults_AdultId",
                        column: x => x.AdultId,
                        principalTable: "Adults",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

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

            migrationBuilder.CreateTable(
                name: "Enquiries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AdultId = table.Column<int>(type: "INTEGER", nullable: false),
                    ConcernId = table.Column<int>(type: "INTEGER", nullable: false),
                    TeamId = table.Column<int>(type: "INTEGER", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    OpenedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    OpenedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    AllocatedWorkerId = table.Column<string>(type: "TEXT", nullable: true),
                    AllocatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false, defaultValue: 0)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Enquiries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Enquiries_Adults_AdultId",
                        column: x => x.AdultId,
                        principalTable: "Adults",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Enquiries_AspNetUsers_AllocatedWorkerId",
                        column: x => x.AllocatedWorkerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Enquiries_Concerns_ConcernId",
                        column: x => x.ConcernId,
                        principalTable: "Concerns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Enquiries_Teams_TeamId",
                        column: x => x.TeamId,
                        principalTable: "Teams",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "S42Decisions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ConcernId = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    NeedsCareAndSupport = table.Column<bool>(type: "INTEGER", nullable: false),
                    NeedsCareAndSupportReason = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: false),
                    ExperiencingOrAtRiskOfAbuse = table.Column<bool>(type: "INTEGER", nullable: false),
                    ExperiencingOrAtRiskOfAbuseReason = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: false),
                    UnableToProtectThemselves = table.Column<bool>(type: "INTEGER", nullable: false),
                    UnableToProtectThemselvesReason = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: false),
                    Route = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    NoEnquiryOutcome = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    SignpostedOrReferredTo = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ReferrerFeedbackGivenOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ReferrerFeedbackMethod = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ReferrerFeedbackNote = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DecidedByUserId = table.Column<string>(type: "TEXT", nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ReviewedByUserId = table.Column<string>(type: "TEXT", nullable: true),
                    ReviewedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ManagerComments = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false, defaultValue: 0)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_S42Decisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_S42Decisions_AspNetUsers_DecidedByUserId",
                        column: x => x.DecidedByUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_S42Decisions_AspNetUsers_ReviewedByUserId",
                        column: x => x.ReviewedByUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_S42Decisions_Concerns_ConcernId",
                        column: x => x.ConcernId,
                        principalTable: "Concerns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Adults_CreatedByTeamId",
                table: "Adults",
                column: "CreatedByTeamId");

            migrationBuilder.CreateIndex(
                name: "IX_Adults_DateOfBirth",
                table: "Adults",
                column: "DateOfBirth");

            migrationBuilder.CreateIndex(
                name: "IX_Adults_LastName_FirstName",
                table: "Adults",
                columns: new[] { "LastName", "FirstName" });

            migrationBuilder.CreateIndex(
                name: "IX_Adults_NhsNumber",
                table: "Adults",
                column: "NhsNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ConcernRiskType_RiskType",
                table: "ConcernRiskType",
                column: "RiskType");

            migrationBuilder.CreateIndex(
                name: "IX_Concerns_AdultId",
                table: "Concerns",
                column: "AdultId");

            migrationBuilder.CreateIndex(
                name: "IX_Concerns_RecordedByUserId",
                table: "Concerns",
                column: "RecordedByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_Concerns_TeamId_ReceivedOn",
                table: "Concerns",
                columns: new[] { "TeamId", "ReceivedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Enquiries_AdultId",
                table: "Enquiries",
                column: "AdultId");

            migrationBuilder.CreateIndex(
                name: "IX_Enquiries_AllocatedWorkerId_Status",
                table: "Enquiries",
                columns: new[] { "AllocatedWorkerId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Enquiries_ConcernId",
                table: "Enquiries",
                column: "ConcernId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Enquiries_TeamId_Status",
                table: "Enquiries",
                columns: new[] { "TeamId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_ImportantPeople_AdultId",
                table: "ImportantPeople",
                column: "AdultId");

            migrationBuilder.CreateIndex(
                name: "IX_LegalAuthorities_AdultId",
                table: "LegalAuthorities",
                column: "AdultId");

            migrationBuilder.CreateIndex(
                name: "IX_S42Decisions_ConcernId_Number",
                table: "S42Decisions",
                columns: new[] { "ConcernId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_S42Decisions_DecidedByUserId",
                table: "S42Decisions",
                column: "DecidedByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_S42Decisions_ReviewedByUserId",
                table: "S42Decisions",
                column: "ReviewedByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_S42Decisions_Status",
                table: "S42Decisions",
                column: "Status");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ConcernRiskType");

            migrationBuilder.DropTable(
                name: "Enquiries");

            migrationBuilder.DropTable(
                name: "ImportantPeople");

            migrationBuilder.DropTable(
                name: "LegalAuthorities");

            migrationBuilder.DropTable(
                name: "S42Decisions");

            migrationBuilder.DropTable(
                name: "Concerns");

            migrationBuilder.DropTable(
                name: "Adults");
        }
    }
}
