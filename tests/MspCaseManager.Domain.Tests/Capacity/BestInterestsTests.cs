using MspCaseManager.Domain.Capacity;
using MspCaseManager.Domain.People;
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

        var decision = enquiry.DecideBestInterests(BestInterests);

        Assert.Equal(5, decision.CapacityAssessmentId);
        Assert.Equal("Whether to have contact with his friend Dave", decision.DecisionAbout);
        Assert.Equal(2, decision.Options.Count);
        Assert.Equal("Appointee manages his money; he keeps seeing Dave", decision.ChosenOption.Name);
        Assert.Equal(
            [("Alex Green", ConsulteeRole.Imca, null), ("Derek Dawson", ConsulteeRole.LpaHealthAndWelfare, AttorneyId)],
            decision.Consultees.Select(c => (c.Name, c.Role, c.LegalAuthorityId)));
        Assert.Equal(("Sam Patel", null), (decision.DecisionMaker, decision.DecisionMakerAuthority));
        Assert.Same(decision, Assert.Single(enquiry.BestInterestsDecisions));
    }

    [Fact]
    public void RecordBestInterestsDecision_AssessmentFoundCapacity_IsRefused()
    {
        var enquiry = Open();
        enquiry.AssessCapacity(HasCapacity, id: 5);

        var error = Assert.Throws<DomainRuleException>(
            () => enquiry.DecideBestInterests(BestInterests));

        Assert.Equal(nameof(BestInterestsDecision.CapacityAssessmentId), error.Field);
        Assert.Empty(enquiry.BestInterestsDecisions);
    }

    [Fact]
    public void RecordBestInterestsDecision_NoAssessment_IsRefused()
    {
        var enquiry = Open();

        Assert.Throws<DomainRuleException>(() => enquiry.DecideBestInterests(BestInterests));
    }

    [Fact]
    public void RecordBestInterestsDecision_AssessmentFromAnotherEnquiry_IsRefused()
    {
        var other = Open().WithId(99);
        other.AssessCapacity(LacksCapacity, id: 5);
        var enquiry = Open();
        enquiry.AssessCapacity(HasCapacity, id: 6);

        Assert.Throws<DomainRuleException>(() => enquiry.DecideBestInterests(BestInterests));
    }

    [Fact]
    public void RecordBestInterestsDecision_OneOption_IsRefused()
    {
        var enquiry = Open();
        enquiry.AssessCapacity(LacksCapacity, id: 5);

        var error = Assert.Throws<DomainRuleException>(() => enquiry.DecideBestInterests(
            BestInterests with { Options = [BestInterests.Options[1]], ChosenOption = 1 }));

        Assert.Equal(nameof(BestInterestsDetails.Options), error.Field);
    }

    [Fact]
    public void RecordBestInterestsDecision_OptionWithoutFactors_IsRefused()
    {
        var enquiry = Open();
        enquiry.AssessCapacity(LacksCapacity, id: 5);
        var bare = BestInterests.Options[0] with { For = [], Against = [] };

        var error = Assert.Throws<DomainRuleException>(() => enquiry.DecideBestInterests(
            BestInterests with { Options = [bare, BestInterests.Options[1]] }));

        Assert.Equal(("Enter at least one factor for or against \"Keep things as they are\"", "Options[0].For[0].Description"), (error.Message, error.Field));
    }

    [Fact]
    public void RecordBestInterestsDecision_FactorWithoutValidWeight_IsRefused()
    {
        var enquiry = Open();
        enquiry.AssessCapacity(LacksCapacity, id: 5);
        var unweighted = BestInterests.Options[0] with { For = [new("Friendship", (FactorWeight)9), new("Fun", null)] };

        var error = Assert.Throws<DomainRuleException>(() => enquiry.DecideBestInterests(
            BestInterests with { Options = [unweighted, BestInterests.Options[1]] }));

        Assert.Equal(
            [
                ("Select the weight of factor 1 for \"Keep things as they are\"", "Options[0].For[0].Weight"),
                ("Select the weight of factor 2 for \"Keep things as they are\"", "Options[0].For[1].Weight"),
            ],
            error.Violations.Select(v => (v.Message, v.Field)));
    }

    [Fact]
    public void RecordBestInterestsDecision_NoOptionChosen_IsRefused()
    {
        var enquiry = Open();
        enquiry.AssessCapacity(LacksCapacity, id: 5);

        var error = Assert.Throws<DomainRuleException>(() => enquiry.DecideBestInterests(BestInterests with { ChosenOption = null }));

        Assert.Equal(("Select the option that was chosen", "ChosenOption"), (error.Message, error.Field));
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
            () => enquiry.DecideBestInterests(details));

        Assert.Equal(item, error.Field);
    }

    [Fact]
    public void RecordBestInterestsDecision_LeastRestrictiveNotConsidered_IsRefused()
    {
        var enquiry = Open();
        enquiry.AssessCapacity(LacksCapacity, id: 5);

        var error = Assert.Throws<DomainRuleException>(() => enquiry.DecideBestInterests(
            BestInterests with { LeastRestrictiveOptionConsidered = false }));

        Assert.Equal(nameof(BestInterestsDecision.LeastRestrictiveOptionConsidered), error.Field);
    }

    [Fact]
    public void RecordBestInterestsDecision_BeforeAssessment_IsRefused()
    {
        var enquiry = Open();
        enquiry.AssessCapacity(LacksCapacity, id: 5);

        var error = Assert.Throws<DomainRuleException>(() => enquiry.DecideBestInterests(
            BestInterests with { DecidedOn = Earlier.AddDays(-1) }));

        Assert.Equal(nameof(BestInterestsDecision.DecidedOn), error.Field);
    }

    [Fact]
    public void RecordBestInterestsDecision_NothingAnswered_RefusesEveryQuestionAtOnce()
    {
        var enquiry = Open();
        enquiry.AssessCapacity(LacksCapacity, id: 5);

        var error = Assert.Throws<DomainRuleException>(() => enquiry.DecideBestInterests(new BestInterestsDetails()));

        Assert.Equal(
            [
                nameof(BestInterestsDetails.CapacityAssessmentId),
                nameof(BestInterestsDetails.NotDecidedOnAgeAppearanceConditionOrBehaviour),
                nameof(BestInterestsDetails.RelevantCircumstances),
                nameof(BestInterestsDetails.CanDecisionWait),
                nameof(BestInterestsDetails.HowPersonTookPart),
                nameof(BestInterestsDetails.WishesFeelingsBeliefsAndValues),
                nameof(BestInterestsDetails.Options),
                nameof(BestInterestsDetails.ChosenOption),
                nameof(BestInterestsDetails.LeastRestrictiveOptionConsidered),
                nameof(BestInterestsDetails.Decision),
                nameof(BestInterestsDetails.Rationale),
                nameof(BestInterestsDetails.DecisionMaker),
                nameof(BestInterestsDetails.DecidedOn),
            ],
            error.Violations.Select(v => v.Field));
        Assert.Empty(enquiry.BestInterestsDecisions);
    }

    [Fact]
    public void RecordBestInterestsDecision_MadeByTheAttorney_TakesTheirNameAndSaysTheyHoldTheDecision()
    {
        var enquiry = Open();
        enquiry.AssessCapacity(LacksCapacity, id: 5);

        var decision = enquiry.DecideBestInterests(BestInterests with { DecisionMakerLegalAuthorityId = AttorneyId, DecisionMaker = "ignored" });

        Assert.Equal(("Derek Dawson", AttorneyId, LegalAuthorityKind.LastingPowerOfAttorneyHealthAndWelfare),
            (decision.DecisionMaker, decision.DecisionMakerLegalAuthorityId, decision.DecisionMakerAuthority));
    }

    [Fact]
    public void RecordBestInterestsDecision_ConsulteePickedFromThePeopleImportantToThem_TakesTheirName()
    {
        var enquiry = Open();
        enquiry.AssessCapacity(LacksCapacity, id: 5);

        var decision = enquiry.DecideBestInterests(BestInterests with
        {
            Consultees = [new ConsulteeDetails { ImportantPersonId = SisterId, Role = ConsulteeRole.FamilyMember, View = "Wants him safe" }],
        });

        var sister = Assert.Single(decision.Consultees);
        Assert.Equal(("Susan Smith", SisterId, ConsulteeRole.FamilyMember), (sister.Name, sister.ImportantPersonId, sister.Role));
    }

    [Fact]
    public void RecordBestInterestsDecision_SamePersonConsultedTwiceOrNotOnTheirRecord_IsRefused()
    {
        var enquiry = Open();
        enquiry.AssessCapacity(LacksCapacity, id: 5);
        var attorney = new ConsulteeDetails { LegalAuthorityId = AttorneyId, View = "Agrees" };

        var error = Assert.Throws<DomainRuleException>(() => enquiry.DecideBestInterests(BestInterests with
        {
            Consultees = [attorney, attorney, new ConsulteeDetails { ImportantPersonId = 99, Role = ConsulteeRole.Friend, View = "Fine" }],
        }));

        Assert.Equal(
            [
                ("Choose one of the people important to the adult", "Consultees[2]"),
                ("Each person can be consulted only once", "Consultees"),
            ],
            error.Violations.Select(v => (v.Message, v.Field)));
    }

    [Fact]
    public void RecordBestInterestsDecision_ConsulteeNamedWithoutRoleOrView_AsksForEach()
    {
        var enquiry = Open();
        enquiry.AssessCapacity(LacksCapacity, id: 5);

        var error = Assert.Throws<DomainRuleException>(() => enquiry.DecideBestInterests(BestInterests with
        {
            Consultees = [new ConsulteeDetails { Name = "Ravi Shah" }],
        }));

        Assert.Equal(
            [("Select Ravi Shah's role", "Consultees[0].Role"), ("Enter Ravi Shah's view", "Consultees[0].View")],
            error.Violations.Select(v => (v.Message, v.Field)));
    }

    [Fact]
    public void RecordBestInterestsDecision_AssumptionsNotRuledOut_IsRefused()
    {
        var enquiry = Open();
        enquiry.AssessCapacity(LacksCapacity, id: 5);

        var error = Assert.Throws<DomainRuleException>(
            () => enquiry.DecideBestInterests(BestInterests with { NotDecidedOnAgeAppearanceConditionOrBehaviour = null }));

        Assert.Equal(nameof(BestInterestsDecision.NotDecidedOnAgeAppearanceConditionOrBehaviour), error.Field);
    }

    [Fact]
    public void Labels_ConsulteeRoles_AreTheListedRoles()
    {
        Assert.Equal(
            [
                "LPA health and welfare", "LPA property and financial affairs", "Deputy", "RPR", "IMCA", "Care Act advocate", "Family member",
                "Friend", "Unpaid carer", "Paid carer", "Professional", "Interpreter", "Other",
            ],
            Labels.All<ConsulteeRole>().Select(l => l.Label));
    }
}
