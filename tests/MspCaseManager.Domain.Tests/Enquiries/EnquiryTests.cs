using MspCaseManager.Domain.Concerns;
using MspCaseManager.Domain.Enquiries;
using MspCaseManager.Domain.Tests.Concerns;
using MspCaseManager.Domain.Tests.People;

namespace MspCaseManager.Domain.Tests.Enquiries;

public class EnquiryTests
{
    private static readonly DateOnly Today = TestConcerns.Today;
    private static readonly DateTime NowUtc = TestConcerns.NowUtc;

    private static Enquiry OpenEnquiry()
    {
        var concern = TestConcerns.Create().WithId(11);
        concern.Decide(TestConcerns.Section42);
        return concern.Authorise()!;
    }

    [Fact]
    public void AuthoriseDecision_Section42_OpensUnallocatedEnquiryInConcernsTeam()
    {
        var concern = TestConcerns.Create().WithId(11);
        concern.Decide(TestConcerns.Section42);

        var enquiry = concern.Authorise(startedOn: new DateOnly(2025, 6, 3))!;

        Assert.Equal(EnquiryType.Section42, enquiry.Type);
        Assert.Equal(11, enquiry.ConcernId);
        Assert.Equal(TestConcerns.AdultId, enquiry.AdultId);
        Assert.Equal(TestConcerns.TeamId, enquiry.TeamId);
        Assert.Equal(new DateOnly(2025, 6, 3), enquiry.StartedOn);
        Assert.Equal(Today, enquiry.OpenedOn);
        Assert.Equal(NowUtc, enquiry.OpenedAtUtc);
        Assert.Equal(EnquiryStatus.Open, enquiry.Status);
        Assert.False(enquiry.IsAllocated);
    }

    [Fact]
    public void AuthoriseDecision_LateOnASummerEvening_OpensOnTheUkDate()
    {
        var concern = TestConcerns.Create();
        concern.Decide(TestConcerns.Section42);

        // 23:30 UTC on 15 June is 00:30 BST on 16 June.
        var enquiry = concern.AuthoriseDecision(
            new DecisionAuthorisation { StartedOn = TestConcerns.ReceivedOn }, TestConcerns.ManagerId,
            new DateTime(2025, 6, 15, 23, 30, 0, DateTimeKind.Utc), new DateOnly(2025, 6, 16))!;

        Assert.Equal(new DateOnly(2025, 6, 16), enquiry.OpenedOn);
        Assert.Equal(new DateOnly(2025, 6, 16), concern.CurrentDecision!.ReviewedOn);
    }

    [Fact]
    public void AuthoriseDecision_WorkerChosen_AllocatesTheEnquiry()
    {
        var concern = TestConcerns.Create();
        concern.Decide(TestConcerns.Section42);

        var enquiry = concern.AuthoriseDecision(
            new DecisionAuthorisation { StartedOn = Today, AllocateTo = "worker-9" }, TestConcerns.ManagerId, NowUtc, Today)!;

        Assert.Equal("worker-9", enquiry.AllocatedWorkerId);
        Assert.Equal(NowUtc, enquiry.AllocatedAtUtc);
    }

    [Fact]
    public void AuthoriseDecision_OtherEnquiry_OpensOtherSafeguardingEnquiry()
    {
        var concern = TestConcerns.Create();
        concern.Decide(TestConcerns.OtherEnquiry);

        var enquiry = concern.Authorise()!;

        Assert.Equal(EnquiryType.OtherSafeguarding, enquiry.Type);
    }

    [Fact]
    public void AuthoriseDecision_NoEnquiry_OpensNoneAndNeedsNoStartDate()
    {
        var concern = TestConcerns.Create();
        concern.Decide(TestConcerns.NoEnquiry);

        var enquiry = concern.AuthoriseDecision(new DecisionAuthorisation(), TestConcerns.ManagerId, NowUtc, Today);

        Assert.Null(enquiry);
        Assert.Equal(ConcernStatus.ClosedNoEnquiry, concern.Status);
    }

    [Fact]
    public void AuthoriseDecision_NoStartDateAndOverlongComments_RefusesBothAndChangesNothing()
    {
        var concern = TestConcerns.Create();
        var decision = concern.Decide(TestConcerns.Section42);

        var error = Assert.Throws<DomainRuleException>(() => concern.AuthoriseDecision(
            new DecisionAuthorisation { Comments = new string('x', Concern.NarrativeMaxLength + 1) }, TestConcerns.ManagerId, NowUtc, Today));

        Assert.Equal(
            [("Enter the date the enquiry started", nameof(Enquiry.StartedOn)), ($"Comments must be {Concern.NarrativeMaxLength} characters or fewer", nameof(S42Decision.ManagerComments))],
            error.Violations.Select(v => (v.Message, v.Field)));
        Assert.Equal(DecisionStatus.AwaitingAuthorisation, decision.Status);
    }

    [Theory]
    [InlineData(2025, 6, 1, "Date the enquiry started must be on or after the date the concern was received")]
    [InlineData(2025, 6, 16, "Date the enquiry started must be today or in the past")]
    public void AuthoriseDecision_StartDateOutsideConcernAndToday_IsRefused(int year, int month, int day, string message)
    {
        var concern = TestConcerns.Create();
        var decision = concern.Decide(TestConcerns.Section42);

        var error = Assert.Throws<DomainRuleException>(() => concern.Authorise(new DateOnly(year, month, day)));

        Assert.Equal(message, error.Message);
        Assert.Equal(nameof(Enquiry.StartedOn), error.Field);
        Assert.Equal(DecisionStatus.AwaitingAuthorisation, decision.Status);
    }

    [Fact]
    public void AuthoriseDecision_StartedTheDayTheConcernCameIn_IsAccepted()
    {
        var concern = TestConcerns.Create();
        concern.Decide(TestConcerns.Section42);

        Assert.Equal(TestConcerns.ReceivedOn, concern.Authorise(TestConcerns.ReceivedOn)!.StartedOn);
    }

    private const string Manager = TestConcerns.ManagerId;

    [Fact]
    public void Allocate_Worker_IsAllocatedWithTimeAndHistory()
    {
        var enquiry = OpenEnquiry();

        enquiry.Allocate("worker-2", null, Manager, NowUtc);

        Assert.Equal("worker-2", enquiry.AllocatedWorkerId);
        Assert.Equal(NowUtc, enquiry.AllocatedAtUtc);
        Assert.True(enquiry.IsAllocated);
        var first = Assert.Single(enquiry.Allocations);
        Assert.Equal((1, "worker-2", (string?)null, Manager, NowUtc), (first.Number, first.WorkerId, first.Reason, first.AllocatedByUserId, first.AllocatedAtUtc));
    }

    [Fact]
    public void Allocate_AnotherWorkerWithReason_ReallocatesAndKeepsHistory()
    {
        var enquiry = OpenEnquiry();
        enquiry.Allocate("worker-2", null, Manager, NowUtc);

        enquiry.Allocate("worker-3", "Sam is on long-term leave", Manager, NowUtc.AddDays(1));

        Assert.Equal("worker-3", enquiry.AllocatedWorkerId);
        Assert.Equal(NowUtc.AddDays(1), enquiry.AllocatedAtUtc);
        Assert.Equal(["worker-2", "worker-3"], enquiry.Allocations.Select(a => a.WorkerId));
        Assert.Equal("Sam is on long-term leave", enquiry.Allocations[1].Reason);
    }

    [Fact]
    public void Allocate_AnotherWorkerWithoutReason_IsRefusedAndChangesNothing()
    {
        var enquiry = OpenEnquiry();
        enquiry.Allocate("worker-2", null, Manager, NowUtc);

        var error = Assert.Throws<DomainRuleException>(() => enquiry.Allocate("worker-3", " ", Manager, NowUtc));

        Assert.Equal(("Enter why the enquiry is being reallocated", nameof(Allocation.Reason)), (error.Message, error.Field));
        Assert.Equal("worker-2", enquiry.AllocatedWorkerId);
        Assert.Single(enquiry.Allocations);
    }

    [Fact]
    public void Allocate_SameWorkerAgain_ChangesNothing()
    {
        var enquiry = OpenEnquiry();
        enquiry.Allocate("worker-2", null, Manager, NowUtc);

        enquiry.Allocate("worker-2", null, Manager, NowUtc.AddDays(1));

        Assert.Equal(NowUtc, enquiry.AllocatedAtUtc);
        Assert.Single(enquiry.Allocations);
    }

    [Fact]
    public void Allocate_NoWorker_IsRefused()
    {
        var enquiry = OpenEnquiry();

        var error = Assert.Throws<DomainRuleException>(() => enquiry.Allocate(" ", null, Manager, NowUtc));

        Assert.Equal(nameof(Enquiry.AllocatedWorkerId), error.Field);
        Assert.False(enquiry.IsAllocated);
    }

    [Fact]
    public void Deallocate_AllocatedWithReason_ReturnsToTeamQueueWithHistory()
    {
        var enquiry = OpenEnquiry();
        enquiry.Allocate("worker-2", null, Manager, NowUtc);

        enquiry.Deallocate("Sam has left the team", Manager, NowUtc);

        Assert.Null(enquiry.AllocatedWorkerId);
        Assert.Null(enquiry.AllocatedAtUtc);
        Assert.Equal(EnquiryStatus.Open, enquiry.Status);
        Assert.Null(enquiry.Allocations[^1].WorkerId);
        Assert.Equal("Sam has left the team", enquiry.Allocations[^1].Reason);
    }

    [Fact]
    public void Deallocate_WithoutReason_IsRefused()
    {
        var enquiry = OpenEnquiry();
        enquiry.Allocate("worker-2", null, Manager, NowUtc);

        var error = Assert.Throws<DomainRuleException>(() => enquiry.Deallocate(null, Manager, NowUtc));

        Assert.Equal(nameof(Allocation.Reason), error.Field);
        Assert.Equal("worker-2", enquiry.AllocatedWorkerId);
    }
}
