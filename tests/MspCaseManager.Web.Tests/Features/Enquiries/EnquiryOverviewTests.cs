using MspCaseManager.Domain.Enquiries;
using MspCaseManager.Web.Demo;
using MspCaseManager.Web.Features.Shared;

namespace MspCaseManager.Web.Tests.Features.Enquiries;

public class EnquiryOverviewTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private static List<(string Name, string Status, bool Linked)> Tasks(Page page, string list) =>
        page.Document.QuerySelectorAll($"[data-testid={list}] .govuk-task-list__item")
            .Select(t => (t.QuerySelector(".govuk-task-list__name-and-hint > :first-child")!.TextContent.Trim(),
                t.QuerySelector(".govuk-task-list__status")!.TextContent.Trim(),
                t.QuerySelector("a") is not null))
            .ToList();

    private async Task<Domain.Enquiries.Enquiry> ClosedEnquiryAsync()
    {
        var enquiry = await TestData.CreateEnquiryAsync(factory, allocatedTo: DemoAccounts.SocialWorker);
        await TestData.MakeReadyToCloseAsync(factory, enquiry.Id);
        await TestData.ChangeEnquiryAsync(factory, enquiry.Id, (e, userId) => e.RequestClosure("Calls blocked.", userId, DateTime.UtcNow));
        await TestData.ChangeEnquiryAsync(factory, enquiry.Id, (e, userId) => e.AuthoriseClosure(userId, DateTime.UtcNow), DemoAccounts.TeamManager);
        return enquiry;
    }

    [Fact]
    public async Task Show_NewEnquiry_ListsTheTasksNotStartedAndTheOutstandingDuty()
    {
        var enquiry = await TestData.CreateEnquiryAsync(factory, allocatedTo: DemoAccounts.SocialWorker);
        using var client = await factory.SignedInClientAsync(DemoAccounts.SocialWorker);

        var page = await client.GetPageAsync($"/enquiries/{enquiry.Id}");

        Assert.Equal(
            [("Desired outcomes", "Not started", true), ("Consent", "Not started", true), ("Mental capacity", "Not started", true),
             ("Advocacy", "Not started", true), ("Safeguarding plan", "Not started", true)],
            Tasks(page, "tasks"));
        Assert.NotNull(page.Document.QuerySelector($"[data-testid=duty-{OutstandingDuty.DesiredOutcomesNotAsked}]"));
        Assert.Null(page.Document.QuerySelector("[data-testid=read-only]"));
        Assert.Contains($"{TestData.Today.ToGovUk()} (today)", page.Text);
    }

    [Fact]
    public async Task Show_TeamMemberNotAllocated_ReadsOnly()
    {
        var enquiry = await TestData.CreateEnquiryAsync(factory);
        using var client = await factory.SignedInClientAsync(DemoAccounts.SocialWorker);

        var page = await client.GetPageAsync($"/enquiries/{enquiry.Id}");
        var form = await client.GetPageAsync($"/enquiries/{enquiry.Id}/consent/new");

        Assert.NotNull(page.Document.QuerySelector("[data-testid=read-only]"));
        Assert.Equal(HttpStatusCode.Forbidden, form.StatusCode);
    }

    [Fact]
    public async Task Show_SafeguardingLead_ReadsOnly()
    {
        var enquiry = await TestData.CreateEnquiryAsync(factory, allocatedTo: DemoAccounts.SocialWorker);
        using var client = await factory.SignedInClientAsync(DemoAccounts.SafeguardingLead);

        var page = await client.GetPageAsync($"/enquiries/{enquiry.Id}/outcomes");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Null(page.Document.QuerySelector("a[href$='/outcomes/new']"));
    }

    [Fact]
    public async Task Show_EndOfTheEnquiry_EachTaskShowsItsStatusUnderOneHeading()
    {
        var enquiry = await TestData.CreateEnquiryAsync(factory, allocatedTo: DemoAccounts.SocialWorker);
        await TestData.MakeReadyToCloseAsync(factory, enquiry.Id);
        using var worker = await factory.SignedInClientAsync(DemoAccounts.SocialWorker);
        using var lead = await factory.SignedInClientAsync(DemoAccounts.SafeguardingLead);

        var page = await worker.GetPageAsync($"/enquiries/{enquiry.Id}");
        var leadsPage = await lead.GetPageAsync($"/enquiries/{enquiry.Id}");

        Assert.Equal("End of the enquiry", page.Document.QuerySelector("[data-testid=end-of-enquiry]")!.PreviousElementSibling!.TextContent.Trim());
        Assert.Equal(
            [("Outcomes review", "Completed", true), ("Risk assessment outcome", "Completed", true),
             ("Did the individual lack capacity?", "Not started", true), ("Closure", "Not started", true)],
            Tasks(page, "end-of-enquiry"));
        Assert.NotNull(page.Document.QuerySelector($"[data-testid=end-of-enquiry] a[href='/enquiries/{enquiry.Id}/sac-capacity']"));
        // A reader sees where the end of the enquiry has got to, without links to pages that record.
        Assert.Equal(
            [("Outcomes review", "Completed", false), ("Risk assessment outcome", "Completed", false),
             ("Did the individual lack capacity?", "Not started", false), ("Closure", "Not started", false)],
            Tasks(leadsPage, "end-of-enquiry"));
    }

    [Fact]
    public async Task Show_ClosedEnquiryToItsManager_ReadsAsClosed()
    {
        var enquiry = await ClosedEnquiryAsync();
        using var manager = await factory.SignedInClientAsync(DemoAccounts.TeamManager);

        var page = await manager.GetPageAsync($"/enquiries/{enquiry.Id}");

        var statuses = Tasks(page, "tasks").Concat(Tasks(page, "end-of-enquiry")).Select(t => t.Status).ToList();
        Assert.All(statuses, s => Assert.Contains(s, new[] { "Completed", "Not needed", "Closed" }));
        Assert.Contains("Closed", statuses);
        Assert.DoesNotContain("Not started", page.Text);
        Assert.DoesNotContain("In progress", page.Text);
        Assert.NotNull(page.Document.QuerySelector("[data-testid=closed-notice]"));
        Assert.Null(page.Document.QuerySelector($"a[href='/enquiries/{enquiry.Id}/allocation']"));
        Assert.DoesNotContain("Change who the enquiry is allocated to", page.Text);
        Assert.Null(page.Document.QuerySelector("[data-testid=read-only]"));
        Assert.DoesNotContain("can record in it", page.Text);
        // Closure keeps its history and reopening for the team's manager.
        Assert.Equal([("Closure", "Completed", true)], Tasks(page, "end-of-enquiry").Where(t => t.Linked).ToList());
    }

    [Fact]
    public async Task Show_ClosedEnquiryToTheAllocatedWorker_NoRecordingLinksAndNoCannotRecordMessage()
    {
        var enquiry = await ClosedEnquiryAsync();
        using var worker = await factory.SignedInClientAsync(DemoAccounts.SocialWorker);

        var page = await worker.GetPageAsync($"/enquiries/{enquiry.Id}");

        Assert.DoesNotContain("Not started", page.Text);
        Assert.DoesNotContain("In progress", page.Text);
        Assert.Null(page.Document.QuerySelector("[data-testid=read-only]"));
        Assert.Null(page.Document.QuerySelector($"a[href='/enquiries/{enquiry.Id}/review']"));
    }
}
