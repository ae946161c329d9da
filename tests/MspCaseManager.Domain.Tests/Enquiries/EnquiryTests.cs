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

    [Fact]
    public void Allocate_Worker_IsAllocatedWithTime()
    {
        var enquiry = OpenEnquiry();

        enquiry.Allocate("worker-2", NowUtc);

        Assert.Equal("worker-2", enquiry.AllocatedWorkerId);
        Assert.Equal(NowUtc, enquiry.AllocatedAtUtc);
        Assert.True(enquiry.IsAllocated);
    }

    [Fact]
    public void Allocate_AnotherWorker_Reallocates()
    {
        var enquiry = OpenEnquiry();
        enquiry.Allocate("worker-2", NowUtc);

        enquiry.Allocate("worker-3", NowUtc.AddDays(1));

        Assert.Equal("worker-3", enquiry.AllocatedWorkerId);
        Assert.Equal(NowUtc.AddDays(1), enquiry.AllocatedAtUtc);
    }

    [Fact]
    public void Allocate_SameWorkerAgain_KeepsOriginalTime()
    {
        var enquiry = OpenEnquiry();
        enquiry.Allocate("worker-2", NowUtc);

        enquiry.Allocate("worker-2", NowUtc.AddDays(1));

        Assert.Equal(NowUtc, enquiry.AllocatedAtUtc);
    }

    [Fact]
    public void Allocate_NoWorker_IsRefused()
    {
        var enquiry = OpenEnquiry();

        var error = Assert.Throws<DomainRuleException>(() => enquiry.Allocate(" ", NowUtc));

        Assert.Equal(nameof(Enquiry.AllocatedWorkerId), error.Field);
        Assert.False(enquiry.IsAllocated);
    }

    [Fact]
    public void Deallocate_Allocated_ReturnsToTeamQueue()
    {
        var enquiry = OpenEnquiry();
        enquiry.Allocate("worker-2", NowUtc);

        enquiry.Deallocate();

        Assert.Null(enquiry.AllocatedWorkerId);
        Assert.Null(enquiry.AllocatedAtUtc);
        Assert.Equal(EnquiryStatus.Open, enquiry.Status);
    }
}
