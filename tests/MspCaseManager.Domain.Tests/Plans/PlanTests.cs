using MspCaseManager.Domain.Plans;
using MspCaseManager.Domain.Tests.People;
using static MspCaseManager.Domain.Tests.Enquiries.TestEnquiries;

namespace MspCaseManager.Domain.Tests.Plans;

public class PlanTests
{
    [Fact]
    public void AddPlanAction_Valid_IsNotStarted()
    {
        var enquiry = Open();

        var action = enquiry.AddPlanAction(ActionDetails, Today);

        Assert.Equal(PlanActionStatus.NotStarted, action.Status);
        Assert.Equal("Her bank", action.Who);
        Assert.False(action.IsOverdue(Today));
    }

    [Fact]
    public void UpdatePlanAction_CompletedWithoutDate_IsRefused()
    {
        var enquiry = Open();
        enquiry.AddPlanAction(ActionDetails, Today).WithId(1);

        var error = Assert.Throws<DomainRuleException>(
            () => enquiry.UpdatePlanAction(1, ActionDetails with { Status = PlanActionStatus.Completed }, Today));

        Assert.Equal(nameof(Domain.Plans.PlanAction.CompletedOn), error.Field);
    }

    [Fact]
    public void UpdatePlanAction_Cancelled_KeepsActionWithReason()
    {
        var enquiry = Open();
        var action = enquiry.AddPlanAction(ActionDetails, Today).WithId(1);

        enquiry.UpdatePlanAction(1, ActionDetails with { Status = PlanActionStatus.Cancelled, CancelledReason = "Bank did it already" }, Today);

        Assert.Same(action, Assert.Single(enquiry.PlanActions));
        Assert.Equal(PlanActionStatus.Cancelled, action.Status);
        Assert.Equal("Bank did it already", action.CancelledReason);
    }

    [Fact]
    public void UpdatePlanAction_CancelledWithoutReason_IsRefused()
    {
        var enquiry = Open();
        enquiry.AddPlanAction(ActionDetails, Today).WithId(1);

        Assert.Throws<DomainRuleException>(() => enquiry.UpdatePlanAction(1, ActionDetails with { Status = PlanActionStatus.Cancelled }, Today));
    }

    [Fact]
    public void UpdatePlanAction_AlreadyCancelled_IsRefused()
    {
        var enquiry = Open();
        enquiry.AddPlanAction(ActionDetails, Today).WithId(1);
        enquiry.UpdatePlanAction(1, ActionDetails with { Status = PlanActionStatus.Cancelled, CancelledReason = "Not needed" }, Today);

        Assert.Throws<DomainRuleException>(() => enquiry.UpdatePlanAction(1, ActionDetails, Today));
    }

    [Fact]
    public void RecordMeeting_Valid_KeepsAttendeesAndAdultsChoice()
    {
        var enquiry = Open();

        var meeting = enquiry.RecordMeeting(Meeting, Today);

        Assert.Equal(2, meeting.Attendees.Count);
        Assert.True(meeting.AdultAttended);
        Assert.True(meeting.VenueChosenByAdult);
    }

    [Fact]
    public void RecordMeeting_NobodyAttended_IsRefused()
    {
        var enquiry = Open();

        var error = Assert.Throws<DomainRuleException>(
            () => enquiry.RecordMeeting(Meeting with { Attendees = [], AdultAttended = false }, Today));

        Assert.Equal(nameof(SafeguardingMeeting.Attendees), error.Field);
    }
}
