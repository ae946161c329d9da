using Microsoft.Playwright;
using MspCaseManager.Domain.Consent;
using MspCaseManager.Domain.Outcomes;
using MspCaseManager.Domain.Plans;
using MspCaseManager.EndToEnd.Tests.Support;
using MspCaseManager.Web.Tests.Support;

namespace MspCaseManager.EndToEnd.Tests.Journeys;

/// <summary>
/// A team manager starts the day on the team caseload. One of Ann's enquiries has had nothing
/// recorded for a month and another, whose closure she asked for, has a plan action overdue: both
/// need attention. Ann is going on leave, so the manager gives the first to Bob, with the reason,
/// then opens Bob's s42 decision from the authorisation queue (its review shows the concern) and
/// authorises the closure straight from the queue. Bob finds the enquiry in My cases, with what to
/// do next; Ann can still read it but no longer change it.
/// </summary>
[Collection(BrowserCollection.Name)]
public class CaseloadJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task Caseload_FlaggedEnquiry_ReallocatedClosureAuthorisedFromTheQueueAndSeenByTheNewWorker()
    {
        var factory = browser.App;
        var team = await TestTeams.CreateAsync(factory, names: ["Grace Obi", "Ann Patel", "Bob Hughes"]);
        var (manager, ann, bob) = (team.Manager, team.Workers[0], team.Workers[1]);
        var untouched = await TestTeams.OpenEnquiryAsync(factory, team, ann, openedDaysAgo: 30, lastName: "Holloway");
        var closing = await TestTeams.OpenEnquiryAsync(factory, team, ann, openedDaysAgo: 15, lastName: "Dunmore", change: (e, userId) =>
        {
            var today = TestData.Today;
            e.RecordConsent(EnquiryHistories.Consent(ConsentAnswer.Yes), userId, DateTime.UtcNow, today);
            e.RecordFeelingSafeAtStart(true, 3, null);
            e.AddDesiredOutcome(new DesiredOutcomeDetails { Words = "the calls to stop", Category = DesiredOutcomeCategory.AbuseToStopAndFeelSafer, On = today },
                SpokenBy.TheAdult, userId, DateTime.UtcNow, today);
            e.AddPlanAction(EnquiryHistories.PlanAction(-2, PlanActionStatus.InProgress) with { What = "Bank to confirm the refund", Who = "Her bank" }, today);
        });
        await TestData.ChangeEnquiryAsync(factory, closing, (e, userId) =>
        {
            EnquiryHistories.Review(e, userId);
            e.RequestClosure("Calls blocked; her bank is refunding the payments.", userId, DateTime.UtcNow);
        }, ann.Account);
        var concern = await TestTeams.DecisionAwaitingAsync(factory, team, bob, lastName: "Ashby");

        // The manager's start page: Ann has two enquiries that need attention.
        var page = await browser.NewPageAsync();
        await browser.SignInAsync(page, manager.Account);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Team caseload", Level = 1 })).ToBeVisibleAsync();
        var annRow = page.GetByTestId($"worker-{ann.Id}");
        await Assertions.Expect(annRow.GetByTestId("need-attention")).ToHaveTextAsync("2 of Ann Patel's enquiries need attention");
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("caseload-team-caseload");

        await annRow.GetByRole(AriaRole.Link, new() { Name = "2 of Ann Patel's enquiries need attention" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "The team's open enquiries", Level = 1 })).ToBeVisibleAsync();
        var flagged = page.GetByTestId($"enquiry-{untouched}");
        await Assertions.Expect(flagged).ToContainTextAsync("Not asked what they want to happen 5 working days after the enquiry started");
        await Assertions.Expect(flagged).ToContainTextAsync("No case note for 20 days");
        await Assertions.Expect(page.GetByTestId($"enquiry-{closing}")).ToContainTextAsync("Plan actions overdue");
        await Assertions.Expect(page.GetByLabel("Needs attention")).ToBeCheckedAsync();
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("caseload-needs-attention");

        // Ann is going on leave: the untouched enquiry goes to Bob, with the reason.
        await flagged.GetByRole(AriaRole.Link, new() { Name = "Margaret Holloway" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("needs-attention")).ToContainTextAsync("Consent not recorded");
        await page.GetByRole(AriaRole.Link, new() { Name = "Change who the enquiry is allocated to" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Holds the enquiry now")).ToBeVisibleAsync();
        await page.GetByLabel("Bob Hughes").CheckAsync();
        await page.GetByLabel("Why is the allocation changing?").FillAsync("Ann is on leave for six weeks");
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("caseload-reallocate");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save allocation" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Enquiry allocated")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("allocated-worker")).ToHaveTextAsync("Bob Hughes");
        await Assertions.Expect(page.GetByTestId("allocation-history")).ToContainTextAsync("Allocated to Bob Hughes by Grace Obi");
        await Assertions.Expect(page.GetByTestId("allocation-history")).ToContainTextAsync("Reason: Ann is on leave for six weeks");
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("caseload-overview-after-reallocation");

        // The closure is waiting in the authorisation queue; the review shows what is being signed off.
        await page.GetByRole(AriaRole.Link, new() { Name = "Authorisations" }).ClickAsync();
        var queued = page.GetByTestId($"closure-{closing}");
        await Assertions.Expect(queued).ToContainTextAsync("Ann Patel");
        await Assertions.Expect(page.GetByTestId($"decision-{concern}")).ToContainTextAsync("Bob Hughes");
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("caseload-authorisation-queue");

        // Bob's s42 decision is waiting too: its review shows the concern it answers.
        await page.GetByRole(AriaRole.Link, new() { Name = "Review the s42 decision for Margaret Ashby" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("concern-details")).ToContainTextAsync("Bruising to both arms; says her son pushed her.");
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("caseload-decision-review");
        await page.GetByRole(AriaRole.Link, new() { Name = "Back to authorisations" }).ClickAsync();
        await queued.GetByRole(AriaRole.Link, new() { Name = "Review the closure request for Margaret Dunmore" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("closing-summary")).ToHaveTextAsync("Calls blocked; her bank is refunding the payments.");
        await Assertions.Expect(page.GetByTestId("feeling-safe")).ToContainTextAsync("3 out of 10");
        await Assertions.Expect(page.GetByTestId("outcomes-review")).ToContainTextAsync("“the calls to stop”");
        await Assertions.Expect(page.GetByTestId("still-open")).ToContainTextAsync("Bank to confirm the refund");
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("caseload-closure-review");
        await page.GetByLabel("Authorise closure").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save decision" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Closure authorised. The enquiry is closed")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Authorisations" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId($"closure-{closing}")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId($"decision-{concern}")).ToBeVisibleAsync();

        // Bob sees the enquiry in My cases, with what needs doing.
        var bobsPage = await browser.NewPageAsync();
        await browser.SignInAsync(bobsPage, bob.Account);
        await Assertions.Expect(bobsPage.GetByRole(AriaRole.Heading, new() { Name = "My cases", Level = 1 })).ToBeVisibleAsync();
        var row = bobsPage.GetByTestId($"enquiry-{untouched}");
        await Assertions.Expect(row.GetByTestId("stage")).ToHaveTextAsync("Starting");
        await Assertions.Expect(row.GetByTestId("next-step")).ToHaveTextAsync("Ask what they want to happen");
        await Assertions.Expect(row.GetByTestId("days-open")).ToHaveTextAsync("30 days");
        await Assertions.Expect(row).ToContainTextAsync("Consent not recorded");
        await bobsPage.AssertAccessibleAsync();
        await bobsPage.ScreenshotAsync("caseload-my-cases");

        // Ann can still read it, but it is no longer hers to change.
        var annsPage = await browser.NewPageAsync();
        await browser.SignInAsync(annsPage, ann.Account);
        await Assertions.Expect(annsPage.GetByTestId($"enquiry-{untouched}")).ToHaveCountAsync(0);
        await annsPage.GotoAsync($"/enquiries/{untouched}");
        await Assertions.Expect(annsPage.GetByTestId("read-only")).ToBeVisibleAsync();
    }
}
