using Microsoft.Playwright;
using MspCaseManager.EndToEnd.Tests.Support;
using MspCaseManager.Web.Demo;
using MspCaseManager.Web.Tests.Support;

namespace MspCaseManager.EndToEnd.Tests.Journeys;

/// <summary>A case note written on the wrong enquiry: its author marks it entered in error; the lead still sees it, marked.</summary>
[Collection(BrowserCollection.Name)]
public class EnteredInErrorJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task CaseNote_MarkedByItsAuthor_GoneFromTheirListAndMarkedForTheLead()
    {
        var enquiry = await TestData.CreateEnquiryAsync(browser.App, allocatedTo: DemoAccounts.SocialWorker);
        await TestData.AddPlanActionAndNoteAsync(browser.App, enquiry.Id, DemoAccounts.SocialWorker);
        var page = await browser.NewPageAsync();
        await browser.SignInAsync(page, DemoAccounts.SocialWorker);

        await page.GotoAsync($"/enquiries/{enquiry.Id}/notes");
        await page.GetByRole(AriaRole.Link, new() { Name = "Mark as entered in error (note of" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Mark this case note as entered in error");
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("form-case-note-entered-in-error");

        await page.ClickButtonAsync("Mark as entered in error");
        await Assertions.Expect(page.Locator(".govuk-error-summary a[href='#Form_Reason']")).ToHaveTextAsync("Enter why the case note was entered in error");
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("form-case-note-entered-in-error-errors");

        await page.GetByLabel("Why was this case note entered in error?").FillAsync("Written on the wrong enquiry: it was about Mr Patel.");
        await page.ClickButtonAsync("Mark as entered in error");
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Case note marked as entered in error");
        await Assertions.Expect(page.Locator("[data-testid=case-note]")).ToHaveCountAsync(0);

        var lead = await browser.NewPageAsync();
        await browser.SignInAsync(lead, DemoAccounts.SafeguardingLead);
        await lead.GotoAsync($"/enquiries/{enquiry.Id}/notes");
        await Assertions.Expect(lead.Locator("[data-testid=entered-in-error]")).ToContainTextAsync("Written on the wrong enquiry");
        await lead.AssertAccessibleAsync();
        await lead.ScreenshotAsync("page-case-notes-lead-entered-in-error");
    }
}
