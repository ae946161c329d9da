using MspCaseManager.Domain.Capacity;
using static MspCaseManager.Domain.Tests.Enquiries.TestEnquiries;

namespace MspCaseManager.Domain.Tests.Capacity;

public class CapacityAssessmentTests
{
    [Fact]
    public void RecordCapacityAssessment_LacksCapacityWithImpairmentAndInability_IsKept()
    {
        var enquiry = Open();

        var assessment = enquiry.RecordCapacityAssessment(LacksCapacity, WorkerId, NowUtc, Today);

        Assert.True(assessment.LacksCapacity);
        Assert.True(assessment.AnyAbilityUnable);
        Assert.Equal(Ability.Unable, assessment.Understand.Ability);
        Assert.Same(assessment, Assert.Single(enquiry.LackOfCapacityFindings));
    }

    [Fact]
    public void RecordCapacityAssessment_LacksCapacityWithoutImpairment_IsRefused()
    {
        var enquiry = Open();

        var error = Assert.Throws<DomainRuleException>(() => enquiry.RecordCapacityAssessment(
            LacksCapacity with { ImpairmentOrDisturbance = false }, WorkerId, NowUtc, Today));

        Assert.Equal(nameof(CapacityAssessment.Conclusion), error.Field);
        Assert.Empty(enquiry.CapacityAssessments);
    }

    [Fact]
    public void RecordCapacityAssessment_LacksCapacityButAbleInAllFour_IsRefused()
    {
        var enquiry = Open();

        var error = Assert.Throws<DomainRuleException>(() => enquiry.RecordCapacityAssessment(
            HasCapacity with { Conclusion = CapacityConclusion.LacksCapacity }, WorkerId, NowUtc, Today));

        Assert.Equal(nameof(CapacityAssessment.Conclusion), error.Field);
    }

    [Fact]
    public void RecordCapacityAssessment_HasCapacityDespiteImpairmentAndInability_IsRefused()
    {
        var enquiry = Open();

        var error = Assert.Throws<DomainRuleException>(() => enquiry.RecordCapacityAssessment(
            LacksCapacity with { Conclusion = CapacityConclusion.HasCapacity }, WorkerId, NowUtc, Today));

        Assert.Equal(nameof(CapacityAssessment.Conclusion), error.Field);
    }

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, false)]
    [InlineData(false, true)]
    public void RecordCapacityAssessment_HasCapacityWhenTestNotMet_IsKept(bool impairment, bool unableToCommunicate)
    {
        var enquiry = Open();

        var assessment = enquiry.RecordCapacityAssessment(HasCapacity with
        {
            ImpairmentOrDisturbance = impairment,
            Communicate = unableToCommunicate ? Ability.Unable : Ability.Able,
        }, WorkerId, NowUtc, Today);

        Assert.False(assessment.LacksCapacity);
    }

    [Fact]
    public void RecordCapacityAssessment_NoPracticableSteps_IsRefused()
    {
        var enquiry = Open();

        var error = Assert.Throws<DomainRuleException>(() => enquiry.RecordCapacityAssessment(
            LacksCapacity with { PracticableSteps = " " }, WorkerId, NowUtc, Today));

        Assert.Equal(nameof(CapacityAssessment.PracticableSteps), error.Field);
    }

    [Fact]
    public void RecordCapacityAssessment_AbilityWithoutEvidence_IsRefused()
    {
        var enquiry = Open();

        var error = Assert.Throws<DomainRuleException>(() => enquiry.RecordCapacityAssessment(
            LacksCapacity with { RetainEvidence = null }, WorkerId, NowUtc, Today));

        Assert.Equal("RetainEvidence", error.Field);
    }

    [Fact]
    public void RecordCapacityAssessment_MayRegainWithoutReviewDate_IsRefused()
    {
        var enquiry = Open();

        var error = Assert.Throws<DomainRuleException>(() => enquiry.RecordCapacityAssessment(
            LacksCapacity with { MayRegain = true }, WorkerId, NowUtc, Today));

        Assert.Equal(nameof(CapacityAssessment.ReviewOn), error.Field);
    }

    [Fact]
    public void RecordCapacityAssessment_FluctuatesWithReviewDate_KeepsReviewDate()
    {
        var enquiry = Open();

        var assessment = enquiry.RecordCapacityAssessment(
            LacksCapacity with { MayFluctuate = true, ReviewOn = Today.AddMonths(1) }, WorkerId, NowUtc, Today);

        Assert.Equal(Today.AddMonths(1), assessment.ReviewOn);
    }

    [Fact]
    public void RecordCapacityAssessment_NothingAnswered_RefusesEveryQuestionAtOnce()
    {
        var enquiry = Open();

        var error = Assert.Throws<DomainRuleException>(() => enquiry.RecordCapacityAssessment(new CapacityAssessmentDetails(), WorkerId, NowUtc, Today));

        Assert.Equal(
            [
                "Decision", "AssessedOn", "AssessorName", "ImpairmentOrDisturbance", "ImpairmentEvidence", "Understand", "UnderstandEvidence",
                "Retain", "RetainEvidence", "UseOrWeigh", "UseOrWeighEvidence", "Communicate", "CommunicateEvidence", "PracticableSteps",
                "Conclusion", "MayFluctuate", "MayRegain",
            ],
            error.Violations.Select(v => v.Field));
    }

    [Fact]
    public void RecordCapacityAssessment_BeforeTheConcernWasReceived_IsRefused()
    {
        var enquiry = Open();

        var error = Assert.Throws<DomainRuleException>(() => enquiry.RecordCapacityAssessment(
            LacksCapacity with { AssessedOn = enquiry.ConcernReceivedOn.AddDays(-1) }, WorkerId, NowUtc, Today));

        Assert.Equal(
            ("Date of the assessment must be on or after 2 June 2025, when the concern was received", nameof(CapacityAssessment.AssessedOn)),
            (error.Message, error.Field));
    }
}
