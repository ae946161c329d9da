using MspCaseManager.Domain.Concerns;
using MspCaseManager.Domain.Enquiries;
using MspCaseManager.Domain.Outcomes;
using MspCaseManager.Domain.Tests.Concerns;
using MspCaseManager.Domain.Tests.People;
using static MspCaseManager.Domain.Tests.Enquiries.TestEnquiries;

namespace MspCaseManager.Domain.Tests.Common;

public class EnteredInErrorTests
{
    private static readonly StaffMember Worker = new(WorkerId, IsTeamManager: false);
    private static readonly StaffMember Manager = new(ManagerId, IsTeamManager: true);

    [Fact]
    public void MarkConcern_ByManager_TakesItsEnquiryWithItAndNeitherCounts()
    {
        var concern = TestConcerns.Create().WithId(11);
        concern.Decide(TestConcerns.Section42);
        var enquiry = concern.Authorise()!.WithId(EnquiryId);

        concern.MarkEnteredInError("Recorded against the wrong person", Manager, NowUtc, enquiry);

        Assert.Equal(("Recorded against the wrong person", ManagerId, NowUtc), (concern.EnteredInErrorReason, concern.EnteredInErrorByUserId, concern.EnteredInErrorAtUtc));
        Assert.Equal(("Recorded against the wrong person", ManagerId, NowUtc), (enquiry.EnteredInErrorReason, enquiry.EnteredInErrorByUserId, enquiry.EnteredInErrorAtUtc));
        Assert.False(EnteredInError.Counts<Concern>().IsSatisfiedBy(concern));
        Assert.False(EnteredInError.Counts<Enquiry>().IsSatisfiedBy(enquiry));
    }

    [Fact]
    public void MarkConcern_BySocialWorker_IsRefused()
    {
        var concern = TestConcerns.Create().WithId(11);

        var refusal = Assert.Throws<DomainRuleException>(() => concern.MarkEnteredInError("Wrong person", Worker, NowUtc, null));

        Assert.Equal("Only a team manager can mark a concern as entered in error", refusal.Message);
        Assert.False(concern.IsEnteredInError);
    }

    [Fact]
    public void MarkConcern_NoReason_IsRefusedAgainstTheReason()
    {
        var concern = TestConcerns.Create().WithId(11);

        var refusal = Assert.Throws<DomainRuleException>(() => concern.MarkEnteredInError("  ", Manager, NowUtc, null));

        Assert.Equal([("Enter why the concern was entered in error", EnteredInError.ReasonField)], refusal.Violations.Select(v => (v.Message, v.Field)));
        Assert.False(concern.IsEnteredInError);
    }

    [Fact]
    public void MarkConcern_Twice_IsRefused()
    {
        var concern = TestConcerns.Create().WithId(11);
        concern.MarkEnteredInError("Duplicate of the concern of the same day", Manager, NowUtc, null);

        var refusal = Assert.Throws<DomainRuleException>(() => concern.MarkEnteredInError("Again", Manager, NowUtc, null));

        Assert.Equal("This concern is already marked as entered in error", refusal.Message);
        Assert.Equal("Duplicate of the concern of the same day", concern.EnteredInErrorReason);
    }

    [Fact]
    public void ConcernEnteredInError_CannotBeDecidedOrChanged()
    {
        var concern = TestConcerns.Create().WithId(11);
        concern.MarkEnteredInError("Duplicate", Manager, NowUtc, null);

        Assert.Throws<DomainRuleException>(() => concern.Decide(TestConcerns.Section42));
        Assert.Throws<DomainRuleException>(() => concern.UpdateDetails(TestConcerns.Details, TestConcerns.Today));
    }

    [Fact]
    public void MarkCaseNote_ByItsAuthor_NoLongerCountsAsARecentNote()
    {
        var enquiry = Open();
        var note = enquiry.WriteCaseNote(Note() with { OccurredOn = Today }, WorkerId, NowUtc, Today).WithId(8);
        var noRecentNote = Enquiry.NoCaseNoteSince(new[] { note }.AsQueryable(), Today.AddDays(-5));
        Assert.False(noRecentNote.IsSatisfiedBy(enquiry));

        enquiry.MarkCaseNoteEnteredInError(note, "Written on the wrong enquiry", Worker, NowUtc);

        Assert.True(note.IsEnteredInError);
        Assert.True(Enquiry.NoCaseNoteSince(new[] { note }.AsQueryable(), Today.AddDays(-5)).IsSatisfiedBy(enquiry));
    }

    [Fact]
    public void MarkCaseNote_BySomeoneElsesWorker_IsRefused_ByManager_IsAllowed()
    {
        var enquiry = Open();
        var note = enquiry.WriteCaseNote(Note(), "another-worker", NowUtc, Today).WithId(8);

        var refusal = Assert.Throws<DomainRuleException>(() => enquiry.MarkCaseNoteEnteredInError(note, "Wrong enquiry", Worker, NowUtc));
        enquiry.MarkCaseNoteEnteredInError(note, "Wrong enquiry", Manager, NowUtc);

        Assert.Equal("Only the member of staff who wrote the note or a team manager can mark it as entered in error", refusal.Message);
        Assert.True(note.IsEnteredInError);
    }

    [Fact]
    public void MarkOutcome_LeavesTheCurrentOutcomesAndTheOutcomesAchieved()
    {
        var enquiry = Open();
        var kept = enquiry.AddOutcome("I want the calls to stop", id: 1);
        var wrong = enquiry.AddOutcome("I want to move to my daughter's", id: 2);
        enquiry.RecordOutcomesReview(ReviewByAdult((1, OutcomeAchievement.FullyAchieved), (2, OutcomeAchievement.NotAchieved)), WorkerId, NowUtc, Today);
        Assert.Equal(OutcomeAchievement.PartiallyAchieved, enquiry.CurrentConclusionFacts(Today).OutcomesAchieved);

        enquiry.MarkDesiredOutcomeEnteredInError(wrong.Id, "Another person's outcome", Worker, NowUtc);

        Assert.Equal([kept], enquiry.CurrentDesiredOutcomes);
        Assert.Equal(OutcomeAchievement.FullyAchieved, enquiry.CurrentConclusionFacts(Today).OutcomesAchieved);
        Assert.Throws<DomainRuleException>(() => enquiry.WithdrawDesiredOutcome(wrong.Id, Today, "No longer wanted", WorkerId, Today));
    }

    [Fact]
    public void MarkPlanAction_OverdueNoMore()
    {
        var enquiry = Open();
        var action = enquiry.AddPlanAction(ActionDetails with { DueOn = Today }, Today).WithId(5);
        var later = Today.AddDays(3);
        Assert.True(Enquiry.PlanActionsOverdueOn(later).IsSatisfiedBy(enquiry));

        enquiry.MarkPlanActionEnteredInError(action.Id, "Meant for another enquiry", Worker, NowUtc);

        Assert.False(Enquiry.PlanActionsOverdueOn(later).IsSatisfiedBy(enquiry));
        Assert.Empty(enquiry.PlanActions.ThatCount());
    }

    [Fact]
    public void ClosedEnquiry_OnlyAManagerMarksItsRecords_AndTheOutcomesAchievedIsRecounted()
    {
        var enquiry = Closed();
        Assert.Equal(OutcomeAchievement.FullyAchieved, enquiry.ConcludedOutcomesAchieved);

        var refusal = Assert.Throws<DomainRuleException>(() => enquiry.MarkDesiredOutcomeEnteredInError(1, "Wrong person", Worker, NowUtc));
        enquiry.MarkDesiredOutcomeEnteredInError(1, "Wrong person", Manager, NowUtc);

        Assert.Equal("This enquiry is closed, so only a team manager can mark its records as entered in error", refusal.Message);
        Assert.Null(enquiry.ConcludedOutcomesAchieved);
    }
}
