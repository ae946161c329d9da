using MspCaseManager.Domain.Advocacy;
using MspCaseManager.Domain.Consent;
using MspCaseManager.Domain.Tests.Concerns;
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
