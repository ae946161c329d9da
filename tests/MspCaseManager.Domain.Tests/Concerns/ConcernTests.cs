using MspCaseManager.Domain.Concerns;

namespace MspCaseManager.Domain.Tests.Concerns;

public class ConcernTests
{
    private static readonly DateOnly Today = TestConcerns.Today;

    [Fact]
    public void Constructor_ValidDetails_IsReceived()
    {
        var concern = TestConcerns.Create();

        Assert.Equal(TestConcerns.AdultId, concern.AdultId);
        Assert.Equal(TestConcerns.TeamId, concern.TeamId);
        Assert.Equal("Jo Bloggs", concern.ReferrerName);
        var allegation = Assert.Single(concern.Allegations);
        Assert.Equal((1, RiskType.PhysicalAbuse, RiskLocation.OwnHome, RiskSource.OtherKnownToIndividual), (allegation.Number, allegation.Type, allegation.Location, allegation.Source));
        Assert.Equal(ReferralSource.HealthPrimaryCommunity, concern.ReferralSource);
        Assert.Equal(AbuseArea.ThisCouncil, concern.AbuseOccurredIn);
        Assert.Equal(TestConcerns.WorkerId, concern.RecordedByUserId);
        Assert.Equal(ConcernStatus.Received, concern.Status);
        Assert.Null(concern.CurrentDecision);
    }

    [Fact]
    public void Constructor_ReceivedToday_IsAllowed()
    {
        var concern = TestConcerns.Create(d => d with { ReceivedOn = Today });

        Assert.Equal(Today, concern.ReceivedOn);
    }

    [Fact]
    public void Constructor_ReceivedInFuture_IsRefused()
    {
        var error = Assert.Throws<DomainRuleException>(
            () => TestConcerns.Create(d => d with { ReceivedOn = Today.AddDays(1) }));

        Assert.Equal("Date the concern was received must be today or in the past", error.Message);
        Assert.Equal(nameof(Concern.ReceivedOn), error.Field);
    }

    [Fact]
    public void Constructor_NoReceivedDate_IsRefused()
    {
        var error = Assert.Throws<DomainRuleException>(() => TestConcerns.Create(d => d with { ReceivedOn = default }));

        Assert.Equal("Enter the date the concern was received", error.Message);
    }

    [Fact]
    public void Constructor_NoAdult_IsRefused()
    {
        var error = Assert.Throws<DomainRuleException>(() => new Concern(
            0, TestConcerns.TeamId, TestConcerns.Details, TestConcerns.WorkerId, TestConcerns.NowUtc, Today));

        Assert.Equal(nameof(Concern.AdultId), error.Field);
    }

    [Fact]
    public void Constructor_LocalRecordedTime_IsRefused()
    {
        Assert.Throws<ArgumentException>(() => new Concern(
            TestConcerns.AdultId, TestConcerns.TeamId, TestConcerns.Details, TestConcerns.WorkerId,
            new DateTime(2025, 6, 15, 10, 0, 0, DateTimeKind.Local), Today));
    }

    [Fact]
    public void Constructor_NamedReferrerWithoutName_IsRefused()
    {
        var error = Assert.Throws<DomainRuleException>(() => TestConcerns.Create(d => d with { ReferrerName = " " }));

        Assert.Equal("Enter the referrer's name", error.Message);
        Assert.Equal(nameof(Concern.ReferrerName), error.Field);
    }

    [Fact]
    public void Constructor_AnonymousReferrer_KeepsNoNameOrContact()
    {
        var concern = TestConcerns.Create(d => d with { ReferrerIsAnonymous = true, ReferrerRole = "Neighbour" });

        Assert.True(concern.ReferrerIsAnonymous);
        Assert.Null(concern.ReferrerName);
        Assert.Null(concern.ReferrerContact);
        Assert.Equal("Neighbour", concern.ReferrerRole);
    }

    [Fact]
    public void Constructor_NoWhatHappened_IsRefused()
    {
        var error = Assert.Throws<DomainRuleException>(() => TestConcerns.Create(d => d with { WhatHappened = "" }));

        Assert.Equal("Enter what happened", error.Message);
        Assert.Equal(nameof(Concern.WhatHappened), error.Field);
    }

    [Fact]
    public void Constructor_NoAllegations_IsRefused()
    {
        var error = Assert.Throws<DomainRuleException>(() => TestConcerns.Create(d => d with { Allegations = [] }));

        Assert.Equal("Add at least one allegation: the type, location and source of the risk", error.Message);
        Assert.Equal(nameof(Concern.Allegations), error.Field);
    }

    [Fact]
    public void Constructor_AllegationsPartlyAnswered_RefusesEachMissingAnswerNamingItsAllegation()
    {
        var error = Assert.Throws<DomainRuleException>(() => TestConcerns.Create(d => d with
        {
            Allegations =
            [
                new AllegationDetails(RiskType.PhysicalAbuse, RiskLocation.OwnHome, RiskSource.ServiceProvider),
                new AllegationDetails(null, RiskLocation.OwnHome, null),
            ],
        }));

        Assert.Equal(
            [("Select the type of risk for allegation 2", "Allegations[1].Type"), ("Select the source of risk for allegation 2", "Allegations[1].Source")],
            error.Violations.Select(v => (v.Message, v.Field)));
    }

    [Fact]
    public void Constructor_SameTypeFromDifferentSources_KeepsBothAllegations()
    {
        var concern = TestConcerns.Create(d => d with
        {
            Allegations =
            [
                new AllegationDetails(RiskType.PhysicalAbuse, RiskLocation.OwnHome, RiskSource.ServiceProvider),
                new AllegationDetails(RiskType.FinancialOrMaterialAbuse, RiskLocation.OwnHome, RiskSource.OtherKnownToIndividual),
                new AllegationDetails(RiskType.PhysicalAbuse, RiskLocation.InTheCommunity, RiskSource.OtherUnknownToIndividual),
            ],
        });

        Assert.Equal(
            [(1, RiskType.PhysicalAbuse, RiskSource.ServiceProvider), (2, RiskType.FinancialOrMaterialAbuse, RiskSource.OtherKnownToIndividual), (3, RiskType.PhysicalAbuse, RiskSource.OtherUnknownToIndividual)],
            concern.Allegations.Select(a => (a.Number, a.Type, a.Source)));
    }

    [Fact]
    public void Constructor_AllegationRepeatedExactly_IsRefused()
    {
        var same = new AllegationDetails(RiskType.PhysicalAbuse, RiskLocation.OwnHome, RiskSource.ServiceProvider);

        var error = Assert.Throws<DomainRuleException>(() => TestConcerns.Create(d => d with { Allegations = [same, same] }));

        Assert.Equal("Allegation 2 is the same as allegation 1: change it or remove it", error.Message);
        Assert.Equal("Allegations[1].Type", error.Field);
    }

    [Fact]
    public void UpdateDetails_FewerAllegations_ChangesInPlaceAndDropsTheRest()
    {
        var concern = TestConcerns.Create(d => d with
        {
            Allegations =
            [
                new AllegationDetails(RiskType.PhysicalAbuse, RiskLocation.OwnHome, RiskSource.ServiceProvider),
                new AllegationDetails(RiskType.DomesticAbuse, RiskLocation.OwnHome, RiskSource.OtherKnownToIndividual),
            ],
        });
        var first = concern.Allegations[0];

        concern.UpdateDetails(TestConcerns.Details with
        {
            Allegations = [new AllegationDetails(RiskType.SelfNeglect, RiskLocation.OwnHome, RiskSource.OtherKnownToIndividual)],
        }, Today);

        Assert.Same(first, Assert.Single(concern.Allegations));
        Assert.Equal(RiskType.SelfNeglect, first.Type);
    }

    [Fact]
    public void Constructor_AbuseInAnotherArea_NeedsTheCouncilsName()
    {
        var error = Assert.Throws<DomainRuleException>(() => TestConcerns.Create(d => d with { AbuseOccurredIn = AbuseArea.AnotherCouncil }));
        var concern = TestConcerns.Create(d => d with { AbuseOccurredIn = AbuseArea.AnotherCouncil, OtherCouncilName = " Suffolk County Council " });

        Assert.Equal(("Enter the name of the council where the abuse occurred", nameof(Concern.OtherCouncilName)), (error.Message, error.Field));
        Assert.Equal("Suffolk County Council", concern.OtherCouncilName);
        Assert.False(Concern.CountsInThisCouncilsReturn.IsSatisfiedBy(concern));
    }

    [Fact]
    public void Constructor_AbuseHere_ForgetsAnyCouncilNameAndCountsInTheReturn()
    {
        var concern = TestConcerns.Create(d => d with { OtherCouncilName = "Suffolk" });

        Assert.Null(concern.OtherCouncilName);
        Assert.True(Concern.CountsInThisCouncilsReturn.IsSatisfiedBy(concern));
    }

    [Fact]
    public void Constructor_NothingAnswered_RefusesEveryQuestionAtOnce()
    {
        var error = Assert.Throws<DomainRuleException>(() => new Concern(
            TestConcerns.AdultId, TestConcerns.TeamId, new ConcernDetails(), TestConcerns.WorkerId, TestConcerns.NowUtc, Today));

        Assert.Equal(
            [
                "Enter the date the concern was received", "Select how the concern was received", "Select who raised the concern",
                "Enter the referrer's name", "Enter what happened", "Add at least one allegation: the type, location and source of the risk",
                "Select where the abuse occurred", "Select whether the referrer spoke to the adult", "Select the adult's view of the concern",
                "Select whether anyone else is at risk",
            ],
            error.Violations.Select(v => v.Message));
    }

    [Theory]
    [InlineData(OthersAtRisk.OtherAdults)]
    [InlineData(OthersAtRisk.Children)]
    [InlineData(OthersAtRisk.OtherAdultsAndChildren)]
    public void Constructor_OthersAtRiskWithoutDetails_IsRefused(OthersAtRisk othersAtRisk)
    {
        var error = Assert.Throws<DomainRuleException>(
            () => TestConcerns.Create(d => d with { OthersAtRisk = othersAtRisk, OthersAtRiskDetails = " " }));

        Assert.Equal(nameof(Concern.OthersAtRiskDetails), error.Field);
    }

    [Fact]
    public void Constructor_NoOthersAtRisk_DropsDetails()
    {
        var concern = TestConcerns.Create(d => d with { OthersAtRisk = OthersAtRisk.No, OthersAtRiskDetails = "Leftover" });

        Assert.Null(concern.OthersAtRiskDetails);
    }

    [Theory]
    [InlineData(AdultViewOfConcern.DoesNotWant, "Enter why the adult does not want the concern raised")]
    [InlineData(AdultViewOfConcern.CouldNotSay, "Enter why the adult could not say")]
    [InlineData(AdultViewOfConcern.NotAsked, "Enter why the adult was not asked")]
    public void Constructor_AdultViewWithoutReason_IsRefused(AdultViewOfConcern view, string message)
    {
        var error = Assert.Throws<DomainRuleException>(
            () => TestConcerns.Create(d => d with { AdultViewOfConcern = view, AdultViewReason = null }));

        Assert.Equal(message, error.Message);
        Assert.Equal(nameof(Concern.AdultViewReason), error.Field);
    }

    [Fact]
    public void Constructor_AdultWantsConcernRaised_NeedsNoReason()
    {
        var concern = TestConcerns.Create(d => d with { AdultViewOfConcern = AdultViewOfConcern.WantsRaised, AdultViewReason = null });

        Assert.Null(concern.AdultViewReason);
    }

    [Fact]
    public void Constructor_PoliceNotInvolved_DropsCrimeReference()
    {
        var concern = TestConcerns.Create(d => d with { PoliceInvolved = false, CrimeReference = "CR123" });

        Assert.Null(concern.CrimeReference);
    }

    [Fact]
    public void UpdateDetails_InvalidChange_LeavesConcernUnchanged()
    {
        var concern = TestConcerns.Create();

        Assert.Throws<DomainRuleException>(() => concern.UpdateDetails(
            TestConcerns.Details with { WhatHappened = "Changed", Allegations = [] }, Today));

        Assert.Equal(TestConcerns.Details.WhatHappened, concern.WhatHappened);
        Assert.Single(concern.Allegations);
    }

    [Fact]
    public void UpdateDetails_WhileDecisionAwaitingAuthorisation_IsAllowed()
    {
        var concern = TestConcerns.Create();
        concern.Decide(TestConcerns.Section42);

        concern.UpdateDetails(TestConcerns.Details with { WhatHappened = "Corrected" }, Today);

        Assert.Equal("Corrected", concern.WhatHappened);
    }

    [Fact]
    public void UpdateDetails_ReceivedAfterAwaitingDecisionDate_IsRefused()
    {
        var concern = TestConcerns.Create();
        concern.Decide(TestConcerns.Section42);

        var error = Assert.Throws<DomainRuleException>(() => concern.UpdateDetails(
            TestConcerns.Details with { ReceivedOn = TestConcerns.Section42.DecidedOn!.Value.AddDays(1) }, Today));

        Assert.Equal(nameof(Concern.ReceivedOn), error.Field);
    }

    [Fact]
    public void UpdateDetails_AfterDecisionAuthorised_IsRefused()
    {
        var concern = TestConcerns.WithAuthorisedDecision();

        Assert.Throws<DomainRuleException>(() => concern.UpdateDetails(TestConcerns.Details with { WhatHappened = "Late edit" }, Today));

        Assert.Equal(TestConcerns.Details.WhatHappened, concern.WhatHappened);
    }
}
