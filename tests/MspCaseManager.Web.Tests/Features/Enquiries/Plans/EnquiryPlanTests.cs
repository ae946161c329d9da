using Microsoft.EntityFrameworkCore;
using MspCaseManager.Web.Features.Shared.Forms;
using MspCaseManager.Data;
using MspCaseManager.Domain.Enquiries;
using MspCaseManager.Domain.Plans;
using MspCaseManager.Web.Demo;

namespace MspCaseManager.Web.Tests.Features.Enquiries.Plans;

public class EnquiryPlanTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private static IEnumerable<KeyValuePair<string, string>> Action(string version, string status = "NotStarted") =>
    [
        new("Form.What", "Ask the bank to stop the friend using his card"), new("Form.Who", "Northshire Bank"),
        .. TestData.Date("Form.DueOn", TestData.Today.AddDays(14)), new("Form.Status", status), new("Form.Version", version),
    ];

    private static IEnumerable<KeyValuePair<string, string>> Meeting(string version) =>
    [
        .. TestData.Date("Form.HeldOn", TestData.Today), new("Form.Type", "NetworkMeeting"),
        new("Form.Attendees", "Sam Okafor, social worker\nDee Hart, Care Act advocate"), new("Form.AdultAttended", "true"),
        new("Form.VenueChosenByAdult", "true"), new("Form.Notes", "Met at the day centre"), new("Form.Version", version),
    ];

    [Fact]
    public async Task AddAction_Valid_ShowsInPlanAndOverviewInProgress()
    {
        var enquiry = await TestData.CreateEnquiryAsync(factory, allocatedTo: DemoAccounts.SocialWorker);
        using var client = await factory.SignedInClientAsync(DemoAccounts.SocialWorker);

        var saved = await client.SubmitAsync($"/enquiries/{enquiry.Id}/plan/actions/new", Action("0"));
        var plan = await client.GetPageAsync($"/enquiries/{enquiry.Id}/plan");
        var overview = await client.GetPageAsync($"/enquiries/{enquiry.Id}");

        Assert.Equal($"/enquiries/{enquiry.Id}/plan", saved.RedirectLocation);
        Assert.Contains("Northshire Bank", plan.Document.QuerySelector("[data-testid=plan-actions]")!.TextContent);
        Assert.Equal("In progress", overview.Document.QuerySelector("#task-SafeguardingPlan-status")!.TextContent.Trim());
    }

    [Fact]
    public async Task AddAction_Empty_ShowsErrorsInOrderAndKeepsInput()
    {
        var enquiry = await TestData.CreateEnquiryAsync(factory, allocatedTo: DemoAccounts.SocialWorker);
        using var client = await factory.SignedInClientAsync(DemoAccounts.SocialWorker);

        var page = await client.SubmitAsync($"/enquiries/{enquiry.Id}/plan/actions/new",
            [new("Form.Who", "Northshire Bank"), new("Form.Status", "Completed"), new("Form.Version", "0")]);

        Assert.Equal(
            [("Enter what will be done", "#Form_What"), ("Enter the date it is due", "#Form_DueOn"),
             ("Enter the date it was completed", "#Form_CompletedOn")],
            page.ErrorSummary);
        Assert.Equal("Northshire Bank", page.ValueOf("Form.Who"));
        Assert.Equal("Completed", page.ValueOf("Form.Status"));
    }

    [Fact]
    public async Task AddAction_DateNotRealAndWhatMissing_SaysBothAtOnceAndAddsNothing()
    {
        var enquiry = await TestData.CreateEnquiryAsync(factory, allocatedTo: DemoAccounts.SocialWorker);
        using var client = await factory.SignedInClientAsync(DemoAccounts.SocialWorker);

        var page = await client.SubmitAsync($"/enquiries/{enquiry.Id}/plan/actions/new",
        [
            new("Form.Who", "Northshire Bank"), new("Form.DueOn.Day", "31"), new("Form.DueOn.Month", "2"),
            new("Form.DueOn.Year", "2026"), new("Form.Status", "NotStarted"), new("Form.Version", "0"),
        ]);

        Assert.Equal(
            [("Enter what will be done", "#Form_What"), ("Date it is due must be a real date", "#Form_DueOn")],
            page.ErrorSummary);
        Assert.Equal("31", page.ValueOf("Form.DueOn.Day"));
        Assert.Equal(0, await factory.WithDbAsync(db => db.Enquiries.Where(e => e.Id == enquiry.Id).SelectMany(e => e.PlanActions).CountAsync()));
    }

    [Fact]
    public async Task UpdateAction_Completed_RecordsDateThenStaleSaveIsRefused()
    {
        var enquiry = await TestData.CreateEnquiryAsync(factory, allocatedTo: DemoAccounts.SocialWorker);
        var (actionId, _) = await TestData.AddPlanActionAndNoteAsync(factory, enquiry.Id);
        using var client = await factory.SignedInClientAsync(DemoAccounts.SocialWorker);
        var url = $"/enquiries/{enquiry.Id}/plan/actions/{actionId}";

        var form = await client.GetPageAsync(url);
        var saved = await client.SubmitAsync(url,
            [.. Action(form.ValueOf("Form.Version")!, "Completed"), .. TestData.Date("Form.CompletedOn", TestData.Today)]);
        var action = await factory.WithDbAsync(db => db.Enquiries.WithEverything().Where(e => e.Id == enquiry.Id).SelectMany(e => e.PlanActions).SingleAsync());
        var stale = await client.SubmitAsync(url, [.. Action(form.ValueOf("Form.Version")!, "InProgress")]);

        Assert.Equal($"/enquiries/{enquiry.Id}/plan", saved.RedirectLocation);
        Assert.Equal((PlanActionStatus.Completed, TestData.Today), (action.Status, action.CompletedOn!.Value));
        Assert.EndsWith(VersionedSave.ConflictAdvice, Assert.Single(stale.ErrorSummary).Message);
        Assert.Equal("InProgress", stale.ValueOf("Form.Status"));
    }

    [Fact]
    public async Task UpdateAction_UnknownAction_IsNotFound()
    {
        var enquiry = await TestData.CreateEnquiryAsync(factory, allocatedTo: DemoAccounts.SocialWorker);
        using var client = await factory.SignedInClientAsync(DemoAccounts.SocialWorker);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetPageAsync($"/enquiries/{enquiry.Id}/plan/actions/999999")).StatusCode);
    }

    [Fact]
    public async Task RecordMeeting_Valid_ShowsAttendeesAndChoices()
    {
        var enquiry = await TestData.CreateEnquiryAsync(factory, allocatedTo: DemoAccounts.SocialWorker);
        using var client = await factory.SignedInClientAsync(DemoAccounts.SocialWorker);

        var saved = await client.SubmitAsync($"/enquiries/{enquiry.Id}/plan/meetings/new", Meeting("0"));
        var plan = await client.GetPageAsync($"/enquiries/{enquiry.Id}/plan");

        Assert.Equal($"/enquiries/{enquiry.Id}/plan", saved.RedirectLocation);
        var meeting = plan.Document.QuerySelector("[data-testid=meeting]")!.TextContent;
        Assert.Contains("Network meeting", meeting);
        Assert.Contains("Dee Hart, Care Act advocate", meeting);
    }

    [Fact]
    public async Task RecordMeeting_Unanswered_ShowsErrorsAndKeepsInput()
    {
        var enquiry = await TestData.CreateEnquiryAsync(factory, allocatedTo: DemoAccounts.SocialWorker);
        using var client = await factory.SignedInClientAsync(DemoAccounts.SocialWorker);

        var page = await client.SubmitAsync($"/enquiries/{enquiry.Id}/plan/meetings/new",
            [.. TestData.Date("Form.HeldOn", TestData.Today), new("Form.Attendees", "Sam Okafor"), new("Form.Version", "0")]);

        Assert.Equal(
            [("Select the type of meeting", "#Form_Type"), ("Select whether the adult attended", "#Form_AdultAttended"),
             ("Select whether the adult chose the venue", "#Form_VenueChosenByAdult")],
            page.ErrorSummary);
        Assert.Equal("Sam Okafor", page.ValueOf("Form.Attendees"));
    }

    [Fact]
    public async Task RecordMeeting_FormOpenedBeforeAnotherSave_StillRecordsTheMeeting()
    {
        var enquiry = await TestData.CreateEnquiryAsync(factory, allocatedTo: DemoAccounts.SocialWorker);
        using var client = await factory.SignedInClientAsync(DemoAccounts.SocialWorker);
        await TestData.TouchAsync<Enquiry>(factory, enquiry.Id);

        var page = await client.SubmitAsync($"/enquiries/{enquiry.Id}/plan/meetings/new", Meeting("0"));

        Assert.Equal($"/enquiries/{enquiry.Id}/plan", page.RedirectLocation);
        Assert.Equal("Met at the day centre", Assert.Single(await factory.WithDbAsync(db => db.Enquiries.WithEverything().Where(e => e.Id == enquiry.Id)
            .SelectMany(e => e.Meetings).Select(m => m.Notes).ToListAsync())));
    }

    [Fact]
    public async Task Plan_OtherTeam_IsNotFound()
    {
        var enquiry = await TestData.CreateEnquiryAsync(factory, DemoAccounts.SouthTeam, DemoAccounts.SouthSocialWorker);
        using var client = await factory.SignedInClientAsync(DemoAccounts.TeamManager);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetPageAsync($"/enquiries/{enquiry.Id}/plan")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetPageAsync($"/enquiries/{enquiry.Id}/plan/meetings/new")).StatusCode);
    }
}
