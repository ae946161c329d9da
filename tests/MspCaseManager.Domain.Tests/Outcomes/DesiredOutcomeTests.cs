using MspCaseManager.Domain.Enquiries;
using MspCaseManager.Domain.Outcomes;
using MspCaseManager.Domain.Tests.Enquiries;
using static MspCaseManager.Domain.Tests.Enquiries.TestEnquiries;

namespace MspCaseManager.Domain.Tests.Outcomes;

public class DesiredOutcomeTests
{
    [Fact]
    public void AddDesiredOutcome_Valid_KeepsTheirWordsAndMarksThemAsked()
    {
        var enquiry = Open();

        var outcome = enquiry.AddDesiredOutcome(Outcome("  I want the calls to stop "), expressedBy: null, WorkerId, NowUtc, Today);

        Assert.Equal("I want the calls to stop", outcome.Words);
        Assert.Equal(DesiredOutcomeCategory.AbuseToStopAndFeelSafer, outcome.Category);
        Assert.Equal(Earlier, outcome.ExpressedOn);
        Assert.Null(outcome.ExpressedBy);
        Assert.Equal(1, outcome.Number);
        Assert.Equal(DesiredOutcomesAsked.YesAndExpressed, enquiry.OutcomesAsked);
        Assert.Empty(outcome.History);
    }

    [Fact]
    public void AddDesiredOutcome_ByAdvocateBeforeAnyoneWasRecordedAsAsked_RecordsTheAdvocateAsAsked()
    {
        var enquiry = Open();
        var advocate = Representative.Of(RepresentativeRole.Advocate, "Alex Green");

        enquiry.AddDesiredOutcome(Outcome(), advocate, WorkerId, NowUtc, Today);
        enquiry.AddDesiredOutcome(Outcome("I want to see my sister"), expressedBy: null, WorkerId, NowUtc, Today);

        Assert.Equal(advocate, enquiry.OutcomesAskedRepresentative);
    }

    [Fact]
    public void AddDesiredOutcome_NoWords_IsRefused()
    {
        var enquiry = Open();

        var error = Assert.Throws<DomainRuleException>(
            () => enquiry.AddDesiredOutcome(Outcome(" "), expressedBy: null, WorkerId, NowUtc, Today));

        Assert.Equal(nameof(DesiredOutcomeDetails.Words), error.Field);
        Assert.Empty(enquiry.DesiredOutcomes);
    }

    [Fact]
    public void AddDesiredOutcome_ByAdvocate_RecordsWhoExpressedIt()
    {
        var enquiry = Open();
        var advocate = Representative.Of(RepresentativeRole.Advocate, "Alex Green");

        var outcome = enquiry.AddDesiredOutcome(Outcome(), advocate, WorkerId, NowUtc, Today);

        Assert.Equal(advocate, outcome.ExpressedBy);
    }

    [Fact]
    public void ChangeDesiredOutcome_NewWords_AppendsVersionAndKeepsHistory()
    {
        var enquiry = Open();
        var outcome = enquiry.AddOutcome("I want Dave to go away");

        enquiry.ChangeDesiredOutcome(1, Outcome("I want Dave to stop asking for money") with
        {
            Category = DesiredOutcomeCategory.HelpToProtectThemselves,
            On = Today,
            Reason = "He wants to stay friends",
        }, WorkerId, NowUtc, Today);

        Assert.Equal(2, outcome.Versions.Count);
        Assert.Equal("I want Dave to stop asking for money", outcome.Words);
        Assert.Equal(Earlier, outcome.ExpressedOn);
        var change = Assert.Single(outcome.History);
        Assert.Equal(Today, change.ChangedOn);
        Assert.Equal("I want Dave to go away", change.FromWords);
        Assert.Equal("I want Dave to stop asking for money", change.ToWords);
        Assert.Equal(DesiredOutcomeCategory.AbuseToStopAndFeelSafer, change.FromCategory);
        Assert.Equal(DesiredOutcomeCategory.HelpToProtectThemselves, change.ToCategory);
        Assert.Equal("He wants to stay friends", change.Reason);
        Assert.True(enquiry.DesiredOutcomesChanged);
    }

    [Fact]
    public void ChangeDesiredOutcome_NoReason_IsRefusedAndKeepsOneVersion()
    {
        var enquiry = Open();
        var outcome = enquiry.AddOutcome();

        var error = Assert.Throws<DomainRuleException>(
            () => enquiry.ChangeDesiredOutcome(1, Outcome("Something else"), WorkerId, NowUtc, Today));

        Assert.Equal(nameof(DesiredOutcomeDetails.Reason), error.Field);
        Assert.Single(outcome.Versions);
    }

    [Fact]
    public void ChangeDesiredOutcome_NothingDifferent_IsRefused()
    {
        var enquiry = Open();
        enquiry.AddOutcome();

        Assert.Throws<DomainRuleException>(
            () => enquiry.ChangeDesiredOutcome(1, Outcome() with { Reason = "Asked again" }, WorkerId, NowUtc, Today));
    }

    [Fact]
    public void WithdrawDesiredOutcome_WithReason_StaysInHistoryButNotCurrent()
    {
        var enquiry = Open();
        var outcome = enquiry.AddOutcome();
        enquiry.AddOutcome("To get my money back", id: 2);

        enquiry.WithdrawDesiredOutcome(1, Today, "The calls stopped on their own", WorkerId, Today);

        Assert.Equal(2, enquiry.DesiredOutcomes.Count);
        Assert.True(outcome.IsWithdrawn);
        Assert.Equal(Today, outcome.WithdrawnOn);
        Assert.Equal("The calls stopped on their own", outcome.WithdrawnReason);
        Assert.Equal(2, Assert.Single(enquiry.CurrentDesiredOutcomes).Id);
        Assert.True(enquiry.DesiredOutcomesChanged);
    }

    [Fact]
    public void WithdrawDesiredOutcome_NoReason_IsRefused()
    {
        var enquiry = Open();
        var outcome = enquiry.AddOutcome();

        Assert.Throws<DomainRuleException>(() => enquiry.WithdrawDesiredOutcome(1, Today, "", WorkerId, Today));
        Assert.False(outcome.IsWithdrawn);
    }

    [Fact]
    public void ChangeDesiredOutcome_Withdrawn_IsRefused()
    {
        var enquiry = Open();
        enquiry.AddOutcome();
        enquiry.WithdrawDesiredOutcome(1, Today, "No longer wanted", WorkerId, Today);

        Assert.Throws<DomainRuleException>(() => enquiry.ChangeDesiredOutcome(
            1, Outcome("New words") with { Reason = "Changed mind" }, WorkerId, NowUtc, Today));
    }

    [Fact]
    public void MarkOutcomeMayNotBeAchievable_WithNote_RecordsWhenExplained()
    {
        var enquiry = Open();
        var outcome = enquiry.AddOutcome("For the police to lock him up");

        enquiry.MarkOutcomeMayNotBeAchievable(1, Today, "Explained the police found no evidence of a crime", Today);

        Assert.True(outcome.MayNotBeAchievable);
        Assert.Equal(Today, outcome.ExplainedMayNotBeAchievableOn);
        Assert.Equal("Explained the police found no evidence of a crime", outcome.MayNotBeAchievableNote);
    }

    [Fact]
    public void MarkOutcomeMayNotBeAchievable_NoNote_IsRefused()
    {
        var enquiry = Open();
        enquiry.AddOutcome();

        var error = Assert.Throws<DomainRuleException>(() => enquiry.MarkOutcomeMayNotBeAchievable(1, Today, null, Today));

        Assert.Equal(nameof(DesiredOutcome.MayNotBeAchievableNote), error.Field);
    }

    [Fact]
    public void DesiredOutcomesChanged_OutcomesAllExpressedTogetherAndUnchanged_IsFalse()
    {
        var enquiry = Open();
        enquiry.AddOutcome();
        enquiry.AddOutcome("To get my money back", id: 2);

        Assert.False(enquiry.DesiredOutcomesChanged);
    }

    [Fact]
    public void DesiredOutcomesChanged_NewOutcomeExpressedLater_IsTrue()
    {
        var enquiry = Open();
        enquiry.AddOutcome();
        enquiry.AddDesiredOutcome(Outcome("Not to feel stupid") with { On = Today }, expressedBy: null, WorkerId, NowUtc, Today);

        Assert.True(enquiry.DesiredOutcomesChanged);
    }

    [Fact]
    public void RecordOutcomesAsked_NoneExpressedWhileOutcomesRecorded_IsRefused()
    {
        var enquiry = Open();
        enquiry.AddOutcome();

        var error = Assert.Throws<DomainRuleException>(
            () => enquiry.RecordOutcomesAsked(DesiredOutcomesAsked.YesButNoneExpressed, representative: null));

        Assert.Equal(nameof(enquiry.OutcomesAsked), error.Field);
    }

    [Fact]
    public void RecordOutcomesAsked_RepresentativeAsked_KeepsWhoWasAsked()
    {
        var enquiry = Open();
        var daughter = Representative.Of(RepresentativeRole.FamilyMember, "Susan Smith");

        enquiry.RecordOutcomesAsked(DesiredOutcomesAsked.YesButNoneExpressed, daughter);

        Assert.Equal(DesiredOutcomesAsked.YesButNoneExpressed, enquiry.OutcomesAsked);
        Assert.Equal(daughter, enquiry.OutcomesAskedRepresentative);
    }

    [Fact]
    public void RecordOutcomesAsked_NotAsked_HasNoRepresentative()
    {
        var enquiry = Open();

        enquiry.RecordOutcomesAsked(DesiredOutcomesAsked.No, Representative.Of(RepresentativeRole.Friend, "Bill"), OutcomesNotAskedReason.Declined);

        Assert.Null(enquiry.OutcomesAskedRepresentative);
        Assert.Equal(OutcomesNotAskedReason.Declined, enquiry.OutcomesNotAskedReason);
    }

    [Fact]
    public void RecordOutcomesAsked_NoWithoutReason_IsRefused()
    {
        var enquiry = Open();

        var error = Assert.Throws<DomainRuleException>(() => enquiry.RecordOutcomesAsked(DesiredOutcomesAsked.No, representative: null));

        Assert.Equal(("Select why the person was not asked", nameof(Enquiry.OutcomesNotAskedReason)), (error.Message, error.Field));
        Assert.Null(enquiry.OutcomesAsked);
    }

    [Fact]
    public void RecordOutcomesAsked_NoForAnotherReason_NeedsDetails()
    {
        var enquiry = Open();

        var error = Assert.Throws<DomainRuleException>(() => enquiry.RecordOutcomesAsked(DesiredOutcomesAsked.No, representative: null, OutcomesNotAskedReason.Other));
        enquiry.RecordOutcomesAsked(DesiredOutcomesAsked.No, representative: null, OutcomesNotAskedReason.Other, "In hospital and too unwell for the whole enquiry");

        Assert.Equal(("Enter why the person was not asked", nameof(Enquiry.OutcomesNotAskedDetails)), (error.Message, error.Field));
        Assert.Equal("In hospital and too unwell for the whole enquiry", enquiry.OutcomesNotAskedDetails);
    }

    [Fact]
    public void RecordOutcomesAsked_AskedAfterNotAsked_ForgetsTheReason()
    {
        var enquiry = Open();
        enquiry.RecordOutcomesAsked(DesiredOutcomesAsked.No, representative: null, OutcomesNotAskedReason.CouldNotBeContacted, "No answer at the door");

        enquiry.RecordOutcomesAsked(DesiredOutcomesAsked.YesButNoneExpressed, representative: null, OutcomesNotAskedReason.CouldNotBeContacted);

        Assert.Null(enquiry.OutcomesNotAskedReason);
        Assert.Null(enquiry.OutcomesNotAskedDetails);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(10)]
    public void RecordFeelingSafeAtStart_ScoreInRange_IsKept(int score)
    {
        var enquiry = Open();

        enquiry.RecordFeelingSafeAtStart(true, score, null);

        Assert.Equal(score, enquiry.FeelingSafeAtStart!.Score);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(11)]
    public void RecordFeelingSafeAtStart_ScoreOutOfRange_IsRefused(int score)
    {
        var enquiry = Open();

        var error = Assert.Throws<DomainRuleException>(() => enquiry.RecordFeelingSafeAtStart(true, score, null));

        Assert.Equal(nameof(FeelingSafe.Score), error.Field);
    }

    [Fact]
    public void RecordFeelingSafeAtStart_NotAskedWithoutReason_IsRefused()
    {
        var enquiry = Open();

        Assert.Throws<DomainRuleException>(() => enquiry.RecordFeelingSafeAtStart(false, null, " "));
    }

    [Fact]
    public void RecordFeelingSafeAtStart_NotAskedWithReason_KeepsReason()
    {
        var enquiry = Open();

        enquiry.RecordFeelingSafeAtStart(false, null, "Too distressed at the first visit");

        Assert.False(enquiry.FeelingSafeAtStart!.WasAsked);
        Assert.Equal("Too distressed at the first visit", enquiry.FeelingSafeAtStart.NotAskedReason);
    }

    [Fact]
    public void Labels_Categories_AreNorfolkListVerbatim()
    {
        Assert.Equal(
            [
                "For the abuse to stop and to feel safer", "To have help to protect themselves in the future",
                "To have help to feel more confident", "For the abuser to stay away from them", "To be involved in what happens next",
                "For people involved in their case to do what they say they will", "For the police to prosecute",
                "To access any support available", "To make more friends", "Something else",
            ],
            Labels.All<DesiredOutcomeCategory>().Select(l => l.Label));
    }

    [Fact]
    public void Labels_OutcomesAsked_AreSacVerbatim()
    {
        Assert.Equal(
            [
                "Yes, they were asked and outcomes were expressed", "Yes, they were asked but no outcomes were expressed",
                "No", "Don't know", "Not recorded",
            ],
            Labels.All<DesiredOutcomesAsked>().Select(l => l.Label));
    }
}
