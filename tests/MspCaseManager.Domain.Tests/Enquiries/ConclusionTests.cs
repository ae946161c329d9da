using MspCaseManager.Domain.Capacity;
using MspCaseManager.Domain.Enquiries;
using MspCaseManager.Domain.Outcomes;
using static MspCaseManager.Domain.Tests.Enquiries.TestEnquiries;

namespace MspCaseManager.Domain.Tests.Enquiries;

/// <summary>The facts of conclusion are recorded when a manager authorises closure, and only then.</summary>
public class ConclusionTests
{
    [Fact]
    public void AuthoriseClosure_RecordsTheSacAnswersAsTheyStand()
    {
        var enquiry = Closed();

        Assert.Equal(
            new ConclusionFacts(Today, DesiredOutcomesAsked.YesAndExpressed, OutcomeAchievement.FullyAchieved, SacLackedCapacity.No, null,
                RiskAssessmentOutcome.RiskIdentifiedActionTaken, ResultOfAction.RiskReduced, enquiry.OutcomesReview, FeelingSafeAtStart: null, FeelingSafeAtEnd: 7),
            enquiry.RecordedConclusionFacts);
        Assert.Equal(1, enquiry.ConcludedOutcomesReviewNumber);
        Assert.True(enquiry.IsConcluded);
    }

    [Fact]
    public void AuthoriseClosure_RecordsHowSafeThePersonFeltAtTheStartAndAtTheEnd()
    {
        var enquiry = ReadyToClose();
        enquiry.RecordFeelingSafeAtStart(wasAsked: true, score: 3, notAskedReason: null);
        enquiry.RequestClosure("Summary", WorkerId, NowUtc);

        enquiry.AuthoriseClosure(ManagerId, NowUtc);

        Assert.Equal(3, enquiry.ConcludedFeelingSafeAtStart);
        Assert.Equal(7, enquiry.ConcludedFeelingSafeAtEnd);
        enquiry.Reopen(ManagerId, "More came to light", NowUtc);
        Assert.Null(enquiry.ConcludedFeelingSafeAtStart);
        Assert.Null(enquiry.ConcludedFeelingSafeAtEnd);
    }

    [Fact]
    public void OpenOrAwaitingClosure_HasNoFactsOfConclusion()
    {
        var enquiry = ReadyToClose();
        Assert.Null(enquiry.ConcludedOn);

        enquiry.RequestClosure("Summary", WorkerId, NowUtc);

        Assert.Null(enquiry.RecordedConclusionFacts);
    }

    [Fact]
    public void AuthoriseClosure_LateOn31MarchInSummerTime_ConcludesOn1April()
    {
        var enquiry = ReadyToClose();
        enquiry.RequestClosure("Summary", WorkerId, NowUtc);

        // The clocks went forward on 29 March 2026, so 23:30 UTC on 31 March is 00:30 BST on 1 April.
        enquiry.AuthoriseClosure(ManagerId, new DateTime(2026, 3, 31, 23, 30, 0, DateTimeKind.Utc));

        Assert.Equal(new DateOnly(2026, 4, 1), enquiry.ConcludedOn);
    }

    [Fact]
    public void Reopen_ClearsTheFacts_AndTheNextClosureRecordsThemAgain()
    {
        var enquiry = Closed();

        enquiry.Reopen(ManagerId, "The bank found more missing money", NowUtc);

        Assert.Null(enquiry.RecordedConclusionFacts);
        Assert.Null(enquiry.ConcludedLackedCapacity);

        enquiry.RecordRiskOutcome(RiskAssessmentOutcome.RiskIdentifiedActionTaken, ResultOfAction.RiskRemoved);
        enquiry.RequestClosure("Bank refunded everything", WorkerId, NowUtc.AddDays(20));
        enquiry.AuthoriseClosure(ManagerId, NowUtc.AddDays(21));

        Assert.Equal(Today.AddDays(21), enquiry.ConcludedOn);
        Assert.Equal(ResultOfAction.RiskRemoved, enquiry.ConcludedResultOfAction);
        Assert.Equal(2, enquiry.ClosureRequests.Count);
    }

    [Fact]
    public void AuthoriseClosure_NobodyCouldBeAskedAndNoOutcomesExpressed_HasNoAchievedAnswer()
    {
        var enquiry = Open();
        enquiry.RecordOutcomesAsked(DesiredOutcomesAsked.No, representative: null, OutcomesNotAskedReason.Died);
        enquiry.RecordOutcomesReview(NobodyCouldBeAsked, WorkerId, NowUtc, Today);
        enquiry.RecordRiskOutcome(RiskAssessmentOutcome.CeasedAtIndividualsRequest, null);
        enquiry.RequestClosure("She died before the enquiry concluded", WorkerId, NowUtc);

        enquiry.AuthoriseClosure(ManagerId, NowUtc);

        Assert.Equal(DesiredOutcomesAsked.No, enquiry.ConcludedOutcomesAsked);
        Assert.Null(enquiry.ConcludedOutcomesAchieved);
    }

    [Fact]
    public void AuthoriseClosure_LackedCapacityWithAdvocate_RecordsSupport()
    {
        var enquiry = Open();
        enquiry.AssessCapacity(LacksCapacity);
        enquiry.ConfirmSacCapacity(SacLackedCapacity.Yes, SacCapacitySupport.Yes, "An IMCA supported her throughout", WorkerId, NowUtc);
        enquiry.AddOutcome();
        enquiry.RecordOutcomesReview(ReviewByAdult((1, OutcomeAchievement.PartiallyAchieved)), WorkerId, NowUtc, Today);
        enquiry.RecordRiskOutcome(RiskAssessmentOutcome.RiskIdentifiedActionTaken, ResultOfAction.RiskRemained);
        enquiry.RequestClosure("Summary", WorkerId, NowUtc);

        enquiry.AuthoriseClosure(ManagerId, NowUtc);

        Assert.Equal((SacLackedCapacity.Yes, SacCapacitySupport.Yes), (enquiry.ConcludedLackedCapacity, enquiry.ConcludedCapacitySupport));
        Assert.Equal(OutcomeAchievement.PartiallyAchieved, enquiry.ConcludedOutcomesAchieved);
    }
}
