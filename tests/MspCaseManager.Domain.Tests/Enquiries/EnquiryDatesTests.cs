using MspCaseManager.Domain.Advocacy;
using MspCaseManager.Domain.CaseNotes;
using MspCaseManager.Domain.Consent;
using MspCaseManager.Domain.Enquiries;
using MspCaseManager.Domain.Outcomes;
using MspCaseManager.Domain.Plans;
using MspCaseManager.Domain.Tests.Concerns;
using MspCaseManager.Domain.Tests.People;
using static MspCaseManager.Domain.Tests.Enquiries.TestEnquiries;

namespace MspCaseManager.Domain.Tests.Enquiries;

/// <summary>The one rule every date recorded in an enquiry follows.</summary>
public class EnquiryDatesTests
{
    [Fact]
    public void OpenFrom_Concern_KeepsTheDateTheConcernWasReceived() =>
        Assert.Equal(TestConcerns.ReceivedOn, Open().ConcernReceivedOn);

    [Theory]
    [InlineData(-1, "Date of the referral must be on or after 2 June 2025, when the concern was received")]
    [InlineData(14, "Date of the referral must be today or in the past")]
    public void Required_OutsideTheEnquiry_IsRefusedWithTheDateNamed(int daysAfterConcern, string message)
    {
        var dates = Open().Dates(Today);
        var check = new RuleCheck();

        var date = dates.Required(check, TestConcerns.ReceivedOn.AddDays(daysAfterConcern), "date of the referral", "ReferredOn");

        Assert.Null(date);
        Assert.Equal([new RuleViolation(message, "ReferredOn")], Refusals(check));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(13)]
    public void Required_FromTheConcernToToday_IsTheDate(int daysAfterConcern)
    {
        var check = new RuleCheck();

        var date = Open().Dates(Today).Required(check, TestConcerns.ReceivedOn.AddDays(daysAfterConcern), "date of the referral", "ReferredOn");

        Assert.Equal(TestConcerns.ReceivedOn.AddDays(daysAfterConcern), date);
        Assert.True(check.IsValid);
    }

    [Fact]
    public void Required_Missing_AsksForIt()
    {
        var check = new RuleCheck();

        Open().Dates(Today).Required(check, null, "date of the referral", "ReferredOn");

        Assert.Equal([new RuleViolation("Enter the date of the referral", "ReferredOn")], Refusals(check));
    }

    [Fact]
    public void Optional_Missing_IsAllowed()
    {
        var check = new RuleCheck();

        Assert.Null(Open().Dates(Today).Optional(check, null, "date of the referral", "ReferredOn"));
        Assert.True(check.IsValid);
    }

    /// <summary>Every section's dates follow it: a referral dated before the concern is refused like an assessment is.</summary>
    [Fact]
    public void RecordAdvocacyReferral_BeforeTheConcernWasReceived_IsRefused()
    {
        var enquiry = Open();

        var error = Assert.Throws<DomainRuleException>(() => enquiry.RecordAdvocacyReferral(
            Referral() with { ReferredOn = TestConcerns.ReceivedOn.AddDays(-1) }, WorkerId, NowUtc, Today));

        Assert.Equal(nameof(AdvocacyReferral.ReferredOn), error.Field);
        Assert.Empty(enquiry.AdvocacyReferrals);
    }

    [Fact]
    public void RecordConsent_AskedBeforeTheConcernWasReceivedAndToldTomorrow_RefusesBothWithTheDatesNamed()
    {
        var enquiry = Open();

        var error = Assert.Throws<DomainRuleException>(() => enquiry.RecordConsent(
            ConsentAnswered(ConsentAnswer.No) with
            {
                AskedOn = TestConcerns.ReceivedOn.AddDays(-1),
                ContinueWithoutConsent = true,
                LawfulReasons = [LawfulReason.OthersAtRisk],
                ToldWhyOn = Today.AddDays(1),
            },
            WorkerId, NowUtc, Today));

        Assert.Equal(
            [
                new RuleViolation("Date the adult was asked must be on or after 2 June 2025, when the concern was received", nameof(ConsentRecord.AskedOn)),
                new RuleViolation("Date the person was told why the enquiry is continuing must be today or in the past", nameof(ConsentRecord.ToldWhyOn)),
            ],
            error.Violations);
        Assert.Empty(enquiry.ConsentRecords);
    }

    /// <summary>Each verb that records a date, dated the day before the concern was received, and the field it names.</summary>
    public static TheoryData<string, string> DatedVerbs => new()
    {
        { "desired outcome", nameof(DesiredOutcomeDetails.On) },
        { "change of a desired outcome", nameof(DesiredOutcomeDetails.On) },
        { "explained it may not be achievable", nameof(DesiredOutcome.ExplainedMayNotBeAchievableOn) },
        { "outcome withdrawn", nameof(DesiredOutcome.WithdrawnOn) },
        { "plan action completed", nameof(PlanAction.CompletedOn) },
        { "meeting", nameof(SafeguardingMeeting.HeldOn) },
        { "case note", nameof(CaseNote.OccurredOn) },
        { "outcomes review", nameof(OutcomesReview.ReviewedOn) },
    };

    private static void Record(Enquiry enquiry, string what, DateOnly on)
    {
        switch (what)
        {
            case "desired outcome":
                enquiry.AddDesiredOutcome(Outcome() with { On = on }, expressedBy: null, WorkerId, NowUtc, Today);
                break;
            case "change of a desired outcome":
                enquiry.ChangeDesiredOutcome(1, Outcome("I want to stay at home") with { On = on, Reason = "She thought again" }, WorkerId, NowUtc, Today);
                break;
            case "explained it may not be achievable":
                enquiry.MarkOutcomeMayNotBeAchievable(1, on, "Explained the bank may not refund it all", Today);
                break;
            case "outcome withdrawn":
                enquiry.WithdrawDesiredOutcome(1, on, "She no longer wants it", WorkerId, Today);
                break;
            case "plan action completed":
                enquiry.UpdatePlanAction(1, ActionDetails with { Status = PlanActionStatus.Completed, CompletedOn = on }, Today);
                break;
            case "meeting":
                enquiry.RecordMeeting(Meeting with { HeldOn = on }, Today);
                break;
            case "case note":
                enquiry.WriteCaseNote(Note() with { OccurredOn = on }, WorkerId, NowUtc, Today);
                break;
            case "outcomes review":
                enquiry.RecordOutcomesReview(ReviewByAdult((1, OutcomeAchievement.FullyAchieved)) with { ReviewedOn = on }, WorkerId, NowUtc, Today);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(what), what, null);
        }
    }

    private static Enquiry WithAnOutcomeAndAnAction()
    {
        var enquiry = Open();
        enquiry.AddDesiredOutcome(Outcome() with { On = TestConcerns.ReceivedOn }, expressedBy: null, WorkerId, NowUtc, Today).WithId(1);
        enquiry.AddPlanAction(ActionDetails, Today).WithId(1);
        return enquiry;
    }

    [Theory]
    [MemberData(nameof(DatedVerbs))]
    public void DatedVerb_BeforeTheConcernWasReceived_IsRefusedByTheOneRule(string what, string field)
    {
        var enquiry = WithAnOutcomeAndAnAction();

        var error = Assert.Throws<DomainRuleException>(() => Record(enquiry, what, TestConcerns.ReceivedOn.AddDays(-1)));

        Assert.Equal(field, error.Field);
        Assert.EndsWith("must be on or after 2 June 2025, when the concern was received", error.Violations.Single(v => v.Field == field).Message);
    }

    [Theory]
    [MemberData(nameof(DatedVerbs))]
    public void DatedVerb_InTheFuture_IsRefusedByTheOneRule(string what, string field)
    {
        var enquiry = WithAnOutcomeAndAnAction();

        var error = Assert.Throws<DomainRuleException>(() => Record(enquiry, what, Today.AddDays(1)));

        Assert.EndsWith("must be today or in the past", error.Violations.Single(v => v.Field == field).Message);
    }

    [Theory]
    [MemberData(nameof(DatedVerbs))]
    public void DatedVerb_OnTheDayTheConcernWasReceived_IsKept(string what, string field)
    {
        _ = field;
        var enquiry = WithAnOutcomeAndAnAction();

        Record(enquiry, what, TestConcerns.ReceivedOn);
    }

    private static List<RuleViolation> Refusals(RuleCheck check)
    {
        try
        {
            check.ThrowIfAny();
            return [];
        }
        catch (DomainRuleException ex)
        {
            return [.. ex.Violations];
        }
    }
}
