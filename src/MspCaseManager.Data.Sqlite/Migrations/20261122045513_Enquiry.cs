using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MspCaseManager.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Enquiry : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "FeelingSafeAtStart_NotAskedReason",
                table: "Enquiries",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "FeelingSafeAtStart_Score",
                table: "Enquiries",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "FeelingSafeAtStart_WasAsked",
                table: "Enquiries",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NoAdvocacyReferralReason",
                table: "Enquiries",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "NoAdvocacyReferralReasonAtUtc",
                table: "Enquiries",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NoAdvocacyReferralReasonByUserId",
                table: "Enquiries",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OutcomesAsked",
                table: "Enquiries",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OutcomesAskedRepresentative_Name",
                table: "Enquiries",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OutcomesAskedRepresentative_Role",
                table: "Enquiries",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ResultOfAction",
                table: "Enquiries",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RiskOutcome",
                table: "Enquiries",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "SacCapacityConfirmedAtUtc",
                table: "Enquiries",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SacCapacityConfirmedByUserId",
                table: "Enquiries",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SacCapacityOverrideReason",
                table: "Enquiries",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SacCapacitySupportOverride",
                table: "Enquiries",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SacLackedCapacityOverride",
                table: "Enquiries",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AdvocacyAssessments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EnquiryId = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    AssessedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DifficultyUnderstanding = table.Column<bool>(type: "INTEGER", nullable: false),
                    DifficultyRetaining = table.Column<bool>(type: "INTEGER", nullable: false),
                    DifficultyUsingOrWeighing = table.Column<bool>(type: "INTEGER", nullable: false),
                    DifficultyCommunicating = table.Column<bool>(type: "INTEGER", nullable: false),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    RecordedByUserId = table.Column<string>(type: "TEXT", nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    AppropriatePerson_ImportantPersonId = table.Column<int>(type: "INTEGER", nullable: true),
                    AppropriatePerson_Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EnquiryId = table.Column<int>(type: "INTEGER", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Provider = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ReferredOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    StatusOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    AdvocateName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    RecordedByUserId = table.Column<string>(type: "TEXT", nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EnquiryId = table.Column<int>(type: "INTEGER", nullable: false),
                    Decision = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    AssessedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    AssessorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AssessorRole = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ImpairmentOrDisturbance = table.Column<bool>(type: "INTEGER", nullable: false),
                    ImpairmentEvidence = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    PracticableSteps = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Conclusion = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    MayFluctuate = table.Column<bool>(type: "INTEGER", nullable: false),
                    MayRegain = table.Column<bool>(type: "INTEGER", nullable: false),
                    ReviewOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RecordedByUserId = table.Column<string>(type: "TEXT", nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Communicate_Ability = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Communicate_Evidence = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Retain_Ability = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Retain_Evidence = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Understand_Ability = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Understand_Evidence = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    UseOrWeigh_Ability = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    UseOrWeigh_Evidence = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EnquiryId = table.Column<int>(type: "INTEGER", nullable: false),
                    OccurredOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    CorrectsNoteId = table.Column<int>(type: "INTEGER", nullable: true),
                    WrittenByUserId = table.Column<string>(type: "TEXT", nullable: false),
                    WrittenAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false, defaultValue: 0)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EnquiryId = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: false),
                    RequestedByUserId = table.Column<string>(type: "TEXT", nullable: false),
                    RequestedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Decision = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ReviewedByUserId = table.Column<string>(type: "TEXT", nullable: true),
                    ReviewedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ManagerComments = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: true)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EnquiryId = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Answer = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    AskedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ContinueWithoutConsent = table.Column<bool>(type: "INTEGER", nullable: false),
                    LawfulReasons = table.Column<string>(type: "TEXT", nullable: false),
                    LawfulReasonDetails = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ToldWhyOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ConsentsToShareInformation = table.Column<bool>(type: "INTEGER", nullable: true),
                    SharingAgencies = table.Column<string>(type: "TEXT", nullable: false),
                    RecordedByUserId = table.Column<string>(type: "TEXT", nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EnquiryId = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    ExplainedMayNotBeAchievableOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    MayNotBeAchievableNote = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    WithdrawnOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    WithdrawnReason = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    WithdrawnByUserId = table.Column<string>(type: "TEXT", nullable: true),
                    ExpressedBy_Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ExpressedBy_Role = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EnquiryId = table.Column<int>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    ReopenedByUserId = table.Column<string>(type: "TEXT", nullable: false),
                    ReopenedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EnquiryId = table.Column<int>(type: "INTEGER", nullable: false),
                    Section = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    RecordedByUserId = table.Column<string>(type: "TEXT", nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EnquiryId = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    ReviewedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    TookPart = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CouldNotAskReason = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    CouldNotAskDetails = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    OverallOverride = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    OverallOverrideReason = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    RecordedByUserId = table.Column<string>(type: "TEXT", nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    FeelingSafeAtEnd_NotAskedReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    FeelingSafeAtEnd_Score = table.Column<int>(type: "INTEGER", nullable: true),
                    FeelingSafeAtEnd_WasAsked = table.Column<bool>(type: "INTEGER", nullable: true),
                    Representative_Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Representative_Role = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EnquiryId = table.Column<int>(type: "INTEGER", nullable: false),
                    What = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Who = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CompletedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CancelledReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EnquiryId = table.Column<int>(type: "INTEGER", nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Attendees = table.Column<string>(type: "TEXT", nullable: false),
                    AdultAttended = table.Column<bool>(type: "INTEGER", nullable: false),
                    VenueChosenByAdult = table.Column<bool>(type: "INTEGER", nullable: false),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: true)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EnquiryId = table.Column<int>(type: "INTEGER", nullable: false),
                    CapacityAssessmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    DecisionAbout = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    CanDecisionWait = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    HowPersonTookPart = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    WishesFeelingsBeliefsAndValues = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    LeastRestrictiveOptionConsidered = table.Column<bool>(type: "INTEGER", nullable: false),
                    Decision = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Rationale = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    DecisionMaker = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RecordedByUserId = table.Column<string>(type: "TEXT", nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DesiredOutcomeId = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Words = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ChangedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ChangedByUserId = table.Column<string>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    RecordedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OutcomesReviewId = table.Column<int>(type: "INTEGER", nullable: false),
                    DesiredOutcomeId = table.Column<int>(type: "INTEGER", nullable: false),
                    VersionNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    Achievement = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    OutcomesReviewId = table.Column<int>(type: "INTEGER", nullable: false),
                    Question = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Answer = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    BestInterestsDecisionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    IsStatusQuo = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsChosen = table.Column<bool>(type: "INTEGER", nullable: false)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    BestInterestsDecisionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    View = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    BalanceSheetOptionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Direction = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Weight = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
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

            migrationBuilder.CreateIndex(
                name: "IX_Enquiries_NoAdvocacyReferralReasonByUserId",
                table: "Enquiries",
                column: "NoAdvocacyReferralReasonByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_Enquiries_SacCapacityConfirmedByUserId",
                table: "Enquiries",
                column: "SacCapacityConfirmedByUserId");

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
                name: "IX_SafeguardingMeetings_EnquiryId_HeldOn",
                table: "SafeguardingMeetings",
                columns: new[] { "EnquiryId", "HeldOn" });

            migrationBuilder.AddForeignKey(
                name: "FK_Enquiries_AspNetUsers_NoAdvocacyReferralReasonByUserId",
                table: "Enquiries",
                column: "NoAdvocacyReferralReasonByUserId",
                principalTable: "AspNetUsers",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Enquiries_AspNetUsers_SacCapacityConfirmedByUserId",
                table: "Enquiries",
                column: "SacCapacityConfirmedByUserId",
                principalTable: "AspNetUsers",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Enquiries_AspNetUsers_NoAdvocacyReferralReasonByUserId",
                table: "Enquiries");

            migrationBuilder.DropForeignKey(
                name: "FK_Enquiries_AspNetUsers_SacCapacityConfirmedByUserId",
                table: "Enquiries");

            migrationBuilder.DropTable(
                name: "AdvocacyAssessments");

            migrationBuilder.DropTable(
                name: "AdvocacyReferrals");

            migrationBuilder.DropTable(
                name: "BalanceSheetFactors");

            migrationBuilder.DropTable(
                name: "BestInterestsConsultees");

            migrationBuilder.DropTable(
                name: "CaseNotes");

            migrationBuilder.DropTable(
                name: "ClosureRequests");

            migrationBuilder.DropTable(
                name: "ConsentRecords");

            migrationBuilder.DropTable(
                name: "DesiredOutcomeVersions");

            migrationBuilder.DropTable(
                name: "EnquiryReopenings");

            migrationBuilder.DropTable(
                name: "EnquirySectionsNotNeeded");

            migrationBuilder.DropTable(
                name: "OutcomeReviewAnswers");

            migrationBuilder.DropTable(
                name: "PlanActions");

            migrationBuilder.DropTable(
                name: "ReviewQuestionAnswers");

            migrationBuilder.DropTable(
                name: "SafeguardingMeetings");

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

            migrationBuilder.DropIndex(
                name: "IX_Enquiries_NoAdvocacyReferralReasonByUserId",
                table: "Enquiries");

            migrationBuilder.DropIndex(
                name: "IX_Enquiries_SacCapacityConfirmedByUserId",
                table: "Enquiries");

            migrationBuilder.DropColumn(
                name: "FeelingSafeAtStart_NotAskedReason",
                table: "Enquiries");

            migrationBuilder.DropColumn(
                name: "FeelingSafeAtStart_Score",
                table: "Enquiries");

            migrationBuilder.DropColumn(
                name: "FeelingSafeAtStart_WasAsked",
                table: "Enquiries");

            migrationBuilder.DropColumn(
                name: "NoAdvocacyReferralReason",
                table: "Enquiries");

            migrationBuilder.DropColumn(
                name: "NoAdvocacyReferralReasonAtUtc",
                table: "Enquiries");

            migrationBuilder.DropColumn(
                name: "NoAdvocacyReferralReasonByUserId",
                table: "Enquiries");

            migrationBuilder.DropColumn(
                name: "OutcomesAsked",
                table: "Enquiries");

            migrationBuilder.DropColumn(
                name: "OutcomesAskedRepresentative_Name",
                table: "Enquiries");

            migrationBuilder.DropColumn(
                name: "OutcomesAskedRepresentative_Role",
                table: "Enquiries");

            migrationBuilder.DropColumn(
                name: "ResultOfAction",
                table: "Enquiries");

            migrationBuilder.DropColumn(
                name: "RiskOutcome",
                table: "Enquiries");

            migrationBuilder.DropColumn(
                name: "SacCapacityConfirmedAtUtc",
                table: "Enquiries");

            migrationBuilder.DropColumn(
                name: "SacCapacityConfirmedByUserId",
                table: "Enquiries");

            migrationBuilder.DropColumn(
                name: "SacCapacityOverrideReason",
                table: "Enquiries");

            migrationBuilder.DropColumn(
                name: "SacCapacitySupportOverride",
                table: "Enquiries");

            migrationBuilder.DropColumn(
                name: "SacLackedCapacityOverride",
                table: "Enquiries");
        }
    }
}
