using MspCaseManager.Domain.Advocacy;
using MspCaseManager.Domain.Capacity;
using MspCaseManager.Domain.Consent;
using MspCaseManager.Domain.Tests.People;
using static MspCaseManager.Domain.Tests.Enquiries.TestEnquiries;

namespace MspCaseManager.Domain.Tests.Capacity;

public class SacCapacityTests
{
    [Fact]
    public void DerivedSacCapacity_NothingInDoubt_CapacityPresumed()
    {
        Assert.Equal(new SacCapacityAnswer(SacLackedCapacity.No, null), Open().DerivedSacCapacity);
    }

    [Fact]
    public void DerivedSacCapacity_UnableToDecideAndNotAssessed_DontKnow()
    {
        var enquiry = Open();
        enquiry.RecordConsent(ConsentAnswered(ConsentAnswer.UnableToDecide), WorkerId, NowUtc, Today);

        Assert.Equal(SacLackedCapacity.DontKnow, enquiry.DerivedSacCapacity.LackedCapacity);
    }

    [Fact]
    public void DerivedSacCapacity_AssessedWithCapacity_No()
    {
        var enquiry = Open();
        enquiry.AssessCapacity(HasCapacity);

        Assert.Equal(new SacCapacityAnswer(SacLackedCapacity.No, null), enquiry.DerivedSacCapacity);
    }

    [Fact]
    public void DerivedSacCapacity_LacksCapacityNoAdvocacyRecorded_YesSupportDontKnow()
    {
        var enquiry = Open();
        enquiry.AssessCapacity(LacksCapacity);

        Assert.Equal(new SacCapacityAnswer(SacLackedCapacity.Yes, SacCapacitySupport.DontKnow), enquiry.DerivedSacCapacity);
    }

    [Fact]
    public void DerivedSacCapacity_LacksCapacityAdvocateAllocated_YesSupported()
    {
        var enquiry = Open().WithAdvocacyDuty();
        enquiry.AssessCapacity(LacksCapacity);
        enquiry.RecordAdvocacyReferral(Referral(), WorkerId, NowUtc, Today).WithId(3);
        enquiry.UpdateReferral(3, Became(ReferralStatus.Allocated, advocate: "Alex Green"));

        Assert.Equal(new SacCapacityAnswer(SacLackedCapacity.Yes, SacCapacitySupport.Yes), enquiry.DerivedSacCapacity);
    }

    [Fact]
    public void DerivedSacCapacity_LacksCapacityAdvocateUnableToAllocate_YesNotSupported()
    {
        var enquiry = Open().WithAdvocacyDuty();
        enquiry.AssessCapacity(LacksCapacity);
        enquiry.RecordAdvocacyReferral(Referral(), WorkerId, NowUtc, Today).WithId(3);
        enquiry.UpdateReferral(3, Became(ReferralStatus.UnableToAllocate, reason: "No advocate free"));

        Assert.Equal(new SacCapacityAnswer(SacLackedCapacity.Yes, SacCapacitySupport.No), enquiry.DerivedSacCapacity);
    }

    [Fact]
    public void ConfirmSacCapacity_DifferentWithoutReason_IsRefused()
    {
        var enquiry = Open();

        var error = Assert.Throws<DomainRuleException>(
            () => enquiry.ConfirmSacCapacity(SacLackedCapacity.DontKnow, null, null, WorkerId, NowUtc));

        Assert.Equal(nameof(enquiry.SacCapacityOverrideReason), error.Field);
        Assert.Equal(SacLackedCapacity.No, enquiry.SacCapacity.LackedCapacity);
    }

    [Fact]
    public void ConfirmSacCapacity_DifferentWithReason_IsReported()
    {
        var enquiry = Open();

        enquiry.ConfirmSacCapacity(SacLackedCapacity.Yes, SacCapacitySupport.Yes, "Assessed by the hospital; copy on file", WorkerId, NowUtc);

        Assert.Equal(new SacCapacityAnswer(SacLackedCapacity.Yes, SacCapacitySupport.Yes), enquiry.SacCapacity);
        Assert.Equal(SacLackedCapacity.No, enquiry.DerivedSacCapacity.LackedCapacity);
    }

    [Fact]
    public void ConfirmSacCapacity_YesWithoutSupportAnswer_IsRefused()
    {
        var error = Assert.Throws<DomainRuleException>(
            () => Open().ConfirmSacCapacity(SacLackedCapacity.Yes, null, "Reason", WorkerId, NowUtc));

        Assert.Equal("SacCapacitySupportOverride", error.Field);
    }

    [Fact]
    public void ConfirmSacCapacity_SameAsDerived_StaysDerived()
    {
        var enquiry = Open();
        enquiry.ConfirmSacCapacity(SacLackedCapacity.DontKnow, null, "Records lost", WorkerId, NowUtc);

        enquiry.ConfirmSacCapacity(SacLackedCapacity.No, null, null, WorkerId, NowUtc);

        Assert.Null(enquiry.SacLackedCapacityOverride);
        Assert.Null(enquiry.SacCapacityOverrideReason);
        enquiry.AssessCapacity(LacksCapacity);
        Assert.Equal(SacLackedCapacity.Yes, enquiry.SacCapacity.LackedCapacity);
    }

    [Fact]
    public void Labels_SacCapacity_AreSacVerbatim()
    {
        Assert.Equal(
            ["Yes, they lacked capacity", "No, they did not lack capacity", "Don't know", "Not recorded"],
            Labels.All<SacLackedCapacity>().Select(l => l.Label));
        Assert.Equal(["Yes", "No", "Don't know", "Not recorded"], Labels.All<SacCapacitySupport>().Select(l => l.Label));
    }
}
