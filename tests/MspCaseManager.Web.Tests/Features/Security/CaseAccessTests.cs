using Microsoft.EntityFrameworkCore;
using MspCaseManager.Domain.Audit;
using MspCaseManager.Web.Demo;

namespace MspCaseManager.Web.Tests.Features.Security;

/// <summary>
/// Reading versus changing inside the team, views of case pages in the audit trail, and the
/// safeguarding lead's "who has viewed or changed this person's record".
/// </summary>
public class CaseAccessTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private Task<List<string>> EventsAsync(DemoAccounts.Account account, AuditAction action) =>
        factory.WithDbAsync(async db =>
        {
            var userId = await db.Users.Where(u => u.Email == account.Email).Select(u => u.Id).SingleAsync();
            return await db.AuditEvents.Where(e => e.UserId == userId && e.Action == action)
                .Select(e => e.EntityType + " " + e.EntityId).ToListAsync();
        });

    [Fact]
    public async Task CasePages_Viewed_AreAuditedAsViews()
    {
        var enquiry = await TestData.CreateEnquiryAsync(factory, allocatedTo: DemoAccounts.SocialWorker);
        using var client = await factory.SignedInClientAsync(DemoAccounts.TeamManager);

        await client.GetAsync($"/people/{enquiry.AdultId}");
        await client.GetAsync($"/concerns/{enquiry.ConcernId}");
        await client.GetAsync($"/enquiries/{enquiry.Id}");

        var views = await EventsAsync(DemoAccounts.TeamManager, AuditAction.View);
        Assert.Contains($"Adult {enquiry.AdultId}", views);
        Assert.Contains($"Concern {enquiry.ConcernId}", views);
        Assert.Contains($"Enquiry {enquiry.Id}", views);
    }

    [Fact]
    public async Task CasePage_OtherTeam_IsNotFoundAndAuditedAsDenied()
    {
        var enquiry = await TestData.CreateEnquiryAsync(factory, DemoAccounts.SouthTeam);
        using var client = await factory.SignedInClientAsync(DemoAccounts.TeamManager);

        var response = await client.GetAsync($"/concerns/{enquiry.ConcernId}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains($"Concern {enquiry.ConcernId}", await EventsAsync(DemoAccounts.TeamManager, AuditAction.AccessDenied));
        Assert.DoesNotContain($"Concern {enquiry.ConcernId}", await EventsAsync(DemoAccounts.TeamManager, AuditAction.View));
    }

    [Fact]
    public async Task CasePages_ColleaguesCase_SocialWorkerReadsWithoutChangeLinks()
    {
        var enquiry = await TestData.CreateEnquiryAsync(factory, recordedBy: DemoAccounts.TeamManager);
        using var client = await factory.SignedInClientAsync(DemoAccounts.SocialWorker);

        var person = await client.GetPageAsync($"/people/{enquiry.AdultId}");
        var concern = await client.GetPageAsync($"/concerns/{enquiry.ConcernId}");
        var edit = await client.GetAsync($"/people/{enquiry.AdultId}/edit");

        Assert.Equal(HttpStatusCode.OK, person.StatusCode);
        Assert.Empty(person.Document.QuerySelectorAll($"a[href='/people/{enquiry.AdultId}/edit']"));
        Assert.Contains("Record a safeguarding concern", person.Text);
        Assert.Empty(concern.Document.QuerySelectorAll($"a[href='/concerns/{enquiry.ConcernId}/edit']"));
        Assert.Equal(HttpStatusCode.Forbidden, edit.StatusCode);
    }

    [Fact]
    public async Task CasePages_OwnCase_SocialWorkerSeesChangeLinks()
    {
        var adult = await TestData.CreateAdultAsync(factory);
        var concern = await TestData.CreateConcernAsync(factory, adult.Id);
        using var client = await factory.SignedInClientAsync(DemoAccounts.SocialWorker);

        var person = await client.GetPageAsync($"/people/{adult.Id}");
        var concernPage = await client.GetPageAsync($"/concerns/{concern.Id}");

        Assert.NotEmpty(person.Document.QuerySelectorAll($"a[href='/people/{adult.Id}/edit']"));
        Assert.NotEmpty(concernPage.Document.QuerySelectorAll($"a[href='/concerns/{concern.Id}/edit']"));
    }

    [Fact]
    public async Task PersonAudit_Lead_ListsViewsOfThePersonAndTheirCases()
    {
        var enquiry = await TestData.CreateEnquiryAsync(factory, allocatedTo: DemoAccounts.SocialWorker);
        using (var worker = await factory.SignedInClientAsync(DemoAccounts.SocialWorker))
        {
            await worker.GetAsync($"/enquiries/{enquiry.Id}");
            await worker.GetAsync($"/concerns/{enquiry.ConcernId}");
        }

        using var lead = await factory.SignedInClientAsync(DemoAccounts.SafeguardingLead);
        var person = await lead.GetPageAsync($"/people/{enquiry.AdultId}");
        var audit = await lead.GetPageAsync($"/people/{enquiry.AdultId}/audit");

        Assert.NotNull(person.Document.QuerySelector($"a[href='/people/{enquiry.AdultId}/audit']"));
        Assert.Equal(HttpStatusCode.OK, audit.StatusCode);
        Assert.Equal("Who has viewed or changed this person's record", audit.Heading);
        var rows = audit.Document.QuerySelectorAll("[data-testid=audit-table] tbody tr").Select(r => r.TextContent).ToList();
        Assert.Contains(rows, r => r.Contains("Sam Okafor") && r.Contains("Enquiry") && r.Contains(enquiry.Id.ToString()));
        Assert.Contains(rows, r => r.Contains("Sam Okafor") && r.Contains("Concern") && r.Contains(enquiry.ConcernId.ToString()));
        Assert.Contains(rows, r => r.Contains("Helen Morris") && r.Contains("Adult"));
    }

    [Fact]
    public async Task PersonAudit_TeamManager_IsForbiddenAndHasNoLink()
    {
        var adult = await TestData.CreateAdultAsync(factory);
        using var client = await factory.SignedInClientAsync(DemoAccounts.TeamManager);

        var person = await client.GetPageAsync($"/people/{adult.Id}");
        var audit = await client.GetAsync($"/people/{adult.Id}/audit");

        Assert.Null(person.Document.QuerySelector($"a[href='/people/{adult.Id}/audit']"));
        Assert.Equal(HttpStatusCode.Forbidden, audit.StatusCode);
    }
}
