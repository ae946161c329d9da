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
        Assert.Equal(RiskType.PhysicalAbuse, Assert.Single(concern.RiskTypes).RiskType);
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
    public void Constructor_NoRiskTypes_IsRefused()
    {
        var error = Assert.Throws<DomainRuleException>(() => TestConcerns.Create(d => d with { RiskTypes = [] }));

        Assert.Equal("Select at least one type of risk", error.Message);
        Assert.Equal(nameof(Concern.RiskTypes), error.Field);
    }

    [Fact]
    public void Constructor_RepeatedRiskType_IsKeptOnce()
    {
        var concern = TestConcerns.Create(d => d with
        {
            RiskTypes = [RiskType.FinancialOrMaterialAbuse, RiskType.NeglectAndActsOfOmission, RiskType.FinancialOrMaterialAbuse],
        });

        Assert.Equal(
            [RiskType.FinancialOrMaterialAbuse, RiskType.NeglectAndActsOfOmission],
            concern.RiskTypes.Select(r => r.RiskType));
    }

    [Fact]
    public void UpdateDetails_ChangedRiskTypes_KeepsRowsStillChosen()
    {
        var concern = TestConcerns.Create(d => d with { RiskTypes = [RiskType.PhysicalAbuse, RiskType.DomesticAbuse] });
        var domestic = concern.RiskTypes[1];

        concern.UpdateDetails(TestConcerns.Details with { RiskTypes = [RiskType.DomesticAbuse, RiskType.SelfNeglect] }, Today);

        Assert.Equal([RiskType.DomesticAbuse, RiskType.SelfNeglect], concern.RiskTypes.Select(r => r.RiskType));
        Assert.Same(domestic, concern.RiskTypes[0]);
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
            TestConcerns.Details with { WhatHappened = "Changed", RiskTypes = [] }, Today));

        Assert.Equal(TestConcerns.Details.WhatHappened, concern.WhatHappened);
        Assert.Single(concern.RiskTypes);
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
            TestConcerns.Details with { ReceivedOn = TestConcerns.Section42.DecidedOn.AddDays(1) }, Today));

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
