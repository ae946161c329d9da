using Microsoft.Playwright;
using MspCaseManager.EndToEnd.Tests.Support;
using MspCaseManager.Web.Demo;
using MspCaseManager.Web.Tests.Support;

namespace MspCaseManager.EndToEnd.Tests.Journeys;

[Collection(BrowserCollection.Name)]
public class RestrictedRecordJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task RestrictRecord_TeamManager_SocialWorkerSeesRestrictedRecordAndLeadSeesWhoViewed()
    {
        var enquiry = await TestData.CreateEnquiryAsync(browser.App, recordedBy: DemoAccounts.TeamManager);
        var manager = await browser.NewPageAsync();
        await browser.SignInAsync(manager, DemoAccounts.TeamManager);

        await manager.GotoAsync($"/people/{enquiry.AdultId}");
        await manager.GetByRole(AriaRole.Button, new() { Name = "Restrict this record" }).ClickAsync();
        await manager.GetByRole(AriaRole.Button, new() { Name = "Restrict the record" }).ClickAsync();
        await Assertions.Expect(manager.Locator(".govuk-error-summary")).ToBeVisibleAsync();
        await manager.AssertAccessibleAsync();
        await manager.ScreenshotAsync("restrict-record-error");
        await manager.GetByRole(AriaRole.Radio, new() { Name = "Other" }).CheckAsync();
        await manager.GetByLabel("Give the reason (needed if you chose other)").FillAsync("Local councillor");
        await manager.GetByRole(AriaRole.Button, new() { Name = "Restrict the record" }).ClickAsync();
        await Assertions.Expect(manager.GetByTestId("restricted-warning")).ToContainTextAsync("Local councillor");
        await manager.AssertAccessibleAsync();
        await manager.ScreenshotAsync("restricted-person");

        var lastName = await browser.App.WithDbAsync(db => Task.FromResult(db.Adults.Where(a => a.Id == enquiry.AdultId).Select(a => a.LastName).Single()));
        var worker = await browser.NewPageAsync();
        await browser.SignInAsync(worker, DemoAccounts.SocialWorker);
        await worker.GotoAsync($"/people?Form.Name={lastName}");
        await Assertions.Expect(worker.GetByTestId("restricted-record")).ToContainTextAsync("Restricted record");
        await worker.AssertAccessibleAsync();
        await worker.ScreenshotAsync("search-restricted-record");

        var lead = await browser.NewPageAsync();
        await browser.SignInAsync(lead, DemoAccounts.SafeguardingLead);
        await lead.GotoAsync($"/people/{enquiry.AdultId}");
        await lead.GetByRole(AriaRole.Link, new() { Name = "Who has viewed or changed this person's record" }).ClickAsync();
        await Assertions.Expect(lead.GetByTestId("audit-table")).ToContainTextAsync("Priya Shah");
        await lead.AssertAccessibleAsync();
        await lead.ScreenshotAsync("person-audit");
    }
}
