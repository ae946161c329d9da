using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace MspCaseManager.Data.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AspNetRoles",
                columns: table => new
                {
                    Id = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    NormalizedName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AuditEvents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    OccurredAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    UserRole = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Action = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    EntityType = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: false),
                    EntityId = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: false),
                    Changes = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditEvents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    FriendlyName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    Xml = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Teams",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Name = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false, defaultValue: 0)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Teams", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetRoleClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    RoleId = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    ClaimType = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    ClaimValue = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoleClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetRoleClaims_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Adults",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    FirstName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    CreatedByTeamId = table.Column<int>(type: "int", nullable: true),
                    LastName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    PreferredName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    DateOfBirth = table.Column<DateOnly>(type: "date", nullable: false),
                    Gender = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Ethnicity = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    PrimarySupportReason = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    NhsNumber = table.Column<string>(type: "varchar(10)", unicode: false, maxLength: 10, nullable: true),
                    Address = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    Postcode = table.Column<string>(type: "nvarchar(8)", maxLength: 8, nullable: true),
                    Phone = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: true),
                    FirstLanguage = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    InterpreterNeeded = table.Column<bool>(type: "bit", nullable: false),
                    CommunicationSupport = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    RestrictionReason = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    RestrictionDetails = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    RestrictedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    RestrictedByUserId = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false, defaultValue: 0)
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
                name: "AspNetUsers",
                columns: table => new
                {
                    Id = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    DisplayName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    TeamId = table.Column<int>(type: "int", nullable: true),
                    IsDisabled = table.Column<bool>(type: "bit", nullable: false),
                    LastTotpTimeStep = table.Column<long>(type: "bigint", nullable: true),
                    UserName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "bit", nullable: false),
                    PasswordHash = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    SecurityStamp = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    PhoneNumber = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "bit", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "bit", nullable: false),
                    LockoutEnd = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "bit", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUsers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUsers_Teams_TeamId",
                        column: x => x.TeamId,
                        principalTable: "Teams",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ImportantPeople",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    AdultId = table.Column<int>(type: "int", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Relationship = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Contact = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    CouldBeAppropriatePerson = table.Column<bool>(type: "bit", nullable: false),
                    IsCurrent = table.Column<bool>(type: "bit", nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false, defaultValue: 0)
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
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    AdultId = table.Column<int>(type: "int", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    HolderName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    RegisteredOn = table.Column<DateOnly>(type: "date", nullable: true),
                    IsCurrent = table.Column<bool>(type: "bit", nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false, defaultValue: 0)
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
                name: "AspNetUserClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    UserId = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    ClaimType = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    ClaimValue = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUserClaims_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserLogins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    ProviderKey = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    UserId = table.Column<string>(type: "nvarchar(450)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserLogins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_AspNetUserLogins_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserRoles",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    RoleId = table.Column<string>(type: "nvarchar(450)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserRoles", x => new { x.UserId, x.RoleId });
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserTokens",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    LoginProvider = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    Value = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_AspNetUserTokens_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Concerns",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    AdultId = table.Column<int>(type: "int", nullable: false),
                    TeamId = table.Column<int>(type: "int", nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    HowReceived = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    ReferrerIsAnonymous = table.Column<bool>(type: "bit", nullable: false),
                    ReferrerName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    ReferrerRole = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    ReferrerOrganisation = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    ReferrerContact = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    WhatHappened = table.Column<string>(type: "nvarchar(max)", maxLength: 10000, nullable: false),
                    LocationOfRisk = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    SourceOfRisk = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    ReferrerSpokeToAdult = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    AdultViewOfConcern = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    AdultViewReason = table.Column<string>(type: "nvarchar(max)", maxLength: 10000, nullable: true),
                    ImmediateSafetyActions = table.Column<string>(type: "nvarchar(max)", maxLength: 10000, nullable: true),
                    OthersAtRisk = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    OthersAtRiskDetails = table.Column<string>(type: "nvarchar(max)", maxLength: 10000, nullable: true),
                    PoliceInvolved = table.Column<bool>(type: "bit", nullable: false),
                    CrimeReference = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: true),
                    RecordedByUserId = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false, defaultValue: 0)
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
                name: "ConcernRiskType",
                columns: table => new
                {
                    ConcernId = table.Column<int>(type: "int", nullable: false),
                    RiskType = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false)
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
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    NoAdvocacyReferralReason = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    NoAdvocacyReferralReasonByUserId = table.Column<string>(type: "nvarchar(450)", nullable: true),
                    NoAdvocacyReferralReasonAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    AdultId = table.Column<int>(type: "int", nullable: false),
                    ConcernId = table.Column<int>(type: "int", nullable: false),
                    TeamId = table.Column<int>(type: "int", nullable: false),
                    Type = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    OpenedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    OpenedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    AllocatedWorkerId = table.Column<string>(type: "nvarchar(450)", nullable: true),
                    AllocatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Status = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    OutcomesAsked = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    RiskOutcome = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    ResultOfAction = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    SacLackedCapacityOverride = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    SacCapacitySupportOverride = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    SacCapacityOverrideReason = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    SacCapacityConfirmedByUserId = table.Column<string>(type: "nvarchar(450)", nullable: true),
                    SacCapacityConfirmedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false, defaultValue: 0),
                    FeelingSafeAtStart_NotAskedReason = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    FeelingSafeAtStart_Score = table.Column<int>(type: "int", nullable: true),
                    FeelingSafeAtStart_WasAsked = table.Column<bool>(type: "bit", nullable: true),
                    OutcomesAskedRepresentative_Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    OutcomesAskedRepresentative_Role = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true)
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
                        name: "FK_Enquiries_AspNetUsers_NoAdvocacyReferralReasonByUserId",
                        column: x => x.NoAdvocacyReferralReasonByUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Enquiries_AspNetUsers_SacCapacityConfirmedByUserId",
                        column: x => x.SacCapacityConfirmedByUserId,
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
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ConcernId = table.Column<int>(type: "int", nullable: false),
                    Number = table.Column<int>(type: "int", nullable: false),
                    NeedsCareAndSupport = table.Column<bool>(type: "bit", nullable: false),
                    NeedsCareAndSupportReason = table.Column<string>(type: "nvarchar(max)", maxLength: 10000, nullable: false),
                    ExperiencingOrAtRiskOfAbuse = table.Column<bool>(type: "bit", nullable: false),
                    ExperiencingOrAtRiskOfAbuseReason = table.Column<string>(type: "nvarchar(max)", maxLength: 10000, nullable: false),
                    UnableToProtectThemselves = table.Column<bool>(type: "bit", nullable: false),
                    UnableToProtectThemselvesReason = table.Column<string>(type: "nvarchar(max)", maxLength: 10000, nullable: false),
                    Route = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    NoEnquiryOutcome = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    SignpostedOrReferredTo = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    ReferrerFeedbackGivenOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ReferrerFeedbackMethod = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    ReferrerFeedbackNote = table.Column<string>(type: "nvarchar(max)", maxLength: 10000, nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DecidedByUserId = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    ReviewedByUserId = table.Column<string>(type: "nvarchar(450)", nullable: true),
                    ReviewedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    ManagerComments = table.Column<string>(type: "nvarchar(max)", maxLength: 10000, nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false, defaultValue: 0)
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

            migrationBuilder.CreateTable(
                name: "AdvocacyAssessments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    EnquiryId = table.Column<int>(type: "int", nullable: false),
                    Number = table.Column<int>(type: "int", nullable: false),
                    AssessedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DifficultyUnderstanding = table.Column<bool>(type: "bit", nullable: false),
                    DifficultyRetaining = table.Column<bool>(type: "bit", nullable: false),
                    DifficultyUsingOrWeighing = table.Column<bool>(type: "bit", nullable: false),
                    DifficultyCommunicating = table.Column<bool>(type: "bit", nullable: false),
                    Notes = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    RecordedByUserId = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    AppropriatePerson_ImportantPersonId = table.Column<int>(type: "int", nullable: true),
                    AppropriatePerson_Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AdvocacyAssessments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AdvocacyAssessments_AspNetUsers_RecordedByUserId",
                        column: x => x.RecordedByUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AdvocacyAssessments_Enquiries_EnquiryId",
                        column: x => x.EnquiryId,
                        principalTable: "Enquiries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AdvocacyReferrals",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    EnquiryId = table.Column<int>(type: "int", nullable: false),
                    Type = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Provider = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    ReferredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    StatusOn = table.Column<DateOnly>(type: "date", nullable: false),
                    AdvocateName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    RecordedByUserId = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AdvocacyReferrals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AdvocacyReferrals_AspNetUsers_RecordedByUserId",
                        column: x => x.RecordedByUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AdvocacyReferrals_Enquiries_EnquiryId",
                        column: x => x.EnquiryId,
                        principalTable: "Enquiries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CapacityAssessments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    EnquiryId = table.Column<int>(type: "int", nullable: false),
                    Decision = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    AssessedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    AssessorName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    AssessorRole = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    ImpairmentOrDisturbance = table.Column<bool>(type: "bit", nullable: false),
                    ImpairmentEvidence = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    PracticableSteps = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    Conclusion = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    MayFluctuate = table.Column<bool>(type: "bit", nullable: false),
                    MayRegain = table.Column<bool>(type: "bit", nullable: false),
                    ReviewOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RecordedByUserId = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Communicate_Ability = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Communicate_Evidence = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    Retain_Ability = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Retain_Evidence = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    Understand_Ability = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Understand_Evidence = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    UseOrWeigh_Ability = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    UseOrWeigh_Evidence = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CapacityAssessments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CapacityAssessments_AspNetUsers_RecordedByUserId",
                        column: x => x.RecordedByUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CapacityAssessments_Enquiries_EnquiryId",
                        column: x => x.EnquiryId,
                        principalTable: "Enquiries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CaseNotes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    EnquiryId = table.Column<int>(type: "int", nullable: false),
                    OccurredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Type = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Text = table.Column<string>(type: "nvarchar(max)", maxLength: 20000, nullable: false),
                    CorrectsNoteId = table.Column<int>(type: "int", nullable: true),
                    WrittenByUserId = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    WrittenAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false, defaultValue: 0)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseNotes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseNotes_AspNetUsers_WrittenByUserId",
                        column: x => x.WrittenByUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CaseNotes_CaseNotes_CorrectsNoteId",
                        column: x => x.CorrectsNoteId,
                        principalTable: "CaseNotes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CaseNotes_Enquiries_EnquiryId",
                        column: x => x.EnquiryId,
                        principalTable: "Enquiries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ClosureRequests",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    EnquiryId = table.Column<int>(type: "int", nullable: false),
                    Number = table.Column<int>(type: "int", nullable: false),
                    Summary = table.Column<string>(type: "nvarchar(max)", maxLength: 10000, nullable: false),
                    RequestedByUserId = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    RequestedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Decision = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    ReviewedByUserId = table.Column<string>(type: "nvarchar(450)", nullable: true),
                    ReviewedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    ManagerComments = table.Column<string>(type: "nvarchar(max)", maxLength: 10000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClosureRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ClosureRequests_AspNetUsers_RequestedByUserId",
                        column: x => x.RequestedByUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ClosureRequests_AspNetUsers_ReviewedByUserId",
                        column: x => x.ReviewedByUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ClosureRequests_Enquiries_EnquiryId",
                        column: x => x.EnquiryId,
                        principalTable: "Enquiries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ConsentRecords",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    EnquiryId = table.Column<int>(type: "int", nullable: false),
                    Number = table.Column<int>(type: "int", nullable: false),
                    Answer = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    AskedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ContinueWithoutConsent = table.Column<bool>(type: "bit", nullable: false),
                    LawfulReasons = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    LawfulReasonDetails = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    ToldWhyOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ConsentsToShareInformation = table.Column<bool>(type: "bit", nullable: true),
                    SharingAgencies = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    RecordedByUserId = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConsentRecords", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ConsentRecords_AspNetUsers_RecordedByUserId",
                        column: x => x.RecordedByUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ConsentRecords_Enquiries_EnquiryId",
                        column: x => x.EnquiryId,
                        principalTable: "Enquiries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DesiredOutcomes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    EnquiryId = table.Column<int>(type: "int", nullable: false),
                    Number = table.Column<int>(type: "int", nullable: false),
                    ExplainedMayNotBeAchievableOn = table.Column<DateOnly>(type: "date", nullable: true),
                    MayNotBeAchievableNote = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    WithdrawnOn = table.Column<DateOnly>(type: "date", nullable: true),
                    WithdrawnReason = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    WithdrawnByUserId = table.Column<string>(type: "nvarchar(450)", nullable: true),
                    ExpressedBy_Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    ExpressedBy_Role = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DesiredOutcomes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DesiredOutcomes_AspNetUsers_WithdrawnByUserId",
                        column: x => x.WithdrawnByUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DesiredOutcomes_Enquiries_EnquiryId",
                        column: x => x.EnquiryId,
                        principalTable: "Enquiries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "EnquiryReopenings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    EnquiryId = table.Column<int>(type: "int", nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    ReopenedByUserId = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    ReopenedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EnquiryReopenings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EnquiryReopenings_AspNetUsers_ReopenedByUserId",
                        column: x => x.ReopenedByUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_EnquiryReopenings_Enquiries_EnquiryId",
                        column: x => x.EnquiryId,
                        principalTable: "Enquiries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "EnquirySectionsNotNeeded",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    EnquiryId = table.Column<int>(type: "int", nullable: false),
                    Section = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    RecordedByUserId = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EnquirySectionsNotNeeded", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EnquirySectionsNotNeeded_AspNetUsers_RecordedByUserId",
                        column: x => x.RecordedByUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_EnquirySectionsNotNeeded_Enquiries_EnquiryId",
                        column: x => x.EnquiryId,
                        principalTable: "Enquiries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "OutcomesReviews",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    EnquiryId = table.Column<int>(type: "int", nullable: false),
                    Number = table.Column<int>(type: "int", nullable: false),
                    ReviewedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    TookPart = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    CouldNotAskReason = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    CouldNotAskDetails = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    OverallOverride = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    OverallOverrideReason = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    RecordedByUserId = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    FeelingSafeAtEnd_NotAskedReason = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    FeelingSafeAtEnd_Score = table.Column<int>(type: "int", nullable: true),
                    FeelingSafeAtEnd_WasAsked = table.Column<bool>(type: "bit", nullable: true),
                    Representative_Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Representative_Role = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutcomesReviews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OutcomesReviews_AspNetUsers_RecordedByUserId",
                        column: x => x.RecordedByUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_OutcomesReviews_Enquiries_EnquiryId",
                        column: x => x.EnquiryId,
                        principalTable: "Enquiries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PlanActions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    EnquiryId = table.Column<int>(type: "int", nullable: false),
                    What = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    Who = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    CompletedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CancelledReason = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanActions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlanActions_Enquiries_EnquiryId",
                        column: x => x.EnquiryId,
                        principalTable: "Enquiries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SafeguardingMeetings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    EnquiryId = table.Column<int>(type: "int", nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Type = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Attendees = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    AdultAttended = table.Column<bool>(type: "bit", nullable: false),
                    VenueChosenByAdult = table.Column<bool>(type: "bit", nullable: false),
                    Notes = table.Column<string>(type: "nvarchar(max)", maxLength: 10000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SafeguardingMeetings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SafeguardingMeetings_Enquiries_EnquiryId",
                        column: x => x.EnquiryId,
                        principalTable: "Enquiries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "BestInterestsDecisions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    EnquiryId = table.Column<int>(type: "int", nullable: false),
                    CapacityAssessmentId = table.Column<int>(type: "int", nullable: false),
                    DecisionAbout = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    CanDecisionWait = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    HowPersonTookPart = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    WishesFeelingsBeliefsAndValues = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    LeastRestrictiveOptionConsidered = table.Column<bool>(type: "bit", nullable: false),
                    Decision = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    Rationale = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    DecisionMaker = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    DecidedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    RecordedByUserId = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BestInterestsDecisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BestInterestsDecisions_AspNetUsers_RecordedByUserId",
                        column: x => x.RecordedByUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_BestInterestsDecisions_CapacityAssessments_CapacityAssessmentId",
                        column: x => x.CapacityAssessmentId,
                        principalTable: "CapacityAssessments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_BestInterestsDecisions_Enquiries_EnquiryId",
                        column: x => x.EnquiryId,
                        principalTable: "Enquiries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "DesiredOutcomeVersions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    DesiredOutcomeId = table.Column<int>(type: "int", nullable: false),
                    Number = table.Column<int>(type: "int", nullable: false),
                    Words = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    Category = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    ChangedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ChangedByUserId = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    RecordedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DesiredOutcomeVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DesiredOutcomeVersions_AspNetUsers_ChangedByUserId",
                        column: x => x.ChangedByUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_DesiredOutcomeVersions_DesiredOutcomes_DesiredOutcomeId",
                        column: x => x.DesiredOutcomeId,
                        principalTable: "DesiredOutcomes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "OutcomeReviewAnswers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    OutcomesReviewId = table.Column<int>(type: "int", nullable: false),
                    DesiredOutcomeId = table.Column<int>(type: "int", nullable: false),
                    VersionNumber = table.Column<int>(type: "int", nullable: false),
                    Achievement = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Comment = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutcomeReviewAnswers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OutcomeReviewAnswers_DesiredOutcomes_DesiredOutcomeId",
                        column: x => x.DesiredOutcomeId,
                        principalTable: "DesiredOutcomes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_OutcomeReviewAnswers_OutcomesReviews_OutcomesReviewId",
                        column: x => x.OutcomesReviewId,
                        principalTable: "OutcomesReviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ReviewQuestionAnswers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    OutcomesReviewId = table.Column<int>(type: "int", nullable: false),
                    Question = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Answer = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReviewQuestionAnswers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReviewQuestionAnswers_OutcomesReviews_OutcomesReviewId",
                        column: x => x.OutcomesReviewId,
                        principalTable: "OutcomesReviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "BalanceSheetOptions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    BestInterestsDecisionId = table.Column<int>(type: "int", nullable: false),
                    Number = table.Column<int>(type: "int", nullable: false),
                    Description = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    IsStatusQuo = table.Column<bool>(type: "bit", nullable: false),
                    IsChosen = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BalanceSheetOptions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BalanceSheetOptions_BestInterestsDecisions_BestInterestsDecisionId",
                        column: x => x.BestInterestsDecisionId,
                        principalTable: "BestInterestsDecisions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "BestInterestsConsultees",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    BestInterestsDecisionId = table.Column<int>(type: "int", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Role = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    View = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BestInterestsConsultees", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BestInterestsConsultees_BestInterestsDecisions_BestInterestsDecisionId",
                        column: x => x.BestInterestsDecisionId,
                        principalTable: "BestInterestsDecisions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "BalanceSheetFactors",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    BalanceSheetOptionId = table.Column<int>(type: "int", nullable: false),
                    Direction = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Description = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    Weight = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BalanceSheetFactors", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BalanceSheetFactors_BalanceSheetOptions_BalanceSheetOptionId",
                        column: x => x.BalanceSheetOptionId,
                        principalTable: "BalanceSheetOptions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.InsertData(
                table: "AspNetRoles",
                columns: new[] { "Id", "ConcurrencyStamp", "Name", "NormalizedName" },
                values: new object[,]
                {
                    { "role-administrator", "role-administrator", "Administrator", "ADMINISTRATOR" },
                    { "role-safeguardinglead", "role-safeguardinglead", "SafeguardingLead", "SAFEGUARDINGLEAD" },
                    { "role-socialworker", "role-socialworker", "SocialWorker", "SOCIALWORKER" },
                    { "role-teammanager", "role-teammanager", "TeamManager", "TEAMMANAGER" }
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
                unique: true,
                filter: "[NhsNumber] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_AdvocacyAssessments_EnquiryId_Number",
                table: "AdvocacyAssessments",
                columns: new[] { "EnquiryId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AdvocacyAssessments_RecordedByUserId",
                table: "AdvocacyAssessments",
                column: "RecordedByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_AdvocacyReferrals_EnquiryId_Type",
                table: "AdvocacyReferrals",
                columns: new[] { "EnquiryId", "Type" });

            migrationBuilder.CreateIndex(
                name: "IX_AdvocacyReferrals_RecordedByUserId",
                table: "AdvocacyReferrals",
                column: "RecordedByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetRoleClaims_RoleId",
                table: "AspNetRoleClaims",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "AspNetRoles",
                column: "NormalizedName",
                unique: true,
                filter: "[NormalizedName] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserClaims_UserId",
                table: "AspNetUserClaims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserLogins_UserId",
                table: "AspNetUserLogins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserRoles_RoleId",
                table: "AspNetUserRoles",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "AspNetUsers",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_TeamId",
                table: "AspNetUsers",
                column: "TeamId");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "AspNetUsers",
                column: "NormalizedUserName",
                unique: true,
                filter: "[NormalizedUserName] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEvents_EntityType_EntityId_OccurredAtUtc",
                table: "AuditEvents",
                columns: new[] { "EntityType", "EntityId", "OccurredAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEvents_UserId_OccurredAtUtc",
                table: "AuditEvents",
                columns: new[] { "UserId", "OccurredAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_BalanceSheetFactors_BalanceSheetOptionId",
                table: "BalanceSheetFactors",
                column: "BalanceSheetOptionId");

            migrationBuilder.CreateIndex(
                name: "IX_BalanceSheetOptions_BestInterestsDecisionId_Number",
                table: "BalanceSheetOptions",
                columns: new[] { "BestInterestsDecisionId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_BestInterestsConsultees_BestInterestsDecisionId",
                table: "BestInterestsConsultees",
                column: "BestInterestsDecisionId");

            migrationBuilder.CreateIndex(
                name: "IX_BestInterestsConsultees_Role",
                table: "BestInterestsConsultees",
                column: "Role");

            migrationBuilder.CreateIndex(
                name: "IX_BestInterestsDecisions_CapacityAssessmentId",
                table: "BestInterestsDecisions",
                column: "CapacityAssessmentId");

            migrationBuilder.CreateIndex(
                name: "IX_BestInterestsDecisions_EnquiryId",
                table: "BestInterestsDecisions",
                column: "EnquiryId");

            migrationBuilder.CreateIndex(
                name: "IX_BestInterestsDecisions_RecordedByUserId",
                table: "BestInterestsDecisions",
                column: "RecordedByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_CapacityAssessments_EnquiryId_Conclusion",
                table: "CapacityAssessments",
                columns: new[] { "EnquiryId", "Conclusion" });

            migrationBuilder.CreateIndex(
                name: "IX_CapacityAssessments_RecordedByUserId",
                table: "CapacityAssessments",
                column: "RecordedByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseNotes_CorrectsNoteId",
                table: "CaseNotes",
                column: "CorrectsNoteId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseNotes_EnquiryId_OccurredOn",
                table: "CaseNotes",
                columns: new[] { "EnquiryId", "OccurredOn" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseNotes_WrittenByUserId",
                table: "CaseNotes",
                column: "WrittenByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_ClosureRequests_Decision",
                table: "ClosureRequests",
                column: "Decision");

            migrationBuilder.CreateIndex(
                name: "IX_ClosureRequests_EnquiryId_Number",
                table: "ClosureRequests",
                columns: new[] { "EnquiryId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ClosureRequests_RequestedByUserId",
                table: "ClosureRequests",
                column: "RequestedByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_ClosureRequests_ReviewedByUserId",
                table: "ClosureRequests",
                column: "ReviewedByUserId");

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
                name: "IX_ConsentRecords_EnquiryId_Number",
                table: "ConsentRecords",
                columns: new[] { "EnquiryId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ConsentRecords_RecordedByUserId",
                table: "ConsentRecords",
                column: "RecordedByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_DesiredOutcomes_EnquiryId_Number",
                table: "DesiredOutcomes",
                columns: new[] { "EnquiryId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DesiredOutcomes_WithdrawnByUserId",
                table: "DesiredOutcomes",
                column: "WithdrawnByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_DesiredOutcomeVersions_Category",
                table: "DesiredOutcomeVersions",
                column: "Category");

            migrationBuilder.CreateIndex(
                name: "IX_DesiredOutcomeVersions_ChangedByUserId",
                table: "DesiredOutcomeVersions",
                column: "ChangedByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_DesiredOutcomeVersions_DesiredOutcomeId_Number",
                table: "DesiredOutcomeVersions",
                columns: new[] { "DesiredOutcomeId", "Number" },
                unique: true);

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
                name: "IX_Enquiries_NoAdvocacyReferralReasonByUserId",
                table: "Enquiries",
                column: "NoAdvocacyReferralReasonByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_Enquiries_SacCapacityConfirmedByUserId",
                table: "Enquiries",
                column: "SacCapacityConfirmedByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_Enquiries_TeamId_Status",
                table: "Enquiries",
                columns: new[] { "TeamId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_EnquiryReopenings_EnquiryId",
                table: "EnquiryReopenings",
                column: "EnquiryId");

            migrationBuilder.CreateIndex(
                name: "IX_EnquiryReopenings_ReopenedByUserId",
                table: "EnquiryReopenings",
                column: "ReopenedByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_EnquirySectionsNotNeeded_EnquiryId_Section",
                table: "EnquirySectionsNotNeeded",
                columns: new[] { "EnquiryId", "Section" });

            migrationBuilder.CreateIndex(
                name: "IX_EnquirySectionsNotNeeded_RecordedByUserId",
                table: "EnquirySectionsNotNeeded",
                column: "RecordedByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_ImportantPeople_AdultId",
                table: "ImportantPeople",
                column: "AdultId");

            migrationBuilder.CreateIndex(
                name: "IX_LegalAuthorities_AdultId",
                table: "LegalAuthorities",
                column: "AdultId");

            migrationBuilder.CreateIndex(
                name: "IX_OutcomeReviewAnswers_Achievement",
                table: "OutcomeReviewAnswers",
                column: "Achievement");

            migrationBuilder.CreateIndex(
                name: "IX_OutcomeReviewAnswers_DesiredOutcomeId",
                table: "OutcomeReviewAnswers",
                column: "DesiredOutcomeId");

            migrationBuilder.CreateIndex(
                name: "IX_OutcomeReviewAnswers_OutcomesReviewId_DesiredOutcomeId",
                table: "OutcomeReviewAnswers",
                columns: new[] { "OutcomesReviewId", "DesiredOutcomeId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OutcomesReviews_EnquiryId_Number",
                table: "OutcomesReviews",
                columns: new[] { "EnquiryId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OutcomesReviews_RecordedByUserId",
                table: "OutcomesReviews",
                column: "RecordedByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_PlanActions_EnquiryId_Status_DueOn",
                table: "PlanActions",
                columns: new[] { "EnquiryId", "Status", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_ReviewQuestionAnswers_OutcomesReviewId_Question",
                table: "ReviewQuestionAnswers",
                columns: new[] { "OutcomesReviewId", "Question" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReviewQuestionAnswers_Question_Answer",
                table: "ReviewQuestionAnswers",
                columns: new[] { "Question", "Answer" });

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

            migrationBuilder.CreateIndex(
                name: "IX_SafeguardingMeetings_EnquiryId_HeldOn",
                table: "SafeguardingMeetings",
                columns: new[] { "EnquiryId", "HeldOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Teams_Name",
                table: "Teams",
                column: "Name",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AdvocacyAssessments");

            migrationBuilder.DropTable(
                name: "AdvocacyReferrals");

            migrationBuilder.DropTable(
                name: "AspNetRoleClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserLogins");

            migrationBuilder.DropTable(
                name: "AspNetUserRoles");

            migrationBuilder.DropTable(
                name: "AspNetUserTokens");

            migrationBuilder.DropTable(
                name: "AuditEvents");

            migrationBuilder.DropTable(
                name: "BalanceSheetFactors");

            migrationBuilder.DropTable(
                name: "BestInterestsConsultees");

            migrationBuilder.DropTable(
                name: "CaseNotes");

            migrationBuilder.DropTable(
                name: "ClosureRequests");

            migrationBuilder.DropTable(
                name: "ConcernRiskType");

            migrationBuilder.DropTable(
                name: "ConsentRecords");

            migrationBuilder.DropTable(
                name: "DataProtectionKeys");

            migrationBuilder.DropTable(
                name: "DesiredOutcomeVersions");

            migrationBuilder.DropTable(
                name: "EnquiryReopenings");

            migrationBuilder.DropTable(
                name: "EnquirySectionsNotNeeded");

            migrationBuilder.DropTable(
                name: "ImportantPeople");

            migrationBuilder.DropTable(
                name: "LegalAuthorities");

            migrationBuilder.DropTable(
                name: "OutcomeReviewAnswers");

            migrationBuilder.DropTable(
                name: "PlanActions");

            migrationBuilder.DropTable(
                name: "ReviewQuestionAnswers");

            migrationBuilder.DropTable(
                name: "S42Decisions");

            migrationBuilder.DropTable(
                name: "SafeguardingMeetings");

            migrationBuilder.DropTable(
                name: "AspNetRoles");

            migrationBuilder.DropTable(
                name: "BalanceSheetOptions");

            migrationBuilder.DropTable(
                name: "DesiredOutcomes");

            migrationBuilder.DropTable(
                name: "OutcomesReviews");

            migrationBuilder.DropTable(
                name: "BestInterestsDecisions");

            migrationBuilder.DropTable(
                name: "CapacityAssessments");

            migrationBuilder.DropTable(
                name: "Enquiries");

            migrationBuilder.DropTable(
                name: "Concerns");

            migrationBuilder.DropTable(
                name: "Adults");

            migrationBuilder.DropTable(
                name: "AspNetUsers");

            migrationBuilder.DropTable(
                name: "Teams");
        }
    }
}
