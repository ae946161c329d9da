using MspCaseManager.Domain.Enquiries;
using MspCaseManager.Web.Demo;
using MspCaseManager.Web.Features.Shared;

namespace MspCaseManager.Web.Tests.Features.Enquiries;

public class EnquiryOverviewTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Show_NewEnquiry_ListsTheTasksNotStartedAndTheOutstandingDuty()
    {
        var enquiry = await TestData.CreateEnquiryAsync(factory, allocatedTo: DemoAccounts.SocialWorker);
        using var client = await factory.SignedInClientAsync(DemoAccounts.SocialWorker);

        var page = await client.GetPageAsync($"/enquiries/{enquiry.Id}");

        var tasks = page.Document.QuerySelectorAll(".govuk-task-list__item")
            .Select(t => (t.QuerySelector("a")!.TextContent, t.QuerySelector(".govuk-task-list__status")!.TextContent.Trim()))
            .ToList();
        Assert.Equal(
            [("Desired outcomes", "Not started"), ("Consent", "Not started"), ("Mental capacity", "Not started"), ("Advocacy", "Not started"),
             ("Safeguarding plan", "Not started"), ("Outcomes review and closure", "Not started")],
            tasks);
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
}
