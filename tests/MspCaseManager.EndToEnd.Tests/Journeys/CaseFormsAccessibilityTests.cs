using Microsoft.Playwright;
using MspCaseManager.EndToEnd.Tests.Support;
using MspCaseManager.Web.Demo;
using MspCaseManager.Web.Tests.Support;

namespace MspCaseManager.EndToEnd.Tests.Journeys;

/// <summary>Every case form and page not already walked by a journey, checked with axe, empty and with errors.</summary>
[Collection(BrowserCollection.Name)]
public class CaseFormsAccessibilityTests(BrowserFixture browser)
{
    [Fact]
    public async Task PersonAndConcernForms_AreAccessibleEmptyAndWithErrors()
    {
        var enquiry = await TestData.CreateEnquiryAsync(browser.App);
        var page = await browser.NewPageAsync();
        await browser.SignInAsync(page, DemoAccounts.TeamManager);

        var forms = new (string Url, string Button, string Name)[]
        {
            ($"/people/{enquiry.AdultId}/important-people/new", "Save", "important-person"),
            ($"/people/{enquiry.AdultId}/legal-authorities/new", "Save", "legal-authority"),
            ("/people/new", "Add person", "add-person"),
        };
        foreach (var (url, button, name) in forms)
        {
            await page.GotoAsync(url);
            await page.AssertAccessibleAsync();
            await page.ClickButtonAsync(button);
            await Assertions.Expect(page.Locator(".govuk-error-summary")).ToBeVisibleAsync();
            await page.AssertAccessibleAsync();
            await page.ScreenshotAsync($"form-{name}-errors");
        }

        foreach (var (url, name) in new[]
                 {
                     ($"/people/{enquiry.AdultId}/edit", "edit-person"),
                     ($"/concerns/{enquiry.ConcernId}/edit", "edit-concern"),
                     ($"/concerns/{enquiry.ConcernId}", "concern"),
                     ($"/enquiries/{enquiry.Id}/allocation", "allocation"),
                     ("/people?Form.Name=a", "search-results"),
                 })
        {
            await page.GotoAsync(url);
            await page.AssertAccessibleAsync();
            await page.ScreenshotAsync($"page-{name}");
        }
    }

    [Fact]
    public async Task EnquiryPlanNotesAndNotNeededForms_AreAccessibleEmptyAndWithErrors()
    {
        var enquiry = await TestData.CreateEnquiryAsync(browser.App, allocatedTo: DemoAccounts.SocialWorker);
        var (actionId, _) = await TestData.AddPlanActionAndNoteAsync(browser.App, enquiry.Id);
        var page = await browser.NewPageAsync();
        await browser.SignInAsync(page, DemoAccounts.SocialWorker);

        foreach (var (url, button, name) in new[]
                 {
                     ($"/enquiries/{enquiry.Id}/plan/meetings/new", "Save meeting", "meeting"),
                     ($"/enquiries/{enquiry.Id}/notes/new", "Save note", "case-note"),
                     ($"/enquiries/{enquiry.Id}/outcomes/feeling-safe", "Save", "feeling-safe-at-start"),
                     ($"/enquiries/{enquiry.Id}/capacity/not-needed", "Save", "capacity-not-needed"),
                     ($"/enquiries/{enquiry.Id}/capacity/best-interests/not-needed", "Save", "best-interests-not-needed"),
                 })
        {
            await page.GotoAsync(url);
            await page.AssertAccessibleAsync();
            await page.ScreenshotAsync($"form-{name}");
            await page.ClickButtonAsync(button);
            await Assertions.Expect(page.Locator(".govuk-error-summary")).ToBeVisibleAsync();
            await page.AssertAccessibleAsync();
            await page.ScreenshotAsync($"form-{name}-errors");
        }

        await page.GotoAsync($"/enquiries/{enquiry.Id}/plan/actions/{actionId}");
        await page.ChooseAsync("Status", "Cancelled");
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("form-plan-action-update");

        await page.GotoAsync($"/enquiries/{enquiry.Id}/advocacy/not-needed");
        await page.GetByLabel("Why is advocacy not needed?").FillAsync("He is taking part fully with his sister's support");
        await page.ClickButtonAsync("Save");
        await Assertions.Expect(page.GetByText("He is taking part fully with his sister's support")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("page-overview-not-needed");
        await page.GotoAsync($"/enquiries/{enquiry.Id}/advocacy");
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("page-advocacy-not-needed");
    }
}
