using Microsoft.EntityFrameworkCore;
using MspCaseManager.Domain.Audit;
using MspCaseManager.Domain.CaseNotes;
using MspCaseManager.Web.Demo;
using MspCaseManager.Web.Features.Reports;

namespace MspCaseManager.Web.Tests.Features.EnteredInError;

public class EnteredInErrorTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private static IEnumerable<KeyValuePair<string, string>> Reason(string reason, string version) =>
        [new("Form.Reason", reason), new("Form.Version", version)];

    [Fact]
    public async Task MarkCaseNote_ByManager_GoneFromTheListLeadStillSeesItMarked_Audited()
    {
        var enquiry = await TestData.CreateEnquiryAsync(factory, allocatedTo: DemoAccounts.SocialWorker);
        var (_, noteId) = await TestData.AddPlanActionAndNoteAsync(factory, enquiry.Id);
        using var manager = await factory.SignedInClientAsync(DemoAccounts.TeamManager);
        var url = $"/enquiries/{enquiry.Id}/notes/{noteId}/entered-in-error";
        var form = await manager.GetPageAsync(url);

        var marked = await manager.SubmitAsync(url, Reason("Written on the wrong enquiry", form.ValueOf("Form.Version")!));
        var managersList = await manager.GetPageAsync($"/enquiries/{enquiry.Id}/notes");
        using var lead = await factory.SignedInClientAsync(DemoAccounts.SafeguardingLead);
        var leadsList = await lead.GetPageAsync($"/enquiries/{enquiry.Id}/notes");
        var audit = await factory.WithDbAsync(db => db.AuditEvents
            .Where(e => e.EntityType == nameof(CaseNote) && e.EntityId == noteId.ToString() && e.Action == AuditAction.Update).ToListAsync());

        Assert.Equal("Mark this case note as entered in error", form.Document.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal($"/enquiries/{enquiry.Id}/notes", marked.RedirectLocation);
        Assert.Empty(managersList.Document.QuerySelectorAll("[data-testid=case-note]"));
        var shown = Assert.Single(leadsList.Document.QuerySelectorAll("[data-testid=entered-in-error]"));
        Assert.Contains("Entered in error", shown.TextContent);
        Assert.Contains("Written on the wrong enquiry", shown.TextContent);
        Assert.Contains(DemoAccounts.TeamManager.DisplayName, shown.TextContent);
        Assert.Contains(audit, e => e.Changes!.Contains("Written on the wrong enquiry"));
        Assert.Equal(1, await factory.WithDbAsync(db => db.CaseNotes.CountAsync(n => n.Id == noteId)));
    }

    [Fact]
    public async Task MarkCaseNote_NoReason_ShowsTheErrorAgainstTheFieldAndChangesNothing()
    {
        var enquiry = await TestData.CreateEnquiryAsync(factory, allocatedTo: DemoAccounts.SocialWorker);
        var (_, noteId) = await TestData.AddPlanActionAndNoteAsync(factory, enquiry.Id);
        using var manager = await factory.SignedInClientAsync(DemoAccounts.TeamManager);

        var page = await manager.SubmitAsync($"/enquiries/{enquiry.Id}/notes/{noteId}/entered-in-error", Reason("   ", "0"));

        Assert.Equal([("Enter why the case note was entered in error", "#Form_Reason")], page.ErrorSummary);
        Assert.False(await factory.WithDbAsync(db => db.CaseNotes.AnyAsync(n => n.Id == noteId && n.EnteredInErrorAtUtc != null)));
    }

    [Fact]
    public async Task MarkCaseNote_WorkerWhoDidNotWriteIt_HasNoLinkAndIsForbidden()
    {
        var enquiry = await TestData.CreateEnquiryAsync(factory, allocatedTo: DemoAccounts.SocialWorker);
        var (_, noteId) = await TestData.AddPlanActionAndNoteAsync(factory, enquiry.Id);
        using var worker = await factory.SignedInClientAsync(DemoAccounts.SocialWorker);
        using var lead = await factory.SignedInClientAsync(DemoAccounts.SafeguardingLead);
        var url = $"/enquiries/{enquiry.Id}/notes/{noteId}/entered-in-error";

        var list = await worker.GetPageAsync($"/enquiries/{enquiry.Id}/notes");

        Assert.DoesNotContain(list.Document.QuerySelectorAll("a"), a => a.GetAttribute("href") == url);
        Assert.Equal(HttpStatusCode.Forbidden, (await worker.GetPageAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await lead.GetPageAsync(url)).StatusCode);
    }

    [Fact]
    public async Task MarkCaseNote_ByItsAuthor_IsMarkedAndGoneFromTheNeedsAttentionCount()
    {
        var enquiry = await TestData.CreateEnquiryAsync(factory, allocatedTo: DemoAccounts.SocialWorker);
        var (_, noteId) = await TestData.AddPlanActionAndNoteAsync(factory, enquiry.Id, DemoAccounts.SocialWorker);
        using var worker = await factory.SignedInClientAsync(DemoAccounts.SocialWorker);
        var list = await worker.GetPageAsync($"/enquiries/{enquiry.Id}/notes");
        var url = $"/enquiries/{enquiry.Id}/notes/{noteId}/entered-in-error";

        var marked = await worker.SubmitAsync(url, Reason("Meant for Mr Patel's enquiry", "0"));

        Assert.Contains(list.Document.QuerySelectorAll("a"), a => a.GetAttribute("href") == url);
        Assert.Equal($"/enquiries/{enquiry.Id}/notes", marked.RedirectLocation);
        Assert.Equal(0, await factory.WithDbAsync(db => db.CaseNotes.ThatCount().CountAsync(n => n.EnquiryId == enquiry.Id)));
        Assert.Equal(HttpStatusCode.NotFound, (await worker.GetPageAsync(url)).StatusCode);
    }

    [Fact]
    public async Task MarkCaseNote_OtherTeam_IsNotFound()
    {
        var enquiry = await TestData.CreateEnquiryAsync(factory, team: DemoAccounts.SouthTeam);
        var (_, noteId) = await TestData.AddPlanActionAndNoteAsync(factory, enquiry.Id);
        using var manager = await factory.SignedInClientAsync(DemoAccounts.TeamManager);

        Assert.Equal(HttpStatusCode.NotFound, (await manager.GetPageAsync($"/enquiries/{enquiry.Id}/notes/{noteId}/entered-in-error")).StatusCode);
    }

    [Fact]
    public async Task MarkConcern_ByManager_LeavesThePersonPageAndTheReportsWithItsEnquiry()
    {
        var enquiry = await TestData.CreateEnquiryAsync(factory, allocatedTo: DemoAccounts.SocialWorker);
        var scope = new ReportScope(null, new ReportPeriod(DateOnly.MinValue, DateOnly.MaxValue, null), new ReportFilter());
        var before = await factory.WithDbAsync(async db => (await scope.Concerns(db).CountAsync(), await scope.Enquiries(db).CountAsync()));
        using var manager = await factory.SignedInClientAsync(DemoAccounts.TeamManager);
        var url = $"/concerns/{enquiry.ConcernId}/entered-in-error";
        var form = await manager.GetPageAsync(url);

        var marked = await manager.SubmitAsync(url, Reason("Recorded against the wrong person", form.ValueOf("Form.Version")!));
        var person = await manager.GetPageAsync($"/people/{enquiry.AdultId}");
        var after = await factory.WithDbAsync(async db => (await scope.Concerns(db).CountAsync(), await scope.Enquiries(db).CountAsync()));
        using var lead = await factory.SignedInClientAsync(DemoAccounts.SafeguardingLead);
        var leadsConcern = await lead.GetPageAsync($"/concerns/{enquiry.ConcernId}");

        Assert.Equal($"/people/{enquiry.AdultId}", marked.RedirectLocation);
        Assert.DoesNotContain(person.Document.QuerySelectorAll("a"), a => a.GetAttribute("href") == $"/concerns/{enquiry.ConcernId}");
        Assert.DoesNotContain(person.Document.QuerySelectorAll("a"), a => a.GetAttribute("href") == $"/enquiries/{enquiry.Id}");
        Assert.Equal((before.Item1 - 1, before.Item2 - 1), after);
        Assert.Equal(HttpStatusCode.NotFound, (await manager.GetPageAsync($"/enquiries/{enquiry.Id}")).StatusCode);
        Assert.Contains("Recorded against the wrong person", leadsConcern.Document.QuerySelector("[data-testid=entered-in-error]")!.TextContent);
    }

    [Fact]
    public async Task MarkConcern_SocialWorker_IsForbidden()
    {
        var concern = await TestData.CreateConcernAsync(factory, recordedBy: DemoAccounts.SocialWorker);
        using var worker = await factory.SignedInClientAsync(DemoAccounts.SocialWorker);

        Assert.Equal(HttpStatusCode.Forbidden, (await worker.GetPageAsync($"/concerns/{concern.Id}/entered-in-error")).StatusCode);
        Assert.False(await factory.WithDbAsync(db => db.Concerns.AnyAsync(c => c.Id == concern.Id && c.EnteredInErrorAtUtc != null)));
    }

    [Fact]
    public async Task MarkOutcome_GoneFromTheOutcomesList()
    {
        var enquiry = await TestData.CreateEnquiryAsync(factory, allocatedTo: DemoAccounts.SocialWorker);
        var (outcomeId, _) = await TestData.AddOutcomeAndReferralAsync(factory, enquiry.Id);
        using var worker = await factory.SignedInClientAsync(DemoAccounts.SocialWorker);
        var url = $"/enquiries/{enquiry.Id}/outcomes/{outcomeId}/entered-in-error";
        var form = await worker.GetPageAsync(url);

        await worker.SubmitAsync(url, Reason("Another person's outcome", form.ValueOf("Form.Version")!));
        var list = await worker.GetPageAsync($"/enquiries/{enquiry.Id}/outcomes");

        Assert.Empty(list.Document.QuerySelectorAll("[data-testid=outcome]"));
    }

    [Fact]
    public async Task MarkPlanAction_GoneFromThePlan()
    {
        var enquiry = await TestData.CreateEnquiryAsync(factory, allocatedTo: DemoAccounts.SocialWorker);
        var (actionId, _) = await TestData.AddPlanActionAndNoteAsync(factory, enquiry.Id);
        using var worker = await factory.SignedInClientAsync(DemoAccounts.SocialWorker);
        var url = $"/enquiries/{enquiry.Id}/plan/actions/{actionId}/entered-in-error";
        var form = await worker.GetPageAsync(url);

        await worker.SubmitAsync(url, Reason("Meant for another enquiry", form.ValueOf("Form.Version")!));
        var plan = await worker.GetPageAsync($"/enquiries/{enquiry.Id}/plan");

        Assert.Empty(plan.Document.QuerySelectorAll("[data-testid=plan-action]"));
    }
}
