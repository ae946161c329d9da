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
        var difficult = understanding || retaining || weighing || communicating;

        enquiry.AssessAdvocacy(S68Test(understanding, retaining, weighing, communicating, hasAppropriatePerson && difficult ? SisterId : null));

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

        enquiry.AssessAdvocacy(S68Test(understanding: true, appropriatePersonId: SisterId));

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
    public void RecordNoAdvocacyReferralReason_AdvocateAllocated_IsNotOfferedAndIsRefused()
    {
        var enquiry = Open().WithAdvocacyDuty();
        enquiry.RecordAdvocacyReferral(Referral(), WorkerId, NowUtc, Today).WithId(3);
        enquiry.UpdateReferral(3, Became(ReferralStatus.UnableToAllocate, reason: "No advocate free this week"));

        Assert.True(enquiry.CanRecordNoAdvocacyReferralReason);

        enquiry.UpdateReferral(3, Became(ReferralStatus.Allocated, advocate: "Alex Green"));

        Assert.False(enquiry.CanRecordNoAdvocacyReferralReason);
        var error = Assert.Throws<DomainRuleException>(() => enquiry.RecordNoAdvocacyReferralReason("She has an advocate", WorkerId, NowUtc));
        Assert.Equal(nameof(enquiry.NoAdvocacyReferralReason), error.Field);
        Assert.Null(enquiry.NoAdvocacyReferralReason);
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

        var error = Assert.Throws<DomainRuleException>(() => enquiry.UpdateReferral(3, Became(ReferralStatus.Allocated)));

        Assert.Equal(nameof(ReferralStatusChange.AdvocateName), error.Field);
    }

    [Fact]
    public void AdvocateAsRepresentative_Allocated_SpeaksAsAdvocate()
    {
        var enquiry = Open();
        enquiry.RecordAdvocacyReferral(Referral(), WorkerId, NowUtc, Today).WithId(3);
        enquiry.UpdateReferral(3, Became(ReferralStatus.Allocated, advocate: "Alex Green"));

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
        var daughter = adult.AddImportantPerson("Susan Smith", "Daughter", null, couldBeAppropriatePerson: true).WithId(2).BelongsTo(adult);

        var person = AppropriatePerson.From(daughter, adultId: 7);

        Assert.Equal(2, person.ImportantPersonId);
        Assert.Equal("Susan Smith", person.Name);
    }

    [Fact]
    public void AppropriatePersonFrom_PaidCarer_IsRefused()
    {
        var adult = TestAdults.Create().WithId(7);
        var carer = adult.AddImportantPerson("Pat", "Home carer", null, couldBeAppropriatePerson: false).WithId(2).BelongsTo(adult);

        Assert.Throws<DomainRuleException>(() => AppropriatePerson.From(carer, adultId: 7));
    }

    [Fact]
    public void Labels_ReferralStatus_AreTheListedStatuses()
    {
        Assert.Equal(
            ["Referred", "Accepted", "Allocated", "Declined by the person", "Unable to allocate", "Ended"],
            Labels.All<ReferralStatus>().Select(l => l.Label));
    }

    [Fact]
    public void RecordAdvocacyAssessment_NoSubstantialDifficulty_DoesNotAskAboutAnAppropriatePerson()
    {
        var enquiry = Open();

        var assessment = enquiry.AssessAdvocacy(new AdvocacyAssessmentDetails
        {
            AssessedOn = Earlier,
            HasSubstantialDifficulty = false,
            Difficulties = [SubstantialDifficulty.Understanding],
        });

        Assert.False(assessment.HasSubstantialDifficulty);
        Assert.Empty(assessment.Difficulties);
        Assert.Null(assessment.AppropriatePerson);
        Assert.False(enquiry.AdvocacyDutyApplies);
    }

    [Fact]
    public void RecordAdvocacyAssessment_NothingAnswered_RefusesEveryQuestionAtOnce()
    {
        var enquiry = Open();

        var error = Assert.Throws<DomainRuleException>(() => enquiry.AssessAdvocacy(new AdvocacyAssessmentDetails()));

        Assert.Equal(
            [nameof(AdvocacyAssessment.AssessedOn), nameof(AdvocacyAssessmentDetails.HasSubstantialDifficulty)],
            error.Violations.Select(v => v.Field));
    }

    [Fact]
    public void RecordAdvocacyAssessment_DifficultyWithoutWhereOrAppropriatePerson_AsksForBoth()
    {
        var enquiry = Open();

        var error = Assert.Throws<DomainRuleException>(() => enquiry.AssessAdvocacy(
            new AdvocacyAssessmentDetails { AssessedOn = Earlier, HasSubstantialDifficulty = true }));

        Assert.Equal(
            [
                ("Select what they would have substantial difficulty with", nameof(AdvocacyAssessment.Difficulties)),
                ("Select the appropriate person, or that there is none", nameof(AdvocacyAssessment.AppropriatePerson)),
            ],
            error.Violations.Select(v => (v.Message, v.Field)));
    }

    [Fact]
    public void RecordAdvocacyAssessment_AppropriatePersonPaidCarer_IsRefused()
    {
        var enquiry = Open();

        var error = Assert.Throws<DomainRuleException>(() => enquiry.AssessAdvocacy(S68Test(understanding: true, appropriatePersonId: CarerId)));

        Assert.Equal(nameof(AdvocacyAssessment.AppropriatePerson), error.Field);
    }

    [Fact]
    public void UpdateAdvocacyReferral_UnableToAllocateThenAllocatedThenEnded_KeepsEveryStepAndTheDutyFollows()
    {
        var enquiry = Open().WithAdvocacyDuty();
        enquiry.RecordAdvocacyReferral(Referral() with { ReferredOn = Earlier }, WorkerId, NowUtc, Today).WithId(3);

        enquiry.UpdateReferral(3, Became(ReferralStatus.UnableToAllocate, reason: "No advocate free this month") with { ChangedOn = Earlier.AddDays(1) });
        var outstandingWhileUnallocated = enquiry.AdvocacyDutyOutstanding;
        enquiry.UpdateReferral(3, Became(ReferralStatus.Allocated, advocate: "Alex Green") with { ChangedOn = Earlier.AddDays(3) });
        var outstandingOnceAllocated = enquiry.AdvocacyDutyOutstanding;
        enquiry.UpdateReferral(3, Became(ReferralStatus.Ended));

        var referral = Assert.Single(enquiry.AdvocacyReferrals);
        Assert.True(outstandingWhileUnallocated);
        Assert.False(outstandingOnceAllocated);
        Assert.False(enquiry.AdvocacyDutyOutstanding);
        Assert.Equal(
            [
                (ReferralStatus.Referred, Earlier, null, null),
                (ReferralStatus.UnableToAllocate, Earlier.AddDays(1), null, "No advocate free this month"),
                (ReferralStatus.Allocated, Earlier.AddDays(3), "Alex Green", null),
                (ReferralStatus.Ended, Today, null, null),
            ],
            referral.History.OrderBy(c => c.Number).Select(c => (c.Status, c.ChangedOn, c.AdvocateName, c.Reason)));
        Assert.Equal((ReferralStatus.Ended, Today, "Alex Green"), (referral.Status, referral.StatusOn, referral.AdvocateName));
    }

    [Fact]
    public void UpdateAdvocacyReferral_UnableToAllocateWithoutReason_IsRefused()
    {
        var enquiry = Open();
        enquiry.RecordAdvocacyReferral(Referral(), WorkerId, NowUtc, Today).WithId(3);

        var error = Assert.Throws<DomainRuleException>(() => enquiry.UpdateReferral(3, Became(ReferralStatus.UnableToAllocate)));

        Assert.Equal(("Enter why an advocate could not be allocated", nameof(ReferralStatusChange.Reason)), (error.Message, error.Field));
        Assert.Single(enquiry.AdvocacyReferrals[0].History);
    }

    [Fact]
    public void UpdateAdvocacyReferral_DatedBeforeTheLastChange_IsRefused()
    {
        var enquiry = Open();
        enquiry.RecordAdvocacyReferral(Referral() with { ReferredOn = Earlier }, WorkerId, NowUtc, Today).WithId(3);

        var error = Assert.Throws<DomainRuleException>(
            () => enquiry.UpdateReferral(3, Became(ReferralStatus.Accepted) with { ChangedOn = Earlier.AddDays(-1) }));

        Assert.Equal(nameof(ReferralStatusChange.ChangedOn), error.Field);
        Assert.Equal("Date of the change must be on or after 10 June 2025, when the referral was last updated", error.Message);
    }

    [Fact]
    public void UpdateAdvocacyReferral_Ended_RefusesAnyFurtherChange()
    {
        var enquiry = Open();
        enquiry.RecordAdvocacyReferral(Referral(), WorkerId, NowUtc, Today).WithId(3);
        enquiry.UpdateReferral(3, Became(ReferralStatus.Ended));

        var error = Assert.Throws<DomainRuleException>(() => enquiry.UpdateReferral(3, Became(ReferralStatus.Allocated, advocate: "Alex Green")));

        Assert.Equal("This referral has ended. Record a new referral if the adult needs an advocate again", error.Message);
    }

    [Theory]
    [InlineData(ReferralStatus.UnableToAllocate, true)]
    [InlineData(ReferralStatus.DeclinedByPerson, true)]
    [InlineData(ReferralStatus.Accepted, false)]
    [InlineData(ReferralStatus.Ended, false)]
    public void AdvocacyDutyOutstanding_CareActReferralThatWentNowhere_IsOutstandingAgain(ReferralStatus status, bool outstanding)
    {
        var enquiry = Open().WithAdvocacyDuty();
        enquiry.RecordAdvocacyReferral(Referral(), WorkerId, NowUtc, Today).WithId(3);

        enquiry.UpdateReferral(3, Became(status, reason: "No advocate free"));

        Assert.Equal(outstanding, enquiry.AdvocacyDutyOutstanding);
    }
}
