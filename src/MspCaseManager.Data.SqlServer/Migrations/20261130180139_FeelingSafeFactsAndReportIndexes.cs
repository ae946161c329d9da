using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MspCaseManager.Data.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class FeelingSafeFactsAndReportIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Enquiries_ConcludedOn_Type",
                table: "Enquiries");

            migrationBuilder.DropIndex(
                name: "IX_Enquiries_StartedOn_Type",
                table: "Enquiries");

            migrationBuilder.DropIndex(
                name: "IX_Concerns_AdultId_TeamId_ReceivedOn",
                table: "Concerns");

            migrationBuilder.DropIndex(
                name: "IX_Concerns_ReceivedOn",
                table: "Concerns");

            migrationBuilder.AddColumn<int>(
                name: "ConcludedFeelingSafeAtEnd",
                table: "Enquiries",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ConcludedFeelingSafeAtStart",
                table: "Enquiries",
                type: "int",
                nullable: true);

            // Enquiries concluded before these facts were recorded: the scores as they stood, since a
            // closed enquiry cannot change (the end score from the outcomes review that applied).
            migrationBuilder.Sql(
                """
                UPDATE [Enquiries] SET [ConcludedFeelingSafeAtStart] = [FeelingSafeAtStart_Score],
                    [ConcludedFeelingSafeAtEnd] = (SELECT r.[FeelingSafeAtEnd_Score] FROM [OutcomesReviews] r
                        WHERE r.[EnquiryId] = [Enquiries].[Id] AND r.[Number] = [Enquiries].[ConcludedOutcomesReviewNumber])
                WHERE [ConcludedOn] IS NOT NULL
                """);

            migrationBuilder.CreateIndex(
                name: "IX_S42Decisions_ConcernId_Status",
                table: "S42Decisions",
                columns: new[] { "ConcernId", "Status" })
                .Annotation("SqlServer:Include", new[] { "NoEnquiryOutcome", "ReferrerFeedbackGivenOn", "ReviewedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_ReviewQuestionAnswers_OutcomesReviewId",
                table: "ReviewQuestionAnswers",
                column: "OutcomesReviewId")
                .Annotation("SqlServer:Include", new[] { "Question", "Answer" });

            migrationBuilder.CreateIndex(
                name: "IX_Enquiries_ConcludedOn_Type",
                table: "Enquiries",
                columns: new[] { "ConcludedOn", "Type" })
                .Annotation("SqlServer:Include", new[] { "EnteredInErrorAtUtc", "TeamId", "ConcernId", "AdultId", "ConcludedOutcomesReviewNumber", "ConcludedOutcomesAsked", "ConcludedOutcomesAchieved", "ConcludedLackedCapacity", "ConcludedCapacitySupport", "ConcludedRiskOutcome", "ConcludedResultOfAction", "ConcludedFeelingSafeAtStart", "ConcludedFeelingSafeAtEnd" });

            migrationBuilder.CreateIndex(
                name: "IX_Enquiries_StartedOn_Type",
                table: "Enquiries",
                columns: new[] { "StartedOn", "Type" })
                .Annotation("SqlServer:Include", new[] { "EnteredInErrorAtUtc", "ConcernId", "AdultId" });

            migrationBuilder.CreateIndex(
                name: "IX_Concerns_AbuseOccurredIn_ReceivedOn",
                table: "Concerns",
                columns: new[] { "AbuseOccurredIn", "ReceivedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Concerns_AdultId_TeamId_ReceivedOn",
                table: "Concerns",
                columns: new[] { "AdultId", "TeamId", "ReceivedOn" })
                .Annotation("SqlServer:Include", new[] { "EnteredInErrorAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Concerns_ReceivedOn",
                table: "Concerns",
                column: "ReceivedOn")
                .Annotation("SqlServer:Include", new[] { "EnteredInErrorAtUtc", "AbuseOccurredIn", "TeamId", "AdultId", "ReferralSource", "ReferrerIsAnonymous" });

            migrationBuilder.CreateIndex(
                name: "IX_Allegations_ConcernId",
                table: "Allegations",
                column: "ConcernId")
                .Annotation("SqlServer:Include", new[] { "Type", "Location", "Source" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_S42Decisions_ConcernId_Status",
                table: "S42Decisions");

            migrationBuilder.DropIndex(
                name: "IX_ReviewQuestionAnswers_OutcomesReviewId",
                table: "ReviewQuestionAnswers");

            migrationBuilder.DropIndex(
                name: "IX_Enquiries_ConcludedOn_Type",
                table: "Enquiries");

            migrationBuilder.DropIndex(
                name: "IX_Enquiries_StartedOn_Type",
                table: "Enquiries");

            migrationBuilder.DropIndex(
                name: "IX_Concerns_AbuseOccurredIn_ReceivedOn",
                table: "Concerns");

            migrationBuilder.DropIndex(
                name: "IX_Concerns_AdultId_TeamId_ReceivedOn",
                table: "Concerns");

            migrationBuilder.DropIndex(
                name: "IX_Concerns_ReceivedOn",
                table: "Concerns");

            migrationBuilder.DropIndex(
                name: "IX_Allegations_ConcernId",
                table: "Allegations");

            migrationBuilder.DropColumn(
                name: "ConcludedFeelingSafeAtEnd",
                table: "Enquiries");

            migrationBuilder.DropColumn(
                name: "ConcludedFeelingSafeAtStart",
                table: "Enquiries");

            migrationBuilder.CreateIndex(
                name: "IX_Enquiries_ConcludedOn_Type",
                table: "Enquiries",
                columns: new[] { "ConcludedOn", "Type" });

            migrationBuilder.CreateIndex(
                name: "IX_Enquiries_StartedOn_Type",
                table: "Enquiries",
                columns: new[] { "StartedOn", "Type" });

            migrationBuilder.CreateIndex(
                name: "IX_Concerns_AdultId_TeamId_ReceivedOn",
                table: "Concerns",
                columns: new[] { "AdultId", "TeamId", "ReceivedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Concerns_ReceivedOn",
                table: "Concerns",
                column: "ReceivedOn");
        }
    }
}
