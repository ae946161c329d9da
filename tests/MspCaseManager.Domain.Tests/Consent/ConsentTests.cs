using MspCaseManager.Domain.Consent;
using MspCaseManager.Domain.Enquiries;
using static MspCaseManager.Domain.Tests.Enquiries.TestEnquiries;

namespace MspCaseManager.Domain.Tests.Consent;

public class ConsentTests
{
    [Fact]
    public void RecordConsent_Yes_IsCurrent()
    {
        var enquiry = Open();

        var record = enquiry.RecordConsent(ConsentAnswered(), WorkerId, NowUtc, Today);

        Assert.Same(record, enquiry.CurrentConsent);
        Assert.Equal(ConsentAnswer.Yes, record.Answer);
        Assert.Empty(record.LawfulReasons);
    }

    [Fact]
    public void RecordConsent_NoAndContinuingWithoutLawfulReason_IsRefused()
    {
        var enquiry = Open();

        var error = Assert.Throws<DomainRuleException>(() => enquiry.RecordConsent(
            ConsentAnswered(ConsentAnswer.No) with { ContinueWithoutConsent = true, ToldWhyOn = Today }, WorkerId, NowUtc, Today));

        Assert.Equal(nameof(ConsentRecord.LawfulReasons), error.Field);
        Assert.Empty(enquiry.ConsentRecords);
    }

    [Fact]
    public void RecordConsent_NoAndContinuingWithoutDateTold_IsRefused()
    {
        var enquiry = Open();

        var error = Assert.Throws<DomainRuleException>(() => enquiry.RecordConsent(
            ConsentAnswered(ConsentAnswer.No) with { ContinueWithoutConsent = true, LawfulReasons = [LawfulReason.OthersAtRisk] },
            WorkerId, NowUtc, Today));

        Assert.Equal(nameof(ConsentRecord.ToldWhyOn), error.Field);
    }

    [Fact]
    public void RecordConsent_NoAndContinuingWithReasonAndDateTold_IsKept()
    {
        var enquiry = Open();

        var record = enquiry.RecordConsent(ConsentAnswered(ConsentAnswer.No) with
        {
            ContinueWithoutConsent = true,
            LawfulReasons = [LawfulReason.CoercionOrUndueInfluence, LawfulReason.Crime, LawfulReason.Crime],
            ToldWhyOn = Today,
        }, WorkerId, NowUtc, Today);

        Assert.True(record.ContinueWithoutConsent);
        Assert.Equal([LawfulReason.CoercionOrUndueInfluence, LawfulReason.Crime], record.LawfulReasons);
        Assert.Equal(Today, record.ToldWhyOn);
        Assert.False(record.IsRefusedWithoutLawfulReason);
    }

    [Fact]
    public void RecordConsent_YesWithLawfulReasons_DropsThem()
    {
        var enquiry = Open();

        var record = enquiry.RecordConsent(ConsentAnswered() with { LawfulReasons = [LawfulReason.PublicInterest] }, WorkerId, NowUtc, Today);

        Assert.Empty(record.LawfulReasons);
    }

    [Fact]
    public void RecordConsent_AnswerChanges_KeepsEarlierAnswer()
    {
        var enquiry = Open();
        var first = enquiry.RecordConsent(ConsentAnswered(ConsentAnswer.No), WorkerId, NowUtc, Today);

        var second = enquiry.RecordConsent(ConsentAnswered(), WorkerId, NowUtc, Today);

        Assert.Equal([first, second], enquiry.ConsentRecords);
        Assert.Same(second, enquiry.CurrentConsent);
    }

    [Fact]
    public void RecordConsent_SharingWithoutAgencies_IsRefused()
    {
        var enquiry = Open();

        var error = Assert.Throws<DomainRuleException>(() => enquiry.RecordConsent(
            ConsentAnswered() with { ConsentsToShareInformation = true, SharingAgencies = [" "] }, WorkerId, NowUtc, Today));

        Assert.Equal(nameof(ConsentRecord.SharingAgencies), error.Field);
    }

    [Fact]
    public void RecordConsent_SharingWithNamedAgencies_KeepsThem()
    {
        var enquiry = Open();

        var record = enquiry.RecordConsent(ConsentAnswered() with
        {
            ConsentsToShareInformation = true,
            SharingAgencies = ["Norfolk Constabulary", " Barclays fraud team ", "norfolk constabulary"],
        }, WorkerId, NowUtc, Today);

        Assert.Equal(["Norfolk Constabulary", "Barclays fraud team"], record.SharingAgencies);
    }

    [Fact]
    public void Labels_LawfulReasons_AreTheSixReasons()
    {
        Assert.Equal(
            [
                "Others are at risk", "A crime has been or may be committed", "The person lacks capacity to decide",
                "Coercion or undue influence", "Vital interests", "Public interest",
            ],
            Labels.All<LawfulReason>().Select(l => l.Label));
    }

    [Fact]
    public void RecordConsent_NothingAnswered_RefusesEveryQuestionAtOnce()
    {
        var enquiry = Open();

        var error = Assert.Throws<DomainRuleException>(() => enquiry.RecordConsent(new ConsentDetails(), WorkerId, NowUtc, Today));

        Assert.Equal(
            [
                new RuleViolation("Select whether the adult consents to the enquiry", nameof(ConsentRecord.Answer)),
                new RuleViolation("Enter the date the adult was asked", nameof(ConsentRecord.AskedOn)),
                new RuleViolation("Select whether the adult consents to information being shared", nameof(ConsentRecord.ConsentsToShareInformation)),
            ],
            error.Violations);
        Assert.Empty(enquiry.ConsentRecords);
    }

    [Fact]
    public void RecordConsent_NoWithoutSayingWhetherContinuing_IsRefused()
    {
        var error = Assert.Throws<DomainRuleException>(() => Open().RecordConsent(
            ConsentAnswered(ConsentAnswer.No) with { ContinueWithoutConsent = null }, WorkerId, NowUtc, Today));

        Assert.Equal(nameof(ConsentRecord.ContinueWithoutConsent), error.Field);
    }

    [Fact]
    public void RecordConsent_UnableToDecide_ContinuesBecauseTheyLackCapacityAndSharingFollowsCapacity()
    {
        var enquiry = Open();

        var record = enquiry.RecordConsent(
            new ConsentDetails { Answer = ConsentAnswer.UnableToDecide, AskedOn = Earlier }, WorkerId, NowUtc, Today);

        Assert.True(record.ContinueWithoutConsent);
        Assert.Equal([LawfulReason.LacksCapacity], record.LawfulReasons);
        Assert.False(record.IsRefusedWithoutLawfulReason);
        Assert.True(record.SharingFollowsCapacity);
        Assert.Null(record.ConsentsToShareInformation);
        Assert.DoesNotContain(OutstandingDuty.ConsentRefusedWithoutLawfulReason, enquiry.OutstandingDuties());
    }

    [Fact]
    public void RecordConsent_UnableToDecideWithASharingAnswer_KeepsNoAnswerTheyCouldNotGive()
    {
        var record = Open().RecordConsent(
            ConsentAnswered(ConsentAnswer.UnableToDecide) with { ConsentsToShareInformation = true, SharingAgencies = ["Police"] },
            WorkerId, NowUtc, Today);

        Assert.Null(record.ConsentsToShareInformation);
        Assert.Empty(record.SharingAgencies);
    }

    [Fact]
    public void RecordConsent_YesOrNo_StillAsksAboutSharing()
    {
        var error = Assert.Throws<DomainRuleException>(() => Open().RecordConsent(
            ConsentAnswered() with { ConsentsToShareInformation = null }, WorkerId, NowUtc, Today));

        Assert.Equal(nameof(ConsentRecord.ConsentsToShareInformation), error.Field);
    }
}
