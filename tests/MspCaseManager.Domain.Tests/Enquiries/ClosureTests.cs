using System.Reflection;
using MspCaseManager.Domain.Advocacy;
using MspCaseManager.Domain.Capacity;
using MspCaseManager.Domain.CaseNotes;
using MspCaseManager.Domain.Concerns;
using MspCaseManager.Domain.Enquiries;
using MspCaseManager.Domain.Outcomes;
using MspCaseManager.Domain.Tests.People;
using static MspCaseManager.Domain.Tests.Enquiries.TestEnquiries;

namespace MspCaseManager.Domain.Tests.Enquiries;

public class ClosureTests
{
    [Fact]
    public void ClosureBlockers_ReadyToClose_None() => Assert.Empty(ReadyToClose().ClosureBlockers());

    [Fact]
    public void ClosureBlockers_NewEnquiry_ReviewOutcomesAskedAndRiskOutcome()
    {
        Assert.Equal(
            [ClosureBlocker.NoOutcomesReview, ClosureBlocker.DesiredOutcomesQuestionUnanswered, ClosureBlocker.RiskOutcomeMissing],
            Open().ClosureBlockers());
    }

    [Fact]
    public void RequestClosure_NoOutcomesReview_IsRefused()
    {
        var enquiry = Open();
        enquiry.AddOutcome();
        enquiry.RecordRiskOutcome(RiskAssessmentOutcome.NoRiskNoAction, null);

        var error = Assert.Throws<DomainRuleException>(() => enquiry.RequestClosure("Summary", WorkerId, NowUtc));

        Assert.Equal(ClosureBlocker.NoOutcomesReview.ToLabel(), error.Message);
        Assert.Equal(EnquiryStatus.Open, enquiry.Status);
    }

    [Fact]
    public void RequestClosure_SeveralBlockers_RefusesWithEveryOne()
    {
        var enquiry = Open();

        var error = Assert.Throws<DomainRuleException>(() => enquiry.RequestClosure("Summary", WorkerId, NowUtc));

        Assert.Equal(
            enquiry.ClosureBlockers().Select(b => new RuleViolation(b.ToLabel())),
            error.Violations);
        Assert.Equal(3, error.Violations.Count);
    }

    [Fact]
    public void RequestClosure_NobodyCouldBeAskedWithReason_IsAllowed()
    {
        var enquiry = Open();
        enquiry.RecordOutcomesAsked(DesiredOutcomesAsked.No, representative: null, OutcomesNotAskedReason.Died);
        enquiry.RecordOutcomesReview(NobodyCouldBeAsked, WorkerId, NowUtc, Today);
        enquiry.RecordRiskOutcome(RiskAssessmentOutcome.NoRiskNoAction, null);

        enquiry.RequestClosure("She died before the enquiry concluded.", WorkerId, NowUtc);

        Assert.Equal(EnquiryStatus.ClosureRequested, enquiry.Status);
    }

    [Fact]
    public void RequestClosure_DesiredOutcomesQuestionUnanswered_IsRefused()
    {
        var enquiry = Open();
        enquiry.RecordOutcomesReview(NobodyCouldBeAsked, WorkerId, NowUtc, Today);
        enquiry.RecordRiskOutcome(RiskAssessmentOutcome.NoRiskNoAction, null);

        var error = Assert.Throws<DomainRuleException>(() => enquiry.RequestClosure("Summary", WorkerId, NowUtc));

        Assert.Equal(ClosureBlocker.DesiredOutcomesQuestionUnanswered.ToLabel(), error.Message);
    }

    [Fact]
    public void RequestClosure_RiskOutcomeMissing_IsRefused()
    {
        var enquiry = Open();
        enquiry.AddOutcome();
        enquiry.RecordOutcomesReview(ReviewByAdult((1, OutcomeAchievement.FullyAchieved)), WorkerId, NowUtc, Today);

        var error = Assert.Throws<DomainRuleException>(() => enquiry.RequestClosure("Summary", WorkerId, NowUtc));

        Assert.Equal(ClosureBlocker.RiskOutcomeMissing.ToLabel(), error.Message);
    }

    [Fact]
    public void RequestClosure_AdvocacyDutyOutstanding_IsRefusedUntilReasonRecorded()
    {
        var enquiry = ReadyToClose().WithAdvocacyDuty();

        var error = Assert.Throws<DomainRuleException>(() => enquiry.RequestClosure("Summary", WorkerId, NowUtc));

        Assert.Equal(ClosureBlocker.AdvocacyDutyOutstanding.ToLabel(), error.Message);
        enquiry.RecordNoAdvocacyReferralReason("He refused an advocate and his sister now supports him", WorkerId, NowUtc);
        enquiry.RequestClosure("Summary", WorkerId, NowUtc);
        Assert.Equal(EnquiryStatus.ClosureRequested, enquiry.Status);
    }

    [Fact]
    public void RequestClosure_NoSummary_IsRefused()
    {
        var error = Assert.Throws<DomainRuleException>(() => ReadyToClose().RequestClosure(" ", WorkerId, NowUtc));

        Assert.Equal(nameof(ClosureRequest.Summary), error.Field);
    }

    [Fact]
    public void RequestClosure_AlreadyRequested_IsRefused()
    {
        var enquiry = ReadyToClose();
        enquiry.RequestClosure("Summary", WorkerId, NowUtc);

        Assert.Throws<DomainRuleException>(() => enquiry.RequestClosure("Summary", WorkerId, NowUtc));
    }

    [Fact]
    public void AuthoriseClosure_Requested_Closes()
    {
        var enquiry = ReadyToClose();
        enquiry.RequestClosure("Summary", WorkerId, NowUtc);

        enquiry.AuthoriseClosure(ManagerId, NowUtc.AddDays(1), "Good work");

        Assert.Equal(EnquiryStatus.Closed, enquiry.Status);
        Assert.Equal(NowUtc.AddDays(1), enquiry.ClosedAtUtc);
        var request = Assert.Single(enquiry.ClosureRequests);
        Assert.Equal(DecisionStatus.Authorised, request.Decision);
        Assert.Equal(ManagerId, request.ReviewedByUserId);
    }

    [Fact]
    public void AuthoriseClosure_ByTheManagerWhoRequestedIt_IsRefusedAndStaysAwaiting()
    {
        var enquiry = ReadyToClose();
        enquiry.RequestClosure("Summary", ManagerId, NowUtc);

        var error = Assert.Throws<DomainRuleException>(() => enquiry.AuthoriseClosure(ManagerId, NowUtc.AddDays(1)));

        Assert.Contains("another team manager must authorise it", error.Message);
        Assert.Equal(EnquiryStatus.ClosureRequested, enquiry.Status);
    }

    [Fact]
    public void AuthoriseClosure_NotRequested_IsRefused()
    {
        Assert.Throws<DomainRuleException>(() => ReadyToClose().AuthoriseClosure(ManagerId, NowUtc));
    }

    [Fact]
    public void AuthoriseClosure_DutyAppearedSinceRequest_IsRefused()
    {
        var enquiry = ReadyToClose();
        enquiry.RequestClosure("Summary", WorkerId, NowUtc);
        enquiry.WithAdvocacyDuty();

        Assert.Throws<DomainRuleException>(() => enquiry.AuthoriseClosure(ManagerId, NowUtc));
        Assert.Equal(EnquiryStatus.ClosureRequested, enquiry.Status);
    }

    [Fact]
    public void ReturnClosure_WithComments_OpenAgainAndRequestKept()
    {
        var enquiry = ReadyToClose();
        enquiry.RequestClosure("Summary", WorkerId, NowUtc);

        enquiry.ReturnClosure(ManagerId, NowUtc, "Add what the bank agreed to refund");
        enquiry.RequestClosure("Fuller summary", WorkerId, NowUtc);

        Assert.Equal(EnquiryStatus.ClosureRequested, enquiry.Status);
        Assert.Equal([DecisionStatus.Returned, DecisionStatus.AwaitingAuthorisation], enquiry.ClosureRequests.Select(r => r.Decision));
        Assert.Equal("Add what the bank agreed to refund", enquiry.ClosureRequests[0].ManagerComments);
    }

    [Fact]
    public void ReturnClosure_NoComments_IsRefused()
    {
        var enquiry = ReadyToClose();
        enquiry.RequestClosure("Summary", WorkerId, NowUtc);

        var error = Assert.Throws<DomainRuleException>(() => enquiry.ReturnClosure(ManagerId, NowUtc, ""));

        Assert.Equal(nameof(ClosureRequest.ManagerComments), error.Field);
        Assert.Equal(EnquiryStatus.ClosureRequested, enquiry.Status);
    }

    [Fact]
    public void Reopen_ClosedWithReason_OpenAndAudited()
    {
        var enquiry = Closed();

        var reopening = enquiry.Reopen(ManagerId, "The caller has started ringing again", NowUtc.AddDays(30));

        Assert.Equal(EnquiryStatus.Open, enquiry.Status);
        Assert.Null(enquiry.ClosedAtUtc);
        Assert.Same(reopening, Assert.Single(enquiry.Reopenings));
        Assert.Equal(ManagerId, reopening.ReopenedByUserId);
        Assert.Equal(DecisionStatus.Authorised, Assert.Single(enquiry.ClosureRequests).Decision);
        enquiry.RecordRiskOutcome(RiskAssessmentOutcome.RiskIdentifiedActionTaken, ResultOfAction.RiskRemained);
    }

    [Fact]
    public void Reopen_NoReason_IsRefused()
    {
        var enquiry = Closed();

        Assert.Throws<DomainRuleException>(() => enquiry.Reopen(ManagerId, " ", NowUtc));
        Assert.True(enquiry.IsClosed);
    }

    [Fact]
    public void Reopen_NotClosed_IsRefused() => Assert.Throws<DomainRuleException>(() => Open().Reopen(ManagerId, "Reason", NowUtc));

    /// <summary>A note in the same enquiry (same id), written before it closed.</summary>
    private static readonly CaseNote NoteWrittenWhileOpen = Open().WriteCaseNote(Note(), WorkerId, NowUtc, Today).WithId(8);

    /// <summary>Every public method that changes the enquiry, called on a closed one.</summary>
    public static TheoryData<string> Mutators() => new(Edits.Keys);

    private static readonly Dictionary<string, Action<Enquiry>> Edits = new()
    {
        [nameof(Enquiry.Allocate)] = e => e.Allocate("worker-9", "Leave", ManagerId, NowUtc),
        [nameof(Enquiry.Deallocate)] = e => e.Deallocate("Leave", ManagerId, NowUtc),
        [nameof(Enquiry.RecordOutcomesAsked)] = e => e.RecordOutcomesAsked(DesiredOutcomesAsked.YesAndExpressed, representative: null),
        [nameof(Enquiry.AddDesiredOutcome)] = e => e.AddDesiredOutcome(Outcome("Something new"), expressedBy: null, WorkerId, NowUtc, Today),
        [nameof(Enquiry.ChangeDesiredOutcome)] = e => e.ChangeDesiredOutcome(1, Outcome("New words") with { Reason = "Changed" }, WorkerId, NowUtc, Today),
        [nameof(Enquiry.MarkOutcomeMayNotBeAchievable)] = e => e.MarkOutcomeMayNotBeAchievable(1, Today, "Explained", Today),
        [nameof(Enquiry.WithdrawDesiredOutcome)] = e => e.WithdrawDesiredOutcome(1, Today, "No longer wanted", WorkerId, Today),
        [nameof(Enquiry.RecordFeelingSafeAtStart)] = e => e.RecordFeelingSafeAtStart(true, 5, null),
        [nameof(Enquiry.RecordConsent)] = e => e.RecordConsent(ConsentAnswered(), WorkerId, NowUtc, Today),
        [nameof(Enquiry.RecordCapacityAssessment)] = e => e.RecordCapacityAssessment(LacksCapacity, WorkerId, NowUtc, Today),
        [nameof(Enquiry.RecordBestInterestsDecision)] = e => e.DecideBestInterests(BestInterests),
        [nameof(Enquiry.RecordAdvocacyAssessment)] = e => e.AssessAdvocacy(S68Test()),
        [nameof(Enquiry.RecordAdvocacyReferral)] = e => e.RecordAdvocacyReferral(Referral(), WorkerId, NowUtc, Today),
        [nameof(Enquiry.UpdateAdvocacyReferral)] = e => e.UpdateReferral(3, Became(ReferralStatus.Accepted)),
        [nameof(Enquiry.RecordNoAdvocacyReferralReason)] = e => e.RecordNoAdvocacyReferralReason("Reason", WorkerId, NowUtc),
        [nameof(Enquiry.AddPlanAction)] = e => e.AddPlanAction(ActionDetails, Today),
        [nameof(Enquiry.UpdatePlanAction)] = e => e.UpdatePlanAction(1, ActionDetails, Today),
        [nameof(Enquiry.RecordMeeting)] = e => e.RecordMeeting(Meeting, Today),
        [nameof(Enquiry.WriteCaseNote)] = e => e.WriteCaseNote(Note(), WorkerId, NowUtc, Today),
        [nameof(Enquiry.WriteCorrection)] = e => e.WriteCorrection(NoteWrittenWhileOpen, Note("Correction"), WorkerId, NowUtc, Today),
        [nameof(Enquiry.MarkSectionNotNeeded)] = e => e.MarkSectionNotNeeded(EnquirySection.SafeguardingPlan, "None needed", WorkerId, NowUtc),
        [nameof(Enquiry.RecordOutcomesReview)] = e => e.RecordOutcomesReview(NobodyCouldBeAsked, WorkerId, NowUtc, Today),
        [nameof(Enquiry.RecordRiskOutcome)] = e => e.RecordRiskOutcome(RiskAssessmentOutcome.NoRiskNoAction, null),
        [nameof(Enquiry.ConfirmSacCapacity)] = e => e.ConfirmSacCapacity(SacLackedCapacity.No, null, null, WorkerId, NowUtc),
        [nameof(Enquiry.RequestClosure)] = e => e.RequestClosure("Summary", WorkerId, NowUtc),
    };

    /// <summary>A closed enquiry that has one of everything the edits refer to.</summary>
    private static Enquiry ClosedWithEverything()
    {
        var enquiry = ReadyToClose();
        enquiry.Allocate(WorkerId, null, ManagerId, NowUtc);
        enquiry.AssessCapacity(LacksCapacity, id: 5);
        enquiry.RecordAdvocacyReferral(Referral(), WorkerId, NowUtc, Today).WithId(3);
        enquiry.AddPlanAction(ActionDetails, Today).WithId(1);
        enquiry.RequestClosure("Summary", WorkerId, NowUtc);
        enquiry.AuthoriseClosure(ManagerId, NowUtc);
        return enquiry;
    }

    [Theory]
    [MemberData(nameof(Mutators))]
    public void Edit_ClosedEnquiry_IsRefused(string mutator)
    {
        var enquiry = ClosedWithEverything();

        var error = Assert.Throws<DomainRuleException>(() => Edits[mutator](enquiry));

        Assert.Contains("closed", error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.True(enquiry.IsClosed);
    }

    [Fact]
    public void Edit_ClosedEnquiryTheory_CoversEveryPublicMethodThatChangesTheEnquiry()
    {
        string[] queriesAndReview =
        [
            nameof(Enquiry.Dates), nameof(Enquiry.CurrentConclusionFacts), nameof(Enquiry.RecordConclusionOfEarlierClosure), nameof(Enquiry.SectionStatuses), nameof(Enquiry.OutstandingDuties), nameof(Enquiry.ClosureBlockers),
            nameof(Enquiry.AdvocateAsRepresentative), nameof(Enquiry.AuthoriseClosure), nameof(Enquiry.ReturnClosure), nameof(Enquiry.Reopen),
            nameof(Enquiry.DesiredOutcomesUnansweredSince), nameof(Enquiry.PlanActionsOverdueOn), nameof(Enquiry.NoCaseNoteSince), nameof(Enquiry.OutcomesAchievedIn), nameof(Enquiry.AdultHasDied),
            // A team manager may mark a closed enquiry's records entered in error (EnteredInErrorTests).
            nameof(Enquiry.AllowsMarkingEnteredInErrorBy), nameof(Enquiry.AllowsMarkingCaseNoteEnteredInErrorBy),
            nameof(Enquiry.MarkCaseNoteEnteredInError), nameof(Enquiry.MarkDesiredOutcomeEnteredInError), nameof(Enquiry.MarkPlanActionEnteredInError),
        ];
        var methods = typeof(Enquiry).GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
            .Where(m => !m.IsSpecialName)
            .Select(m => m.Name)
            .Except(queriesAndReview)
            .Distinct()
            .Order();

        Assert.Equal(methods, Edits.Keys.Order());
    }
}
