using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MspCaseManager.Data.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class EnquiryDatesReferralHistoryBestInterestsChecklist : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameColumn(
                name: "Description",
                table: "BalanceSheetOptions",
                newName: "Name");

            migrationBuilder.AddColumn<DateOnly>(
                name: "ConcernReceivedOn",
                table: "Enquiries",
                type: "date",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            // Every enquiry so far takes the date its concern was received (the concern cannot change once its decision is authorised).
            migrationBuilder.Sql(
                "UPDATE Enquiries SET ConcernReceivedOn = (SELECT c.ReceivedOn FROM Concerns AS c WHERE c.Id = Enquiries.ConcernId)");

            migrationBuilder.AddColumn<string>(
                name: "DecisionMakerAuthority",
                table: "BestInterestsDecisions",
                type: "nvarchar(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "DecisionMakerLegalAuthorityId",
                table: "BestInterestsDecisions",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "NotDecidedOnAgeAppearanceConditionOrBehaviour",
                table: "BestInterestsDecisions",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "RelevantCircumstances",
                table: "BestInterestsDecisions",
                type: "nvarchar(4000)",
                maxLength: 4000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "ImportantPersonId",
                table: "BestInterestsConsultees",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "LegalAuthorityId",
                table: "BestInterestsConsultees",
                type: "int",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AdvocacyReferralStatusChanges",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    AdvocacyReferralId = table.Column<int>(type: "int", nullable: false),
                    Number = table.Column<int>(type: "int", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    ChangedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    AdvocateName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Reason = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    RecordedByUserId = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AdvocacyReferralStatusChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AdvocacyReferralStatusChanges_AdvocacyReferrals_AdvocacyReferralId",
                        column: x => x.AdvocacyReferralId,
                        principalTable: "AdvocacyReferrals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AdvocacyReferralStatusChanges_AspNetUsers_RecordedByUserId",
                        column: x => x.RecordedByUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            // Referrals so far: their referral, then their current status when it has moved on.
            migrationBuilder.Sql(
                "INSERT INTO AdvocacyReferralStatusChanges (AdvocacyReferralId, Number, Status, ChangedOn, AdvocateName, Reason, RecordedByUserId, RecordedAtUtc) "
                + "SELECT Id, 1, 'Referred', ReferredOn, NULL, NULL, RecordedByUserId, RecordedAtUtc FROM AdvocacyReferrals");
            migrationBuilder.Sql(
                "INSERT INTO AdvocacyReferralStatusChanges (AdvocacyReferralId, Number, Status, ChangedOn, AdvocateName, Reason, RecordedByUserId, RecordedAtUtc) "
                + "SELECT Id, 2, Status, StatusOn, AdvocateName, NULL, RecordedByUserId, RecordedAtUtc FROM AdvocacyReferrals WHERE Status <> 'Referred'");

            migrationBuilder.CreateIndex(
                name: "IX_BestInterestsDecisions_DecisionMakerLegalAuthorityId",
                table: "BestInterestsDecisions",
                column: "DecisionMakerLegalAuthorityId");

            migrationBuilder.CreateIndex(
                name: "IX_BestInterestsConsultees_ImportantPersonId",
                table: "BestInterestsConsultees",
                column: "ImportantPersonId");

            migrationBuilder.CreateIndex(
                name: "IX_BestInterestsConsultees_LegalAuthorityId",
                table: "BestInterestsConsultees",
                column: "LegalAuthorityId");

            migrationBuilder.CreateIndex(
                name: "IX_AdvocacyReferralStatusChanges_AdvocacyReferralId_Number",
                table: "AdvocacyReferralStatusChanges",
                columns: new[] { "AdvocacyReferralId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AdvocacyReferralStatusChanges_RecordedByUserId",
                table: "AdvocacyReferralStatusChanges",
                column: "RecordedByUserId");

            migrationBuilder.AddForeignKey(
                name: "FK_BestInterestsConsultees_ImportantPeople_ImportantPersonId",
                table: "BestInterestsConsultees",
                column: "ImportantPersonId",
                principalTable: "ImportantPeople",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_BestInterestsConsultees_LegalAuthorities_LegalAuthorityId",
                table: "BestInterestsConsultees",
                column: "LegalAuthorityId",
                principalTable: "LegalAuthorities",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_BestInterestsDecisions_LegalAuthorities_DecisionMakerLegalAuthorityId",
                table: "BestInterestsDecisions",
                column: "DecisionMakerLegalAuthorityId",
                principalTable: "LegalAuthorities",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_BestInterestsConsultees_ImportantPeople_ImportantPersonId",
                table: "BestInterestsConsultees");

            migrationBuilder.DropForeignKey(
                name: "FK_BestInterestsConsultees_LegalAuthorities_LegalAuthorityId",
                table: "BestInterestsConsultees");

            migrationBuilder.DropForeignKey(
                name: "FK_BestInterestsDecisions_LegalAuthorities_DecisionMakerLegalAuthorityId",
                table: "BestInterestsDecisions");

            migrationBuilder.DropTable(
                name: "AdvocacyReferralStatusChanges");

            migrationBuilder.DropIndex(
                name: "IX_BestInterestsDecisions_DecisionMakerLegalAuthorityId",
                table: "BestInterestsDecisions");

            migrationBuilder.DropIndex(
                name: "IX_BestInterestsConsultees_ImportantPersonId",
                table: "BestInterestsConsultees");

            migrationBuilder.DropIndex(
                name: "IX_BestInterestsConsultees_LegalAuthorityId",
                table: "BestInterestsConsultees");

            migrationBuilder.DropColumn(
                name: "ConcernReceivedOn",
                table: "Enquiries");

            migrationBuilder.DropColumn(
                name: "DecisionMakerAuthority",
                table: "BestInterestsDecisions");

            migrationBuilder.DropColumn(
                name: "DecisionMakerLegalAuthorityId",
                table: "BestInterestsDecisions");

            migrationBuilder.DropColumn(
                name: "NotDecidedOnAgeAppearanceConditionOrBehaviour",
                table: "BestInterestsDecisions");

            migrationBuilder.DropColumn(
                name: "RelevantCircumstances",
                table: "BestInterestsDecisions");

            migrationBuilder.DropColumn(
                name: "ImportantPersonId",
                table: "BestInterestsConsultees");

            migrationBuilder.DropColumn(
                name: "LegalAuthorityId",
                table: "BestInterestsConsultees");

            migrationBuilder.RenameColumn(
                name: "Name",
                table: "BalanceSheetOptions",
                newName: "Description");
        }
    }
}
