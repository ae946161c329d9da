using MspCaseManager.Domain.Capacity;
using MspCaseManager.Domain.Tests.People;
using static MspCaseManager.Domain.Tests.Enquiries.TestEnquiries;

namespace MspCaseManager.Domain.Tests.Capacity;

public class BestInterestsTests
{
    [Fact]
    public void RecordBestInterestsDecision_ForLackOfCapacityFinding_IsKeptWithItsDecision()
    {
        var enquiry = Open();
        enquiry.AssessCapacity(LacksCapacity, id: 5);

        var decision = enquiry.RecordBestInterestsDecision(5, BestInterests, WorkerId, NowUtc, Today);

        Assert.Equal(5, decision.CapacityAssessmentId);
        Assert.Equal("Whether to have contact with his friend Dave", decision.DecisionAbout);
        Assert.Equal(2, decision.Options.Count);
        Assert.Equal("Appointee manages his money; he keeps seeing Dave", decision.ChosenOption.Description);
        Assert.Equal(ConsulteeRole.Imca, Assert.Single(decision.Consultees).Role);
        Assert.Same(decision, Assert.Single(enquiry.BestInterestsDecisions));
    }

    [Fact]
    public void RecordBestInterestsDecision_AssessmentFoundCapacity_IsRefused()
    {
        var enquiry = Open();
        enquiry.AssessCapacity(HasCapacity, id: 5);

        var error = Assert.Throws<DomainRuleException>(
            () => enquiry.RecordBestInterestsDecision(5, BestInterests, WorkerId, NowUtc, Today));

        Assert.Equal(nameof(BestInterestsDecision.CapacityAssessmentId), error.Field);
        Assert.Empty(enquiry.BestInterestsDecisions);
    }

    [Fact]
    public void RecordBestInterestsDecision_NoAssessment_IsRefused()
    {
        var enquiry = Open();

        Assert.Throws<DomainRuleException>(() => enquiry.RecordBestInterestsDecision(5, BestInterests, WorkerId, NowUtc, Today));
    }

    [Fact]
    public void RecordBestInterestsDecision_AssessmentFromAnotherEnquiry_IsRefused()
    {
        var other = Open().WithId(99);
        other.AssessCapacity(LacksCapacity, id: 5);
        var enquiry = Open();
        enquiry.AssessCapacity(HasCapacity, id: 6);

        Assert.Throws<DomainRuleException>(() => enquiry.RecordBestInterestsDecision(5, BestInterests, WorkerId, NowUtc, Today));
    }

    [Fact]
    public void RecordBestInterestsDecision_OneOption_IsRefused()
    {
        var enquiry = Open();
        enquiry.AssessCapacity(LacksCapacity, id: 5);

        var error = Assert.Throws<DomainRuleException>(() => enquiry.RecordBestInterestsDecision(
            5, BestInterests with { Options = [BestInterests.Options[1]] }, WorkerId, NowUtc, Today));

        Assert.Equal(nameof(BestInterestsDetails.Options), error.Field);
    }

    [Fact]
    public void RecordBestInterestsDecision_OptionWithoutFactors_IsRefused()
    {
        var enquiry = Open();
        enquiry.AssessCapacity(LacksCapacity, id: 5);
        var bare = BestInterests.Options[0] with { Factors = [] };

        Assert.Throws<DomainRuleException>(() => enquiry.RecordBestInterestsDecision(
            5, BestInterests with { Options = [bare, BestInterests.Options[1]] }, WorkerId, NowUtc, Today));
    }

    [Fact]
    public void RecordBestInterestsDecision_FactorWithoutValidWeight_IsRefused()
    {
        var enquiry = Open();
        enquiry.AssessCapacity(LacksCapacity, id: 5);
        var unweighted = BestInterests.Options[0] with { Factors = [new(FactorDirection.For, "Friendship", (FactorWeight)9)] };

        Assert.Throws<DomainRuleException>(() => enquiry.RecordBestInterestsDecision(
            5, BestInterests with { Options = [unweighted, BestInterests.Options[1]] }, WorkerId, NowUtc, Today));
    }

    [Fact]
    public void RecordBestInterestsDecision_NoOptionChosen_IsRefused()
    {
        var enquiry = Open();
        enquiry.AssessCapacity(LacksCapacity, id: 5);

        Assert.Throws<DomainRuleException>(() => enquiry.RecordBestInterestsDecision(
            5, BestInterests with { Options = [BestInterests.Options[0], BestInterests.Options[0] with { IsStatusQuo = false }] },
            WorkerId, NowUtc, Today));
    }

    [Theory]
    [InlineData(nameof(BestInterestsDetails.CanDecisionWait))]
    [InlineData(nameof(BestInterestsDetails.HowPersonTookPart))]
    [InlineData(nameof(BestInterestsDetails.WishesFeelingsBeliefsAndValues))]
    public void RecordBestInterestsDecision_ChecklistItemNotAddressed_IsRefused(string item)
    {
        var enquiry = Open();
        enquiry.AssessCapacity(LacksCapacity, id: 5);
        var details = item switch
        {
            nameof(BestInterestsDetails.CanDecisionWait) => BestInterests with { CanDecisionWait = "" },
            nameof(BestInterestsDetails.HowPersonTookPart) => BestInterests with { HowPersonTookPart = null },
            _ => BestInterests with { WishesFeelingsBeliefsAndValues = " " },
        };

        var error = Assert.Throws<DomainRuleException>(
            () => enquiry.RecordBestInterestsDecision(5, details, WorkerId, NowUtc, Today));

        Assert.Equal(item, error.Field);
    }

    [Fact]
    public void RecordBestInterestsDecision_LeastRestrictiveNotConsidered_IsRefused()
    {
        var enquiry = Open();
        enquiry.AssessCapacity(LacksCapacity, id: 5);

        var error = Assert.Throws<DomainRuleException>(() => enquiry.RecordBestInterestsDecision(
            5, BestInterests with { LeastRestrictiveOptionConsidered = false }, WorkerId, NowUtc, Today));

        Assert.Equal(nameof(BestInterestsDecision.LeastRestrictiveOptionConsidered), error.Field);
    }

    [Fact]
    public void RecordBestInterestsDecision_BeforeAssessment_IsRefused()
    {
        var enquiry = Open();
        enquiry.AssessCapacity(LacksCapacity, id: 5);

        var error = Assert.Throws<DomainRuleException>(() => enquiry.RecordBestInterestsDecision(
            5, BestInterests with { DecidedOn = Earlier.AddDays(-1) }, WorkerId, NowUtc, Today));

        Assert.Equal(nameof(BestInterestsDecision.DecidedOn), error.Field);
    }

    [Fact]
    public void Labels_ConsulteeRoles_AreTheListedRoles()
    {
        Assert.Equal(
            [
                "LPA health and welfare", "LPA property and financial affairs", "Deputy", "RPR", "IMCA", "Family member",
                "Friend", "Unpaid carer", "Paid carer", "Professional", "Interpreter", "Other",
            ],
            Labels.All<ConsulteeRole>().Select(l => l.Label));
    }
}
