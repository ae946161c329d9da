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
        var concern = TestConcerns.WithAuthorisedDecision().WithId(11);
        return Enquiry.OpenFrom(concern, concern.CurrentDecision!, Today, NowUtc);
    }

    [Fact]
    public void OpenFrom_AuthorisedSection42_OpensUnallocatedInConcernsTeam()
    {
        var concern = TestConcerns.WithAuthorisedDecision().WithId(11);

        var enquiry = Enquiry.OpenFrom(concern, concern.CurrentDecision!, Today, NowUtc);

        Assert.Equal(EnquiryType.Section42, enquiry.Type);
        Assert.Equal(11, enquiry.ConcernId);
        Assert.Equal(TestConcerns.AdultId, enquiry.AdultId);
        Assert.Equal(TestConcerns.TeamId, enquiry.TeamId);
        Assert.Equal(Today, enquiry.OpenedOn);
        Assert.Equal(NowUtc, enquiry.OpenedAtUtc);
        Assert.Equal(EnquiryStatus.Open, enquiry.Status);
        Assert.False(enquiry.IsAllocated);
    }

    [Fact]
    public void OpenFrom_AuthorisedOtherEnquiry_OpensOtherSafeguardingEnquiry()
    {
        var concern = TestConcerns.WithAuthorisedDecision(TestConcerns.OtherEnquiry);

        var enquiry = Enquiry.OpenFrom(concern, concern.CurrentDecision!, Today, NowUtc);

        Assert.Equal(EnquiryType.OtherSafeguarding, enquiry.Type);
    }

    [Fact]
    public void OpenFrom_AuthorisedNoEnquiry_IsRefused()
    {
        var concern = TestConcerns.WithAuthorisedDecision(TestConcerns.NoEnquiry);

        Assert.Throws<DomainRuleException>(() => Enquiry.OpenFrom(concern, concern.CurrentDecision!, Today, NowUtc));
    }

    [Fact]
    public void OpenFrom_DecisionAwaitingAuthorisation_IsRefused()
    {
        var concern = TestConcerns.Create();
        var decision = concern.Decide(TestConcerns.Section42);

        Assert.Throws<DomainRuleException>(() => Enquiry.OpenFrom(concern, decision, Today, NowUtc));
    }

    [Fact]
    public void OpenFrom_ReturnedDecision_IsRefused()
    {
        var concern = TestConcerns.Create();
        var decision = concern.Decide(TestConcerns.Section42);
        concern.ReturnDecision(TestConcerns.ManagerId, NowUtc, "Say more about the bruising");

        Assert.Throws<DomainRuleException>(() => Enquiry.OpenFrom(concern, decision, Today, NowUtc));
    }

    [Fact]
    public void OpenFrom_DecisionOnAnotherConcern_IsRefused()
    {
        var concern = TestConcerns.Create();
        var other = TestConcerns.WithAuthorisedDecision();

        Assert.Throws<DomainRuleException>(() => Enquiry.OpenFrom(concern, other.CurrentDecision!, Today, NowUtc));
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
