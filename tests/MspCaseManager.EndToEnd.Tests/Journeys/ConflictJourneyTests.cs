using System.Text.RegularExpressions;
using Microsoft.Playwright;
using MspCaseManager.EndToEnd.Tests.Support;
using MspCaseManager.Web.Demo;
using MspCaseManager.Web.Tests.Support;

namespace MspCaseManager.EndToEnd.Tests.Journeys;

/// <summary>
/// A social worker and her team manager update the same plan action at once. The manager saves
/// first; the worker is told who changed it and when, finds what she typed still in the form with
/// what is saved now beside each field the manager changed, and saves hers with one more press.
/// </summary>
[Collection(BrowserCollection.Name)]
public partial class ConflictJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task PlanAction_SavedByTheManagerMeanwhile_WorkerSeesWhoAndSavesHerChangeAgain()
    {
        var enquiry = await TestData.CreateEnquiryAsync(browser.App, allocatedTo: DemoAccounts.SocialWorker);
        var (actionId, _) = await TestData.AddPlanActionAndNoteAsync(browser.App, enquiry.Id);
        var worker = await browser.NewPageAsync();
        var manager = await browser.NewPageAsync();
        await browser.SignInAsync(worker, DemoAccounts.SocialWorker);
        await browser.SignInAsync(manager, DemoAccounts.TeamManager);
        var url = $"/enquiries/{enquiry.Id}/plan/actions/{actionId}";
        await worker.GotoAsync(url);
        await manager.GotoAsync(url);

        await manager.GetByLabel("Who will do it").FillAsync("Northshire Police");
        await manager.ClickButtonAsync("Save action");
        await Assertions.Expect(manager).ToHaveURLAsync(PlanPage());

        const string typed = "Ask the bank to stop the nephew using her card and to send statements to her home";
        await worker.GetByLabel("What will be done").FillAsync(typed);
        await worker.ClickButtonAsync("Save action");

        await Assertions.Expect(worker.GetByText("Priya Shah changed this record on")).ToBeVisibleAsync();
        await Assertions.Expect(worker.GetByLabel("What will be done")).ToHaveValueAsync(typed);
        await Assertions.Expect(worker.GetByText("Saved now: Northshire Police")).ToBeVisibleAsync();
        await worker.AssertAccessibleAsync();
        await worker.ScreenshotAsync("edit-conflict");

        await worker.ClickButtonAsync("Save action");
        await Assertions.Expect(worker).ToHaveURLAsync(PlanPage());
        await Assertions.Expect(worker.GetByRole(AriaRole.Cell, new() { Name = typed, Exact = true })).ToBeVisibleAsync();
    }

    [GeneratedRegex(@"/enquiries/\d+/plan$")]
    private static partial Regex PlanPage();
}
