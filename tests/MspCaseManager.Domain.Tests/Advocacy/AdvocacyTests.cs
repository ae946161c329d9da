using MspCaseManager.Domain.Advocacy;
using MspCaseManager.Domain.Outcomes;
using MspCaseManager.Domain.Tests.People;
using static MspCaseManager.Domain.Tests.Enquiries.TestEnquiries;

namespace MspCaseManager.Domain.Tests.Advocacy;

public class AdvocacyTests
{
    /// <summary>Every combination of the four difficulties, with and without an appropriate person.</summary>
    public static TheoryData<bool, bool, bool, bool, bool> TruthTable()
    {
        var data = new TheoryData<bool, bool, bool, bool, bool>();
        for (var bits = 0; bits < 16; bits++)
        {
            foreach (var appropriatePerson in new[] { false, true })
            {
                data.Add((bits & 1) != 0, (bits & 2) != 0, (bits & 4) != 0, (bits & 8) != 0, appropriatePerson);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(TruthTable))]
    public void AdvocacyDutyApplies_TruthTable_AnyDifficultyAndNoAppropriatePerson(
        bool understanding, bool retaining, bool weighing, bool communicating, bool hasAppropriatePerson)
    {
        var enquiry = Open();
        var person = hasAppropriatePerson ? AppropriatePerson.Named("Susan Smith") : null;

        enquiry.RecordAdvocacyAssessment(
            S68Test(understanding, retaining, weighing, communicating, person), WorkerId, NowUtc, Today);

        var expected = (understanding || retaining || weighing || communicating) && !hasAppropriatePerson;
        Assert.Equal(expected, enquiry.AdvocacyDutyApplies);
        Assert.Equal(expected, enquiry.AdvocacyDutyOutstanding);
    }

    [Fact]
    public void AdvocacyDutyApplies_NoAssessment_IsFalse() => Assert.False(Open().AdvocacyDutyApplies);

    [Fact]
    public void AdvocacyDutyApplies_LatestAssessmentFindsAppropriatePerson_NoLongerApplies()
    {
        var enquiry = Open().WithAdvocacyDuty();

        enquiry.RecordAdvocacyAssessment(S68Test(understanding: true, appropriatePerson: AppropriatePerson.Named("Susan")),
            WorkerId, NowUtc, Today);

        Assert.Equal(2, enquiry.AdvocacyAssessments.Count);
        Assert.False(enquiry.AdvocacyDutyApplies);
    }

    [Theory]
    [InlineData(AdvocacyType.CareActAdvocate, false)]
    [InlineData(AdvocacyType.Imca, false)]
    [InlineData(AdvocacyType.Imha, true)]
    [InlineData(AdvocacyType.NonStatutory, true)]
    public void AdvocacyDutyOutstanding_AfterReferral_ClearsOnlyForCareActAdvocateOrImca(AdvocacyType type, bool stillOutstanding)
    {
        var enquiry = Open().WithAdvocacyDuty();

        enquiry.RecordAdvocacyReferral(Referral(type), WorkerId, NowUtc, Today);

        Assert.True(enquiry.AdvocacyDutyApplies);
        Assert.Equal(stillOutstanding, enquiry.AdvocacyDutyOutstanding);
    }

    [Fact]
    public void AdvocacyDutyOutstanding_ReasonForNoReferral_Clears()
    {
        var enquiry = Open().WithAdvocacyDuty();

        enquiry.RecordNoAdvocacyReferralReason("His sister is flying back and will support him from Monday", WorkerId, NowUtc);

        Assert.False(enquiry.AdvocacyDutyOutstanding);
    }

    [Fact]
    public void RecordNoAdvocacyReferralReason_Blank_IsRefused()
    {
        var enquiry = Open().WithAdvocacyDuty();

        var error = Assert.Throws<DomainRuleException>(() => enquiry.RecordNoAdvocacyReferralReason(" ", WorkerId, NowUtc));

        Assert.Equal(nameof(enquiry.NoAdvocacyReferralReason), error.Field);
    }

    [Fact]
    public void RecordAdvocacyReferral_Valid_IsReferred()
    {
        var enquiry = Open();

        var referral = enquiry.RecordAdvocacyReferral(Referral(), WorkerId, NowUtc, Today);

        Assert.Equal(ReferralStatus.Referred, referral.Status);
        Assert.Equal("POhWER", referral.Provider);
        Assert.Equal(Earlier, referral.ReferredOn);
    }

    [Fact]
    public void UpdateAdvocacyReferral_AllocatedWithoutName_IsRefused()
    {
        var enquiry = Open();
        enquiry.RecordAdvocacyReferral(Referral(), WorkerId, NowUtc, Today).WithId(3);

        var error = Assert.Throws<DomainRuleException>(
            () => enquiry.UpdateAdvocacyReferral(3, ReferralStatus.Allocated, Today, null, Today));

        Assert.Equal(nameof(AdvocacyReferral.AdvocateName), error.Field);
    }

    [Fact]
    public void AdvocateAsRepresentative_Allocated_SpeaksAsAdvocate()
    {
        var enquiry = Open();
        enquiry.RecordAdvocacyReferral(Referral(), WorkerId, NowUtc, Today).WithId(3);
        enquiry.UpdateAdvocacyReferral(3, ReferralStatus.Allocated, Today, "Alex Green", Today);

        var representative = enquiry.AdvocateAsRepresentative(3);

        Assert.Equal(Representative.Of(RepresentativeRole.Advocate, "Alex Green"), representative);
    }

    [Fact]
    public void AdvocateAsRepresentative_NotYetAllocated_IsRefused()
    {
        var enquiry = Open();
        enquiry.RecordAdvocacyReferral(Referral(AdvocacyType.Imca), WorkerId, NowUtc, Today).WithId(3);

        Assert.Throws<DomainRuleException>(() => enquiry.AdvocateAsRepresentative(3));
    }

    [Fact]
    public void AppropriatePersonFrom_ImportantPersonWhoCouldBe_IsPicked()
    {
        var adult = TestAdults.Create().WithId(7);
        var daughter = adult.AddImportantPerson("Susan Smith", "Daughter", null, couldBeAppropriatePerson: true).WithId(2);
        SetAdultId(daughter, 7);

        var person = AppropriatePerson.From(daughter, adultId: 7);

        Assert.Equal(2, person.ImportantPersonId);
        Assert.Equal("Susan Smith", person.Name);
    }

    [Fact]
    public void AppropriatePersonFrom_PaidCarer_IsRefused()
    {
        var adult = TestAdults.Create().WithId(7);
        var carer = adult.AddImportantPerson("Pat", "Home carer", null, couldBeAppropriatePerson: false).WithId(2);
        SetAdultId(carer, 7);

        Assert.Throws<DomainRuleException>(() => AppropriatePerson.From(carer, adultId: 7));
    }

    [Fact]
    public void Labels_ReferralStatus_AreTheListedStatuses()
    {
        Assert.Equal(
            ["Referred", "Accepted", "Allocated", "Declined by the person", "Unable to allocate"],
            Labels.All<ReferralStatus>().Select(l => l.Label));
    }

    /// <summary>The database sets the foreign key when the adult is saved.</summary>
    private static void SetAdultId(Domain.People.ImportantPerson person, int adultId) =>
        typeof(Domain.People.ImportantPerson).GetProperty(nameof(person.AdultId))!.SetValue(person, adultId);
}
