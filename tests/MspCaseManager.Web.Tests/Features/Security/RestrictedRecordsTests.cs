using Microsoft.EntityFrameworkCore;
using MspCaseManager.Domain.Audit;
using MspCaseManager.Domain.Enquiries;
using MspCaseManager.Domain.People;
using MspCaseManager.Web.Demo;

namespace MspCaseManager.Web.Tests.Features.Security;

/// <summary>
/// A restricted record opens only for the social workers holding an enquiry about the adult, the
/// team's managers and safeguarding leads; everyone else in the team finds "Restricted record" in
/// search and gets 404 on every route for it, and the attempt is audited.
/// </summary>
public class RestrictedRecordsTests(AppFactory factory) : IClassFixture<AppFactory>
{
    public static TheoryData<string, bool, int> EveryRole => new()
    {
        // account email, enquiry allocated to the North social worker, expected status
        { DemoAccounts.SocialWorker.Email, true, 200 },
        { DemoAccounts.SocialWorker.Email, false, 404 },
        { DemoAccounts.TeamManager.Email, false, 200 },
        { DemoAccounts.SafeguardingLead.Email, false, 200 },
        { DemoAccounts.SouthSocialWorker.Email, true, 404 },
        { DemoAccounts.SouthTeamManager.Email, false, 404 },
        { DemoAccounts.Administrator.Email, false, 403 },
    };

    private async Task<(Enquiry Enquiry, string LastName)> RestrictedCaseAsync(bool allocatedToNorthWorker)
    {
        var enquiry = await TestData.CreateEnquiryAsync(
            factory, DemoAccounts.NorthTeam, allocatedTo: allocatedToNorthWorker ? DemoAccounts.SocialWorker : null, recordedBy: DemoAccounts.TeamManager);
        await TestData.RestrictAsync(factory, enquiry.AdultId);
        var lastName = await factory.WithDbAsync(db => db.Adults.Where(a => a.Id == enquiry.AdultId).Select(a => a.LastName).SingleAsync());
        return (enquiry, lastName);
    }

    [Theory]
    [MemberData(nameof(EveryRole))]
    public async Task CaseRoutes_RestrictedRecord_OpenOnlyForAllocatedWorkerTeamManagersAndLeads(string email, bool allocated, int expected)
    {
        var (enquiry, lastName) = await RestrictedCaseAsync(allocated);
        using var client = await factory.SignedInClientAsync(DemoAccounts.All.Single(a => a.Email == email));

        foreach (var url in new[] { $"/people/{enquiry.AdultId}", $"/concerns/{enquiry.ConcernId}", $"/enquiries/{enquiry.Id}" })
        {
            var response = await client.GetAsync(url);
            var body = await response.Content.ReadAsStringAsync();

            Assert.True(expected == (int)response.StatusCode, $"{url}: expected {expected}, got {(int)response.StatusCode}");
            Assert.Equal(expected == 200, body.Contains(lastName, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Search_RestrictedRecordNotOpenable_ShowsRestrictedRecordWithoutDetails()
    {
        var (enquiry, lastName) = await RestrictedCaseAsync(allocatedToNorthWorker: false);
        using var client = await factory.SignedInClientAsync(DemoAccounts.SocialWorker);

        var page = await client.GetPageAsync($"/people?Form.Name={lastName}");

        var row = Assert.Single(page.Document.QuerySelectorAll("[data-testid=restricted-record]"));
        Assert.Contains("Restricted record", row.TextContent);
        Assert.DoesNotContain(lastName, page.Text);
        Assert.DoesNotContain("14 March 1941", page.Text);
        Assert.DoesNotContain($"/people/{enquiry.AdultId}", page.Document.Body!.InnerHtml);
    }

    [Fact]
    public async Task Search_RestrictedRecordOpenable_ShowsTheName()
    {
        var (_, lastName) = await RestrictedCaseAsync(allocatedToNorthWorker: true);
        using var client = await factory.SignedInClientAsync(DemoAccounts.SocialWorker);

        var page = await client.GetPageAsync($"/people?Form.Name={lastName}");

        Assert.Contains(lastName, page.Text);
        Assert.Empty(page.Document.QuerySelectorAll("[data-testid=restricted-record]"));
    }

    [Fact]
    public async Task Search_OtherTeam_FindsNothing()
    {
        var (_, lastName) = await RestrictedCaseAsync(allocatedToNorthWorker: false);
        using var client = await factory.SignedInClientAsync(DemoAccounts.SouthSocialWorker);

        var page = await client.GetPageAsync($"/people?Form.Name={lastName}");

        Assert.Contains("0 people found", page.Text);
    }

    [Fact]
    public async Task OpenRestricted_NotPermitted_IsAuditedAgainstTheRecord()
    {
        var (enquiry, _) = await RestrictedCaseAsync(allocatedToNorthWorker: false);
        var workerId = await TestData.UserIdAsync(factory, DemoAccounts.SocialWorker);
        using var client = await factory.SignedInClientAsync(DemoAccounts.SocialWorker);

        await client.GetAsync($"/people/{enquiry.AdultId}");
        await client.GetAsync($"/enquiries/{enquiry.Id}");

        var denied = await factory.WithDbAsync(db => db.AuditEvents
            .Where(e => e.UserId == workerId && e.Action == AuditAction.AccessDenied && e.EntityType != "Route")
            .Select(e => e.EntityType + " " + e.EntityId).ToListAsync());
        Assert.Contains($"Adult {enquiry.AdultId}", denied);
        Assert.Contains($"Enquiry {enquiry.Id}", denied);
    }

    [Fact]
    public async Task Restrict_TeamManager_RestrictsAndLiftKeepsTheHistory()
    {
        var enquiry = await TestData.CreateEnquiryAsync(factory, DemoAccounts.NorthTeam, recordedBy: DemoAccounts.TeamManager);
        using var manager = await factory.SignedInClientAsync(DemoAccounts.TeamManager);
        using var worker = await factory.SignedInClientAsync(DemoAccounts.SocialWorker);
        var form = await manager.GetPageAsync($"/people/{enquiry.AdultId}/restriction");

        var restricted = await manager.PostAsync(
            $"/people/{enquiry.AdultId}/restriction",
            [new("Form.RestrictionReason", nameof(RestrictionReason.Other)), new("Form.RestrictionDetails", "Local councillor"), new("Form.Version", form.ValueOf("Form.Version")!)],
            form.AntiForgeryToken());
        var workerWhileRestricted = await worker.GetAsync($"/people/{enquiry.AdultId}");
        var personPage = await manager.GetPageAsync($"/people/{enquiry.AdultId}");
        var lifted = await manager.PostAsync(
            $"/people/{enquiry.AdultId}/restriction/lift", [new("version", personPage.ValueOf("Version")!)], personPage.AntiForgeryToken());
        var workerAfterLift = await worker.GetAsync($"/people/{enquiry.AdultId}");

        Assert.Equal(HttpStatusCode.Redirect, restricted.StatusCode);
        Assert.Contains("Local councillor", personPage.ById("main-content")?.TextContent ?? personPage.Text);
        Assert.Equal(HttpStatusCode.NotFound, workerWhileRestricted.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, lifted.StatusCode);
        Assert.Equal(HttpStatusCode.OK, workerAfterLift.StatusCode);
        var history = await factory.WithDbAsync(db => db.AuditEvents
            .Where(e => e.EntityType == nameof(Adult) && e.EntityId == enquiry.AdultId.ToString() && e.Action == AuditAction.Update)
            .OrderBy(e => e.Id).Select(e => e.Changes!).ToListAsync());
        Assert.Equal(2, history.Count(c => c.Contains("RestrictionReason", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Restrict_OtherWithoutDetails_ShowsTheErrorAndKeepsTheChoice()
    {
        var adult = await TestData.CreateAdultAsync(factory);
        using var manager = await factory.SignedInClientAsync(DemoAccounts.TeamManager);
        var form = await manager.GetPageAsync($"/people/{adult.Id}/restriction");

        var page = await manager.PostAsync(
            $"/people/{adult.Id}/restriction",
            [new("Form.RestrictionReason", nameof(RestrictionReason.Other)), new("Form.Version", form.ValueOf("Form.Version")!)],
            form.AntiForgeryToken());

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal([("Enter why the record is restricted", "#Form_RestrictionDetails")], page.ErrorSummary);
        Assert.Equal(nameof(RestrictionReason.Other), page.ValueOf("Form.RestrictionReason"));
    }

    [Fact]
    public async Task Restrict_NoReasonChosen_AsksForOneAndLeavesTheRecordOpen()
    {
        var adult = await TestData.CreateAdultAsync(factory);
        using var manager = await factory.SignedInClientAsync(DemoAccounts.TeamManager);
        var form = await manager.GetPageAsync($"/people/{adult.Id}/restriction");

        var page = await manager.PostAsync(
            $"/people/{adult.Id}/restriction",
            [new("Form.RestrictionDetails", "Typed before choosing"), new("Form.Version", form.ValueOf("Form.Version")!)],
            form.AntiForgeryToken());

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal([("Select why the record is restricted", "#Form_RestrictionReason")], page.ErrorSummary);
        Assert.Equal("Typed before choosing", page.ById("Form_RestrictionDetails")?.TextContent.Trim());
        Assert.Null(await factory.WithDbAsync(db => db.Adults.Where(a => a.Id == adult.Id).Select(a => a.RestrictionReason).SingleAsync()));
    }

    [Fact]
    public async Task Restrict_SocialWorker_IsForbidden()
    {
        var adult = await TestData.CreateAdultAsync(factory);
        using var worker = await factory.SignedInClientAsync(DemoAccounts.SocialWorker);

        var page = await worker.GetPageAsync($"/people/{adult.Id}");
        var response = await worker.GetAsync($"/people/{adult.Id}/restriction");

        Assert.DoesNotContain("Restrict this record", page.Text);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
