using MspCaseManager.Domain.Concerns;

namespace MspCaseManager.Domain.Tests.Concerns;

public class S42DecisionTests
{
    private static readonly DateTime NowUtc = TestConcerns.NowUtc;
    private const string ManagerId = TestConcerns.ManagerId;

    [Fact]
    public void RecordDecision_AllCriteriaMetSection42_AwaitsAuthorisation()
    {
        var concern = TestConcerns.Create();

        var decision = concern.Decide(TestConcerns.Section42);

        Assert.Equal(1, decision.Number);
        Assert.True(decision.AllCriteriaMet);
        Assert.Equal(DecisionStatus.AwaitingAuthorisation, decision.Status);
        Assert.Equal(TestConcerns.WorkerId, decision.DecidedByUserId);
        Assert.Same(decision, concern.CurrentDecision);
        Assert.Equal(ConcernStatus.AwaitingAuthorisation, concern.Status);
    }

    [Theory]
    [InlineData(EnquiryRoute.OtherSafeguardingEnquiry)]
    [InlineData(EnquiryRoute.NoEnquiry)]
    public void RecordDecision_AllCriteriaMetButNotSection42_IsRefused(EnquiryRoute route)
    {
        var concern = TestConcerns.Create();

        var error = Assert.Throws<DomainRuleException>(() => concern.Decide(TestConcerns.NoEnquiry with
        {
            ExperiencingOrAtRiskOfAbuse = true,
            Route = route,
        }));

        Assert.Equal("All three s42(1) criteria are met, so this must be a Section 42 enquiry", error.Message);
        Assert.Equal(nameof(S42Decision.Route), error.Field);
        Assert.Empty(concern.Decisions);
    }

    [Theory]
    [InlineData(false, true, true)]
    [InlineData(true, false, true)]
    [InlineData(true, true, false)]
    public void RecordDecision_ACriterionNotMetButSection42_IsRefused(bool needs, bool abuse, bool unable)
    {
        var concern = TestConcerns.Create();

        var error = Assert.Throws<DomainRuleException>(() => concern.Decide(TestConcerns.Section42 with
        {
            NeedsCareAndSupport = needs,
            ExperiencingOrAtRiskOfAbuse = abuse,
            UnableToProtectThemselves = unable,
        }));

        Assert.Equal(nameof(S42Decision.Route), error.Field);
    }

    [Fact]
    public void RecordDecision_NotAllMetOtherEnquiry_IsAccepted()
    {
        var concern = TestConcerns.Create();

        var decision = concern.Decide(TestConcerns.OtherEnquiry with { NoEnquiryOutcome = NoEnquiryOutcome.Signposted });

        Assert.Equal(EnquiryRoute.OtherSafeguardingEnquiry, decision.Route);
        Assert.Null(decision.NoEnquiryOutcome);
        Assert.True(decision.LeadsToEnquiry);
    }

    [Theory]
    [InlineData(nameof(S42Decision.NeedsCareAndSupportReason))]
    [InlineData(nameof(S42Decision.ExperiencingOrAtRiskOfAbuseReason))]
    [InlineData(nameof(S42Decision.UnableToProtectThemselvesReason))]
    public void RecordDecision_NoReasonForACriterion_IsRefused(string field)
    {
        var concern = TestConcerns.Create();
        var details = field switch
        {
            nameof(S42Decision.NeedsCareAndSupportReason) => TestConcerns.Section42 with { NeedsCareAndSupportReason = " " },
            nameof(S42Decision.ExperiencingOrAtRiskOfAbuseReason) => TestConcerns.Section42 with { ExperiencingOrAtRiskOfAbuseReason = null },
            _ => TestConcerns.Section42 with { UnableToProtectThemselvesReason = "" },
        };

        var error = Assert.Throws<DomainRuleException>(() => concern.Decide(details));

        Assert.Equal(field, error.Field);
    }

    [Fact]
    public void RecordDecision_NoEnquiryWithoutOutcome_IsRefused()
    {
        var concern = TestConcerns.Create();

        var error = Assert.Throws<DomainRuleException>(() => concern.Decide(TestConcerns.NoEnquiry with { NoEnquiryOutcome = null }));

        Assert.Equal(nameof(S42Decision.NoEnquiryOutcome), error.Field);
    }

    [Theory]
    [InlineData(NoEnquiryOutcome.Signposted)]
    [InlineData(NoEnquiryOutcome.ReferredToAnotherAgency)]
    public void RecordDecision_SignpostedOrReferredWithoutService_IsRefused(NoEnquiryOutcome outcome)
    {
        var concern = TestConcerns.Create();

        var error = Assert.Throws<DomainRuleException>(() => concern.Decide(
            TestConcerns.NoEnquiry with { NoEnquiryOutcome = outcome, SignpostedOrReferredTo = " " }));

        Assert.Equal("Enter the name of the service", error.Message);
        Assert.Equal(nameof(S42Decision.SignpostedOrReferredTo), error.Field);
    }

    [Fact]
    public void RecordDecision_SignpostedWithService_IsAccepted()
    {
        var concern = TestConcerns.Create();

        var decision = concern.Decide(TestConcerns.NoEnquiry with
        {
            NoEnquiryOutcome = NoEnquiryOutcome.Signposted,
            SignpostedOrReferredTo = "Age UK Norfolk",
        });

        Assert.Equal("Age UK Norfolk", decision.SignpostedOrReferredTo);
    }

    [Fact]
    public void RecordDecision_NoEnquiryWithoutFeedbackDate_IsRefused()
    {
        var concern = TestConcerns.Create();

        var error = Assert.Throws<DomainRuleException>(() => concern.Decide(
            TestConcerns.NoEnquiry with { ReferrerFeedbackGivenOn = null, ReferrerFeedbackMethod = null }));

        Assert.Equal("Enter the date feedback was given to the referrer", error.Message);
        Assert.Equal(nameof(S42Decision.ReferrerFeedbackGivenOn), error.Field);
    }

    [Fact]
    public void RecordDecision_NoEnquiryWithoutFeedbackMethod_IsRefused()
    {
        var concern = TestConcerns.Create();

        var error = Assert.Throws<DomainRuleException>(() => concern.Decide(TestConcerns.NoEnquiry with { ReferrerFeedbackMethod = null }));

        Assert.Equal(nameof(S42Decision.ReferrerFeedbackMethod), error.Field);
    }

    [Fact]
    public void RecordDecision_FeedbackBeforeDecisionDate_IsRefused()
    {
        var concern = TestConcerns.Create();
        var details = TestConcerns.NoEnquiry;

        var error = Assert.Throws<DomainRuleException>(() => concern.Decide(
            details with { ReferrerFeedbackGivenOn = details.DecidedOn!.Value.AddDays(-1) }));

        Assert.Equal("Date feedback was given must be on or after the decision date", error.Message);
    }

    [Fact]
    public void RecordDecision_FeedbackInFuture_IsRefused()
    {
        var concern = TestConcerns.Create();

        var error = Assert.Throws<DomainRuleException>(() => concern.Decide(
            TestConcerns.NoEnquiry with { ReferrerFeedbackGivenOn = TestConcerns.Today.AddDays(1) }));

        Assert.Equal(nameof(S42Decision.ReferrerFeedbackGivenOn), error.Field);
    }

    [Fact]
    public void RecordDecision_NoEnquiryAnonymousReferrer_NeedsAndKeepsNoFeedback()
    {
        var concern = TestConcerns.Create(d => d with { ReferrerIsAnonymous = true });

        var decision = concern.Decide(TestConcerns.NoEnquiry with
        {
            ReferrerFeedbackGivenOn = null,
            ReferrerFeedbackMethod = FeedbackMethod.Letter,
            ReferrerFeedbackNote = "Should not be kept",
        });

        Assert.Null(decision.ReferrerFeedbackGivenOn);
        Assert.Null(decision.ReferrerFeedbackMethod);
        Assert.Null(decision.ReferrerFeedbackNote);
    }

    [Fact]
    public void RecordDecision_DecidedBeforeConcernReceived_IsRefused()
    {
        var concern = TestConcerns.Create();

        var error = Assert.Throws<DomainRuleException>(() => concern.Decide(
            TestConcerns.Section42 with { DecidedOn = TestConcerns.ReceivedOn.AddDays(-1) }));

        Assert.Equal("Decision date must be on or after the date the concern was received", error.Message);
        Assert.Equal(nameof(S42Decision.DecidedOn), error.Field);
    }

    [Fact]
    public void RecordDecision_DecidedInFuture_IsRefused()
    {
        var concern = TestConcerns.Create();

        var error = Assert.Throws<DomainRuleException>(() => concern.Decide(
            TestConcerns.Section42 with { DecidedOn = TestConcerns.Today.AddDays(1) }));

        Assert.Equal("Decision date must be today or in the past", error.Message);
    }

    [Fact]
    public void RecordDecision_WhileAnotherAwaitsAuthorisation_IsRefused()
    {
        var concern = TestConcerns.Create();
        concern.Decide(TestConcerns.Section42);

        Assert.Throws<DomainRuleException>(() => concern.Decide(TestConcerns.Section42));

        Assert.Single(concern.Decisions);
    }

    [Fact]
    public void RecordDecision_AfterOneAuthorised_IsRefused()
    {
        var concern = TestConcerns.WithAuthorisedDecision();

        Assert.Throws<DomainRuleException>(() => concern.Decide(TestConcerns.Section42));

        Assert.Single(concern.Decisions);
    }

    [Fact]
    public void ReturnDecision_ThenResubmit_KeepsHistory()
    {
        var concern = TestConcerns.Create();
        var first = concern.Decide(TestConcerns.NoEnquiry);
        concern.ReturnDecision(ManagerId, NowUtc, "The bruising needs an enquiry: think again about (b)");

        var second = concern.Decide(TestConcerns.Section42);

        Assert.Equal([first, second], concern.Decisions);
        Assert.Equal(DecisionStatus.Returned, first.Status);
        Assert.Equal("The bruising needs an enquiry: think again about (b)", first.ManagerComments);
        Assert.Equal(ManagerId, first.ReviewedByUserId);
        Assert.Equal(2, second.Number);
        Assert.Same(second, concern.CurrentDecision);
        Assert.Equal(ConcernStatus.AwaitingAuthorisation, concern.Status);
    }

    [Fact]
    public void ReturnDecision_Returned_StatusIsDecisionReturned()
    {
        var concern = TestConcerns.Create();
        concern.Decide(TestConcerns.Section42);

        concern.ReturnDecision(ManagerId, NowUtc, "Add what the adult said");

        Assert.Equal(ConcernStatus.DecisionReturned, concern.Status);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    public void ReturnDecision_WithoutComments_IsRefused(string? comments)
    {
        var concern = TestConcerns.Create();
        var decision = concern.Decide(TestConcerns.Section42);

        var error = Assert.Throws<DomainRuleException>(() => concern.ReturnDecision(ManagerId, NowUtc, comments));

        Assert.Equal("Enter why you are returning the decision", error.Message);
        Assert.Equal(nameof(S42Decision.ManagerComments), error.Field);
        Assert.Equal(DecisionStatus.AwaitingAuthorisation, decision.Status);
    }

    [Fact]
    public void AuthoriseOrReturnDecision_ByWhoeverMadeIt_IsRefusedAndStaysAwaiting()
    {
        var concern = TestConcerns.Create();
        concern.Decide(TestConcerns.Section42);

        var authorise = Assert.Throws<DomainRuleException>(() => concern.Authorise(atUtc: NowUtc, by: TestConcerns.WorkerId));
        var giveBack = Assert.Throws<DomainRuleException>(() => concern.ReturnDecision(TestConcerns.WorkerId, NowUtc, "Please look again"));

        Assert.Equal("You made this decision, so another team manager must review it", authorise.Message);
        Assert.Equal(authorise.Message, giveBack.Message);
        Assert.Equal(ConcernStatus.AwaitingAuthorisation, concern.Status);
    }

    [Fact]
    public void AuthoriseDecision_WithoutComments_AuthorisesAndRecordsManager()
    {
        var concern = TestConcerns.Create();
        concern.Decide(TestConcerns.Section42);

        concern.Authorise();
        var decision = concern.CurrentDecision!;

        Assert.Equal(DecisionStatus.Authorised, decision.Status);
        Assert.Equal(ManagerId, decision.ReviewedByUserId);
        Assert.Equal(NowUtc, decision.ReviewedAtUtc);
        Assert.Null(decision.ManagerComments);
        Assert.Equal(ConcernStatus.EnquiryOpened, concern.Status);
    }

    [Fact]
    public void AuthoriseDecision_NoEnquiry_ClosesConcern()
    {
        var concern = TestConcerns.WithAuthorisedDecision(TestConcerns.NoEnquiry);

        Assert.Equal(ConcernStatus.ClosedNoEnquiry, concern.Status);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public void AuthoriseDecision_NoManager_IsRefused(string managerUserId)
    {
        var concern = TestConcerns.Create();
        var decision = concern.Decide(TestConcerns.Section42);

        Assert.Throws<DomainRuleException>(() => concern.Authorise(by: managerUserId));

        Assert.Equal(DecisionStatus.AwaitingAuthorisation, decision.Status);
    }

    [Fact]
    public void AuthoriseDecision_NothingAwaiting_IsRefused()
    {
        var concern = TestConcerns.Create();

        Assert.Throws<DomainRuleException>(() => concern.Authorise());
    }

    [Fact]
    public void AuthoriseDecision_AlreadyAuthorised_IsRefused()
    {
        var concern = TestConcerns.WithAuthorisedDecision();

        Assert.Throws<DomainRuleException>(() => concern.Authorise(by: "manager-2"));

        Assert.Equal(ManagerId, concern.CurrentDecision!.ReviewedByUserId);
    }
}
