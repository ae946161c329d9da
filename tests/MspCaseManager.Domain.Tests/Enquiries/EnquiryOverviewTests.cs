using MspCaseManager.Domain.Capacity;
using MspCaseManager.Domain.Consent;
using MspCaseManager.Domain.Enquiries;
using MspCaseManager.Domain.Outcomes;
using MspCaseManager.Domain.Plans;
using MspCaseManager.Domain.Tests.People;
using static MspCaseManager.Domain.Tests.Enquiries.TestEnquiries;

namespace MspCaseManager.Domain.Tests.Enquiries;

public class EnquiryOverviewTests
{
    private static SectionStatus StatusOf(Enquiry enquiry, EnquirySection section) =>
        enquiry.SectionStatuses().Single(s => s.Section == section);

    [Fact]
    public void SectionStatuses_NewEnquiry_NothingStartedAndBestInterestsNotNeeded()
    {
        var statuses = Open().SectionStatuses();

        Assert.Equal(Enum.GetValues<EnquirySection>(), statuses.Select(s => s.Section));
        Assert.All(statuses.Where(s => s.Section != EnquirySection.BestInterests),
            s => Assert.Equal(SectionProgress.NotStarted, s.Progress));
        Assert.Equal(SectionProgress.NotNeeded, statuses.Single(s => s.Section == EnquirySection.BestInterests).Progress);
    }

    [Fact]
    public void SectionStatuses_OutcomesButNoFeelingSafe_DesiredOutcomesInProgress()
    {
        var enquiry = Open();
        enquiry.AddOutcome();

        Assert.Equal(SectionProgress.InProgress, StatusOf(enquiry, EnquirySection.DesiredOutcomes).Progress);

        enquiry.RecordFeelingSafeAtStart(true, 3, null);

        Assert.Equal(SectionProgress.Completed, StatusOf(enquiry, EnquirySection.DesiredOutcomes).Progress);
    }

    [Fact]
    public void SectionStatuses_LackOfCapacityWithoutDecision_BestInterestsNotStartedThenCompleted()
    {
        var enquiry = Open();
        enquiry.AssessCapacity(LacksCapacity, id: 5);

        Assert.Equal(SectionProgress.Completed, StatusOf(enquiry, EnquirySection.MentalCapacity).Progress);
        Assert.Equal(SectionProgress.NotStarted, StatusOf(enquiry, EnquirySection.BestInterests).Progress);

        enquiry.DecideBestInterests(BestInterests);

        Assert.Equal(SectionProgress.Completed, StatusOf(enquiry, EnquirySection.BestInterests).Progress);
    }

    [Fact]
    public void MarkSectionNotNeeded_BestInterests_ShowsReasonUntilADecisionIsRecorded()
    {
        var enquiry = Open();
        enquiry.AssessCapacity(LacksCapacity, id: 5);

        enquiry.MarkSectionNotNeeded(EnquirySection.BestInterests, "His attorney made the decision before the enquiry", WorkerId, NowUtc);
        var notNeeded = StatusOf(enquiry, EnquirySection.BestInterests);
        enquiry.DecideBestInterests(BestInterests);

        Assert.Equal((SectionProgress.NotNeeded, "His attorney made the decision before the enquiry"), (notNeeded.Progress, notNeeded.NotNeededReason));
        Assert.Equal(SectionProgress.Completed, StatusOf(enquiry, EnquirySection.BestInterests).Progress);
    }

    [Fact]
    public void SectionStatuses_NoLackOfCapacityFinding_BestInterestsNotNeededWhateverWasMarked()
    {
        var enquiry = Open();
        enquiry.AssessCapacity(HasCapacity, id: 5);

        enquiry.MarkSectionNotNeeded(EnquirySection.BestInterests, "Not needed", WorkerId, NowUtc);

        Assert.Equal(
            (SectionProgress.NotNeeded, "No assessment has concluded that the person lacks capacity"),
            (StatusOf(enquiry, EnquirySection.BestInterests).Progress, StatusOf(enquiry, EnquirySection.BestInterests).NotNeededReason));
    }

    [Fact]
    public void SectionStatuses_AdvocacyDutyOutstanding_InProgressUntilReferral()
    {
        var enquiry = Open().WithAdvocacyDuty();

        Assert.Equal(SectionProgress.InProgress, StatusOf(enquiry, EnquirySection.Advocacy).Progress);

        enquiry.RecordAdvocacyReferral(Referral(), WorkerId, NowUtc, Today);

        Assert.Equal(SectionProgress.Completed, StatusOf(enquiry, EnquirySection.Advocacy).Progress);
    }

    [Fact]
    public void MarkSectionNotNeeded_MentalCapacity_ShowsReasonUntilAnAssessmentIsRecorded()
    {
        var enquiry = Open();

        enquiry.MarkSectionNotNeeded(EnquirySection.MentalCapacity, "No reason to doubt her capacity", WorkerId, NowUtc);

        Assert.Equal(new SectionStatus(EnquirySection.MentalCapacity, SectionProgress.NotNeeded, "No reason to doubt her capacity"),
            StatusOf(enquiry, EnquirySection.MentalCapacity));

        enquiry.AssessCapacity(HasCapacity);

        Assert.Equal(SectionProgress.Completed, StatusOf(enquiry, EnquirySection.MentalCapacity).Progress);
    }

    [Theory]
    [InlineData(EnquirySection.DesiredOutcomes)]
    [InlineData(EnquirySection.Consent)]
    public void MarkSectionNotNeeded_StatutorySection_IsRefused(EnquirySection section)
    {
        Assert.Throws<DomainRuleException>(() => Open().MarkSectionNotNeeded(section, "Not needed", WorkerId, NowUtc));
    }

    [Fact]
    public void SectionStatuses_AllActionsClosed_PlanCompleted()
    {
        var enquiry = Open();
        enquiry.AddPlanAction(ActionDetails, Today).WithId(1);

        Assert.Equal(SectionProgress.InProgress, StatusOf(enquiry, EnquirySection.SafeguardingPlan).Progress);

        enquiry.UpdatePlanAction(1, ActionDetails with { Status = PlanActionStatus.Completed, CompletedOn = Today }, Today);

        Assert.Equal(SectionProgress.Completed, StatusOf(enquiry, EnquirySection.SafeguardingPlan).Progress);
    }

    [Fact]
    public void OutstandingDuties_NewEnquiry_OnlyDesiredOutcomesNotAsked()
    {
        Assert.Equal([OutstandingDuty.DesiredOutcomesNotAsked], Open().OutstandingDuties());
    }

    [Fact]
    public void OutstandingDuties_OutcomesAsked_Clears()
    {
        var enquiry = Open();

        enquiry.RecordOutcomesAsked(DesiredOutcomesAsked.YesButNoneExpressed, representative: null);

        Assert.Empty(enquiry.OutstandingDuties());
    }

    [Fact]
    public void OutstandingDuties_AdvocacyDutyWithoutReferral_WarnsUntilReferred()
    {
        var enquiry = Open().WithAdvocacyDuty();

        Assert.Contains(OutstandingDuty.AdvocacyReferral, enquiry.OutstandingDuties());

        enquiry.RecordAdvocacyReferral(Referral(), WorkerId, NowUtc, Today);

        Assert.DoesNotContain(OutstandingDuty.AdvocacyReferral, enquiry.OutstandingDuties());
    }

    [Fact]
    public void OutstandingDuties_ConsentRefusedAndNotContinuing_Warns()
    {
        var enquiry = Open();
        enquiry.RecordConsent(ConsentAnswered(ConsentAnswer.No), WorkerId, NowUtc, Today);

        Assert.Contains(OutstandingDuty.ConsentRefusedWithoutLawfulReason, enquiry.OutstandingDuties());

        enquiry.RecordConsent(ConsentAnswered(ConsentAnswer.No) with
        {
            ContinueWithoutConsent = true,
            LawfulReasons = [LawfulReason.OthersAtRisk],
            ToldWhyOn = Today,
        }, WorkerId, NowUtc, Today);

        Assert.DoesNotContain(OutstandingDuty.ConsentRefusedWithoutLawfulReason, enquiry.OutstandingDuties());
    }

    [Fact]
    public void OutstandingDuties_UnableToDecideWithoutAssessment_WarnsUntilAssessed()
    {
        var enquiry = Open();
        enquiry.RecordConsent(ConsentAnswered(ConsentAnswer.UnableToDecide), WorkerId, NowUtc, Today);

        Assert.Contains(OutstandingDuty.CapacityInDoubtNotAssessed, enquiry.OutstandingDuties());

        enquiry.AssessCapacity(LacksCapacity);

        Assert.DoesNotContain(OutstandingDuty.CapacityInDoubtNotAssessed, enquiry.OutstandingDuties());
    }

    [Fact]
    public void OutstandingDuties_AdultDied_OnlyWhetherTheirOutcomesWereAskedRemains()
    {
        var enquiry = Open().WithAdvocacyDuty();
        enquiry.RecordConsent(ConsentAnswered(ConsentAnswer.No), WorkerId, NowUtc, Today);
        Assert.Contains(OutstandingDuty.AdvocacyReferral, enquiry.OutstandingDuties());
        Assert.Contains(OutstandingDuty.ConsentRefusedWithoutLawfulReason, enquiry.OutstandingDuties());

        Assert.Equal([OutstandingDuty.DesiredOutcomesNotAsked], enquiry.OutstandingDuties(adultDiedOn: Today));
    }

    [Fact]
    public void SectionStatuses_EndOfTheEnquiry_EachTaskFollowsWhatWasRecorded()
    {
        var enquiry = Open();
        enquiry.AddOutcome();

        Assert.All(Enquiry.EndOfEnquiry, section => Assert.Equal(SectionProgress.NotStarted, StatusOf(enquiry, section).Progress));

        enquiry.RecordOutcomesReview(ReviewByAdult((1, OutcomeAchievement.FullyAchieved)), WorkerId, NowUtc, Today);

        Assert.Equal(SectionProgress.Completed, StatusOf(enquiry, EnquirySection.OutcomesReview).Progress);
        Assert.Equal(SectionProgress.NotStarted, StatusOf(enquiry, EnquirySection.RiskOutcome).Progress);

        enquiry.RecordRiskOutcome(RiskAssessmentOutcome.RiskIdentifiedActionTaken, ResultOfAction.RiskReduced);
        enquiry.ConfirmSacCapacity(SacLackedCapacity.No, null, null, WorkerId, NowUtc);

        Assert.Equal(SectionProgress.Completed, StatusOf(enquiry, EnquirySection.RiskOutcome).Progress);
        Assert.Equal(SectionProgress.Completed, StatusOf(enquiry, EnquirySection.SacCapacity).Progress);
        Assert.Equal(SectionProgress.NotStarted, StatusOf(enquiry, EnquirySection.Closure).Progress);

        enquiry.RequestClosure("Summary", WorkerId, NowUtc);

        Assert.Equal(SectionProgress.InProgress, StatusOf(enquiry, EnquirySection.Closure).Progress);

        enquiry.AuthoriseClosure(ManagerId, NowUtc);

        Assert.Equal(SectionProgress.Completed, StatusOf(enquiry, EnquirySection.Closure).Progress);
    }

    [Fact]
    public void SectionStatuses_Closed_ShowWhatWasRecordedOrClosedAndNothingStillToDo()
    {
        var enquiry = ReadyToClose();
        enquiry.AddPlanAction(ActionDetails, Today);
        enquiry.MarkSectionNotNeeded(EnquirySection.Advocacy, "No substantial difficulty", WorkerId, NowUtc);
        enquiry.RequestClosure("Summary", WorkerId, NowUtc);
        enquiry.AuthoriseClosure(ManagerId, NowUtc);

        var statuses = enquiry.SectionStatuses().ToDictionary(s => s.Section, s => s.Progress);

        Assert.All(statuses.Values, p => Assert.DoesNotContain(p, new[] { SectionProgress.NotStarted, SectionProgress.InProgress }));
        Assert.Equal(SectionProgress.Completed, statuses[EnquirySection.OutcomesReview]);
        Assert.Equal(SectionProgress.NotNeeded, statuses[EnquirySection.Advocacy]);
        Assert.Equal(SectionProgress.Closed, statuses[EnquirySection.Consent]);
        Assert.Equal(SectionProgress.Closed, statuses[EnquirySection.SafeguardingPlan]);
        Assert.Equal(SectionProgress.Completed, statuses[EnquirySection.Closure]);
    }

    [Fact]
    public void OutstandingDuties_ConsentRefusedAndEnquiryCeasedAtTheirRequest_NoWarning()
    {
        var enquiry = Open();
        enquiry.RecordConsent(ConsentAnswered(ConsentAnswer.No), WorkerId, NowUtc, Today);

        enquiry.RecordRiskOutcome(RiskAssessmentOutcome.CeasedAtIndividualsRequest, null);

        Assert.DoesNotContain(OutstandingDuty.ConsentRefusedWithoutLawfulReason, enquiry.OutstandingDuties());
    }
}
