using Microsoft.EntityFrameworkCore;
using MspCaseManager.Data.Conventions;
using MspCaseManager.Domain.Enquiries;
using MspCaseManager.Web.Demo;
using MspCaseManager.Web.Features.Shared.Forms;

namespace MspCaseManager.Web.Tests.Features.Enquiries.Allocation;

public class AllocationTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Allocation_Valid_AllocatesThenUnallocates()
    {
        var enquiry = await TestData.CreateEnquiryAsync(factory);
        var samId = await TestData.UserIdAsync(factory, DemoAccounts.SocialWorker);
        using var manager = await factory.SignedInClientAsync(DemoAccounts.TeamManager);

        var allocated = await manager.SubmitAsync($"/enquiries/{enquiry.Id}/allocation", [new("Form.AllocateTo", samId), new("Form.Version", "0")]);
        var form = await manager.GetPageAsync($"/enquiries/{enquiry.Id}/allocation");
        var unallocated = await manager.SubmitAsync($"/enquiries/{enquiry.Id}/allocation",
            [new("Form.AllocateTo", "unallocated"), new("Form.Reason", "Sam is off sick"), new("Form.Version", form.ValueOf("Form.Version")!)]);

        Assert.Equal($"/enquiries/{enquiry.Id}", allocated.RedirectLocation);
        Assert.Equal($"/enquiries/{enquiry.Id}", unallocated.RedirectLocation);
        Assert.Null(await factory.WithDbAsync(db => db.Enquiries.Where(e => e.Id == enquiry.Id).Select(e => e.AllocatedWorkerId).SingleAsync()));
    }

    [Fact]
    public async Task Allocation_WorkerFromAnotherTeam_IsRefused()
    {
        var enquiry = await TestData.CreateEnquiryAsync(factory);
        var southWorker = await TestData.UserIdAsync(factory, DemoAccounts.SouthSocialWorker);
        using var manager = await factory.SignedInClientAsync(DemoAccounts.TeamManager);

        var page = await manager.SubmitAsync($"/enquiries/{enquiry.Id}/allocation", [new("Form.AllocateTo", southWorker), new("Form.Version", "0")]);

        Assert.Equal([("Select who will hold the enquiry, or leave it in the team's unallocated queue", "#Form_AllocateTo")], page.ErrorSummary);
    }

    [Fact]
    public async Task Allocation_StaleForm_ShowsConcurrencyError()
    {
        var enquiry = await TestData.CreateEnquiryAsync(factory);
        var samId = await TestData.UserIdAsync(factory, DemoAccounts.SocialWorker);
        using var manager = await factory.SignedInClientAsync(DemoAccounts.TeamManager);
        var form = await manager.GetPageAsync($"/enquiries/{enquiry.Id}/allocation");
        await TestData.TouchAsync<Enquiry>(factory, enquiry.Id);

        var page = await manager.PostAsync($"/enquiries/{enquiry.Id}/allocation",
            [new("Form.AllocateTo", samId), new("Form.Version", form.ValueOf("Form.Version")!)], form.AntiForgeryToken());

        Assert.EndsWith(VersionedSave.ConflictAdvice, Assert.Single(page.ErrorSummary).Message);
        Assert.Equal(samId, page.ValueOf("Form.AllocateTo"));
    }

    [Fact]
    public async Task Allocation_OtherTeamsManager_IsNotFound()
    {
        var enquiry = await TestData.CreateEnquiryAsync(factory);
        using var south = await factory.SignedInClientAsync(DemoAccounts.SouthTeamManager);

        Assert.Equal(HttpStatusCode.NotFound, (await south.GetPageAsync($"/enquiries/{enquiry.Id}/allocation")).StatusCode);
    }

    [Fact]
    public async Task Reallocate_WithoutReason_IsRefusedAndKeepsTheChoice()
    {
        var enquiry = await TestData.CreateEnquiryAsync(factory, allocatedTo: DemoAccounts.SocialWorker);
        var jo = await TestUsers.CreateAsync(factory, $"jo.{Guid.NewGuid():N}@demo.mspcasemanager.test", Domain.Staff.Roles.SocialWorker,
            await TestData.TeamIdAsync(factory, DemoAccounts.NorthTeam));
        var joId = await TestData.UserIdAsync(factory, jo);
        using var manager = await factory.SignedInClientAsync(DemoAccounts.TeamManager);

        var page = await manager.SubmitAsync($"/enquiries/{enquiry.Id}/allocation",
            [new("Form.AllocateTo", joId), new("Form.Reason", " "), new("Form.Version", await VersionAsync(enquiry.Id))]);

        Assert.Equal([("Enter why the enquiry is being reallocated", "#Form_Reason")], page.ErrorSummary);
        Assert.Equal(joId, page.ValueOf("Form.AllocateTo"));
        Assert.Equal(await TestData.UserIdAsync(factory, DemoAccounts.SocialWorker),
            await factory.WithDbAsync(db => db.Enquiries.Where(e => e.Id == enquiry.Id).Select(e => e.AllocatedWorkerId).SingleAsync()));
    }

    [Fact]
    public async Task Reallocate_WithReason_RecordsTheHistoryAndTheOverviewShowsIt()
    {
        var enquiry = await TestData.CreateEnquiryAsync(factory, allocatedTo: DemoAccounts.SocialWorker);
        var jo = await TestUsers.CreateAsync(factory, $"jo.{Guid.NewGuid():N}@demo.mspcasemanager.test", Domain.Staff.Roles.SocialWorker,
            await TestData.TeamIdAsync(factory, DemoAccounts.NorthTeam));
        var joId = await TestData.UserIdAsync(factory, jo);
        using var manager = await factory.SignedInClientAsync(DemoAccounts.TeamManager);

        var page = await manager.SubmitAsync($"/enquiries/{enquiry.Id}/allocation",
            [new("Form.AllocateTo", joId), new("Form.Reason", "Sam is on long-term leave"), new("Form.Version", await VersionAsync(enquiry.Id))]);
        var overview = await manager.GetPageAsync($"/enquiries/{enquiry.Id}");

        Assert.Equal($"/enquiries/{enquiry.Id}", page.RedirectLocation);
        var history = await factory.WithDbAsync(db => db.Enquiries.Include(e => e.Allocations).Where(e => e.Id == enquiry.Id)
            .SelectMany(e => e.Allocations).OrderBy(a => a.Number).ToListAsync());
        var managerId = await TestData.UserIdAsync(factory, DemoAccounts.TeamManager);
        Assert.Equal(joId, history[^1].WorkerId);
        Assert.Equal(("Sam is on long-term leave", managerId), (history[^1].Reason, history[^1].AllocatedByUserId));
        var shown = overview.Document.QuerySelectorAll("[data-testid=allocation-history] li").Select(li => li.TextContent).ToList();
        Assert.Contains("Allocated to Test User by Priya Shah", shown[0]);
        Assert.Contains("Reason: Sam is on long-term leave", shown[0]);
        Assert.Contains("Allocated to Sam Okafor by Priya Shah", shown[1]);
    }

    [Fact]
    public async Task Reallocate_PreviousWorker_KeepsReadingButCanNoLongerChangeIt()
    {
        var enquiry = await TestData.CreateEnquiryAsync(factory, allocatedTo: DemoAccounts.SocialWorker);
        var jo = await TestUsers.CreateAsync(factory, $"jo.{Guid.NewGuid():N}@demo.mspcasemanager.test", Domain.Staff.Roles.SocialWorker,
            await TestData.TeamIdAsync(factory, DemoAccounts.NorthTeam));
        using var sam = await factory.SignedInClientAsync(DemoAccounts.SocialWorker);
        var samToken = (await sam.GetPageAsync($"/enquiries/{enquiry.Id}")).AntiForgeryToken();
        Assert.Equal(HttpStatusCode.OK, (await sam.GetAsync($"/enquiries/{enquiry.Id}/consent/new")).StatusCode);
        using var manager = await factory.SignedInClientAsync(DemoAccounts.TeamManager);

        await manager.SubmitAsync($"/enquiries/{enquiry.Id}/allocation",
            [new("Form.AllocateTo", await TestData.UserIdAsync(factory, jo)), new("Form.Reason", "Sam is on long-term leave"), new("Form.Version", await VersionAsync(enquiry.Id))]);
        var overview = await sam.GetPageAsync($"/enquiries/{enquiry.Id}");
        var form = await sam.GetAsync($"/enquiries/{enquiry.Id}/consent/new");
        var post = await sam.PostAsync($"/enquiries/{enquiry.Id}/consent/new",
            [new("Form.Answer", "Yes"), .. TestData.Date("Form.AskedOn", TestData.Today), new("Form.Version", await VersionAsync(enquiry.Id))], samToken);

        Assert.Equal(HttpStatusCode.OK, overview.StatusCode);
        Assert.NotNull(overview.Document.QuerySelector("[data-testid=read-only]"));
        Assert.Equal(HttpStatusCode.Forbidden, form.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Empty(await factory.WithDbAsync(db => db.Enquiries.Where(e => e.Id == enquiry.Id).SelectMany(e => e.ConsentRecords).ToListAsync()));
    }

    [Fact]
    public async Task Reallocate_RestrictedAdult_PreviousWorkerStillOpensTheRecord()
    {
        var enquiry = await TestData.CreateEnquiryAsync(factory, allocatedTo: DemoAccounts.SocialWorker);
        await TestData.RestrictAsync(factory, enquiry.AdultId);
        var jo = await TestUsers.CreateAsync(factory, $"jo.{Guid.NewGuid():N}@demo.mspcasemanager.test", Domain.Staff.Roles.SocialWorker,
            await TestData.TeamIdAsync(factory, DemoAccounts.NorthTeam));
        var joId = await TestData.UserIdAsync(factory, jo);
        await TestData.ChangeEnquiryAsync(factory, enquiry.Id,
            (e, managerId) => e.Allocate(joId, "Sam is on long-term leave", managerId, DateTime.UtcNow), DemoAccounts.TeamManager);
        using var sam = await factory.SignedInClientAsync(DemoAccounts.SocialWorker);

        var person = await sam.GetAsync($"/people/{enquiry.AdultId}");
        var overview = await sam.GetAsync($"/enquiries/{enquiry.Id}");

        Assert.Equal(HttpStatusCode.OK, person.StatusCode);
        Assert.Equal(HttpStatusCode.OK, overview.StatusCode);
    }

    private Task<string> VersionAsync(int id) =>
        factory.WithDbAsync(async db => db.VersionOf(await db.Enquiries.SingleAsync(e => e.Id == id)).ToString());
}
