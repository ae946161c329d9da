using Microsoft.EntityFrameworkCore;
using MspCaseManager.Domain.Enquiries;
using MspCaseManager.Web.Demo;
using MspCaseManager.Web.Features.Shared.Forms;

namespace MspCaseManager.Web.Tests.Features.Enquiries;

public class EnquiriesTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private async Task<AppClient> SignedInAsync(DemoAccounts.Account account)
    {
        var client = factory.CreateAppClient();
        await client.SignInAsync(account);
        return client;
    }

    [Fact]
    public async Task Show_TeamMember_SeesTheSummary()
    {
        var enquiry = await TestData.CreateEnquiryAsync(factory, allocatedTo: DemoAccounts.SocialWorker);
        using var client = await SignedInAsync(DemoAccounts.SocialWorker);

        var page = await client.GetPageAsync($"/enquiries/{enquiry.Id}");

        Assert.Equal("Section 42 enquiry", page.Heading);
        Assert.Equal(DemoAccounts.SocialWorker.DisplayName, page.Document.QuerySelector("[data-testid=allocated-worker]")!.TextContent);
    }

    [Fact]
    public async Task Show_OtherTeam_IsNotFound()
    {
        var enquiry = await TestData.CreateEnquiryAsync(factory, DemoAccounts.SouthTeam);
        using var client = await SignedInAsync(DemoAccounts.SocialWorker);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetPageAsync($"/enquiries/{enquiry.Id}")).StatusCode);
    }

    [Fact]
    public async Task Allocation_Valid_AllocatesThenUnallocates()
    {
        var enquiry = await TestData.CreateEnquiryAsync(factory);
        var samId = await TestData.UserIdAsync(factory, DemoAccounts.SocialWorker);
        using var manager = await SignedInAsync(DemoAccounts.TeamManager);

        var allocated = await manager.SubmitAsync($"/enquiries/{enquiry.Id}/allocation", [new("Form.AllocateTo", samId), new("Form.Version", "0")]);
        var form = await manager.GetPageAsync($"/enquiries/{enquiry.Id}/allocation");
        var unallocated = await manager.SubmitAsync($"/enquiries/{enquiry.Id}/allocation", [new("Form.AllocateTo", "unallocated"), new("Form.Version", form.ValueOf("Form.Version")!)]);

        Assert.Equal($"/enquiries/{enquiry.Id}", allocated.RedirectLocation);
        Assert.Equal($"/enquiries/{enquiry.Id}", unallocated.RedirectLocation);
        Assert.Null(await factory.WithDbAsync(db => db.Enquiries.Where(e => e.Id == enquiry.Id).Select(e => e.AllocatedWorkerId).SingleAsync()));
    }

    [Fact]
    public async Task Allocation_WorkerFromAnotherTeam_IsRefused()
    {
        var enquiry = await TestData.CreateEnquiryAsync(factory);
        var southWorker = await TestData.UserIdAsync(factory, DemoAccounts.SouthSocialWorker);
        using var manager = await SignedInAsync(DemoAccounts.TeamManager);

        var page = await manager.SubmitAsync($"/enquiries/{enquiry.Id}/allocation", [new("Form.AllocateTo", southWorker), new("Form.Version", "0")]);

        Assert.Equal([("Select who will hold the enquiry, or leave it in the team's unallocated queue", "#Form_AllocateTo")], page.ErrorSummary);
    }

    [Fact]
    public async Task Allocation_StaleForm_ShowsConcurrencyError()
    {
        var enquiry = await TestData.CreateEnquiryAsync(factory);
        var samId = await TestData.UserIdAsync(factory, DemoAccounts.SocialWorker);
        using var manager = await SignedInAsync(DemoAccounts.TeamManager);
        var form = await manager.GetPageAsync($"/enquiries/{enquiry.Id}/allocation");
        await TestData.TouchAsync<Enquiry>(factory, enquiry.Id);

        var page = await manager.PostAsync($"/enquiries/{enquiry.Id}/allocation",
            [new("Form.AllocateTo", samId), new("Form.Version", form.ValueOf("Form.Version")!)], form.AntiForgeryToken());

        Assert.Equal([(VersionedSave.ConcurrencyMessage, null)], page.ErrorSummary);
        Assert.Equal(samId, page.ValueOf("Form.AllocateTo"));
    }

    [Fact]
    public async Task Allocation_OtherTeamsManager_IsNotFound()
    {
        var enquiry = await TestData.CreateEnquiryAsync(factory);
        using var south = await SignedInAsync(DemoAccounts.SouthTeamManager);

        Assert.Equal(HttpStatusCode.NotFound, (await south.GetPageAsync($"/enquiries/{enquiry.Id}/allocation")).StatusCode);
    }
}
