using Microsoft.Playwright;
using MspCaseManager.Domain.Concerns;
using MspCaseManager.Domain.Consent;
using MspCaseManager.Domain.Outcomes;
using MspCaseManager.Domain.Plans;
using MspCaseManager.EndToEnd.Tests.Support;
using MspCaseManager.Web.Demo;
using MspCaseManager.Web.Tests.Support;

namespace MspCaseManager.EndToEnd.Tests.Journeys;

/// <summary>
/// An 84-year-old woman was scammed out of her savings by a caller posing as her bank. She has
/// capacity and consents. She wants the calls to stop, her money back and not to feel stupid.
/// Her social worker asks whether she got what she wanted, records the risk outcome and asks to
/// close; the team manager closes the enquiry; she is given a summary in plain English.
/// </summary>
[Collection(BrowserCollection.Name)]
public class EndOfEnquiryJourneyTests(BrowserFixture browser)
{
    private async Task<int> HerEnquiryAsync()
    {
        var factory = browser.App;
        var today = TestData.Today;
        var adult = await TestData.CreateAdultAsync(factory, a => a with { FirstName = "Edith", DateOfBirth = today.AddYears(-84).AddDays(-30) });
        var enquiry = await TestData.CreateEnquiryAsync(factory, allocatedTo: DemoAccounts.SocialWorker, adultId: adult.Id, concernChange: c => c with
        {
            WhatHappened = "A caller posing as her bank persuaded her to move her savings to a 'safe account'.",
            Allegations = [new AllegationDetails(RiskType.FinancialOrMaterialAbuse, RiskLocation.OwnHome, RiskSource.OtherUnknownToIndividual)],
        });
        await TestData.ChangeEnquiryAsync(factory, enquiry.Id, (e, userId) =>
        {
            var now = DateTime.UtcNow;
            e.RecordConsent(new ConsentDetails { Answer = ConsentAnswer.Yes, AskedOn = today, ConsentsToShareInformation = false }, userId, now, today);
            e.RecordFeelingSafeAtStart(true, 3, null);
            foreach (var (words, category) in new[]
            {
                ("the calls to stop", DesiredOutcomeCategory.AbuseToStopAndFeelSafer),
                ("to get my money back", DesiredOutcomeCategory.SomethingElse),
                ("not to feel stupid", DesiredOutcomeCategory.HelpToFeelMoreConfident),
            })
            {
                e.AddDesiredOutcome(new DesiredOutcomeDetails { Words = words, Category = category, On = today }, expressedBy: null, userId, now, today);
            }

            e.AddPlanAction(new PlanActionDetails { What = "Call blocking put on your phone line", Who = "Your telephone provider", DueOn = today, Status = PlanActionStatus.Completed, CompletedOn = today }, today);
            e.AddPlanAction(new PlanActionDetails { What = "Your bank's fraud team looked into the payments and got some of your money back", Who = "Your bank", DueOn = today, Status = PlanActionStatus.Completed, CompletedOn = today }, today);
        });
        return enquiry.Id;
    }

    private static ILocator Question(IPage page, string legend) => page.GetByRole(AriaRole.Group, new() { Name = legend, Exact = true });

    [Fact]
    public async Task EndOfEnquiry_ScamVictim_ReviewedClosedAndGivenHerSummary()
    {
        var id = await HerEnquiryAsync();
        var page = await browser.NewPageAsync();
        await browser.SignInAsync(page, DemoAccounts.SocialWorker);

        // Were your outcomes met?
        await page.GotoAsync($"/enquiries/{id}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Outcomes review", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Were your outcomes met?", Level = 1 })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        await Question(page, "Who took part?").GetByLabel("The adult").CheckAsync();
        await Question(page, "“the calls to stop”").GetByLabel("Fully Achieved").CheckAsync();

        // Each comment box is inside its outcome's group, and its accessible name says which outcome it is about.
        ILocator Comment(string words) =>
            Question(page, $"“{words}”").GetByRole(AriaRole.Textbox, new() { Name = $"What they said about “{words}” (optional)", Exact = true });
        await Comment("the calls to stop").FillAsync("No more calls since the blocker went on");

        // The first visit ends part-way: the answers so far are kept for her worker, not recorded on the enquiry.
        await page.GetByRole(AriaRole.Button, new() { Name = "Save and finish later" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Your answers so far are saved. Only you can see them until you save the review")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Outcomes review", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("saved-part-way")).ToBeVisibleAsync();
        await Assertions.Expect(Question(page, "“the calls to stop”").GetByLabel("Fully Achieved")).ToBeCheckedAsync();
        await Assertions.Expect(Comment("the calls to stop")).ToHaveValueAsync("No more calls since the blocker went on");
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("end-of-enquiry-review-part-way");

        await Question(page, "“to get my money back”").GetByLabel("Partially Achieved").CheckAsync();
        await Question(page, "“not to feel stupid”").GetByLabel("Partially Achieved").CheckAsync();
        await Comment("to get my money back").FillAsync("I got some of it back, not all");
        await Comment("not to feel stupid").FillAsync("I know now it could happen to anyone");
        foreach (var question in Enum.GetValues<EndOfEnquiryQuestion>())
        {
            await Question(page, Domain.Common.Labels.Of(question)).GetByLabel("Yes", new() { Exact = true }).CheckAsync();
        }

        await Question(page, "How safe do they feel now?").GetByLabel("7", new() { Exact = true }).CheckAsync();
        await Assertions.Expect(page.GetByText("At the start of the enquiry they said 3 out of 10.")).ToBeVisibleAsync();
        await page.ScreenshotAsync("end-of-enquiry-review");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the review" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Outcomes review recorded")).ToBeVisibleAsync();

        // The overall answer was worked out as Partially, which the form now shows when reopened.
        await page.GotoAsync($"/enquiries/{id}/review");
        await Assertions.Expect(page.GetByText("From the answers above: Partially Achieved")).ToBeVisibleAsync();

        // Risk outcome: the result of action is revealed and required for "Risk identified and action taken".
        await page.GotoAsync($"/enquiries/{id}/risk-outcome");
        await page.GetByLabel("Risk identified and action taken", new() { Exact = true }).CheckAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Group, new() { Name = "What was the result of the action?", Exact = true })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("end-of-enquiry-risk-outcome");
        await Question(page, "What was the result of the action?").GetByLabel("Risk reduced").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the risk outcome" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Risk assessment outcome recorded")).ToBeVisibleAsync();

        // Closure requested.
        await page.GotoAsync($"/enquiries/{id}/closure");
        await page.AssertAccessibleAsync();
        await page.GetByLabel("Closing summary").FillAsync("Calls blocked; her bank's fraud team recovered part of her savings. She feels safer (3 to 7).");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ask a team manager to close the enquiry" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Closure requested. A team manager will review it")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();

        // The manager authorises closure.
        var manager = await browser.NewPageAsync();
        await browser.SignInAsync(manager, DemoAccounts.TeamManager);
        await manager.GotoAsync($"/enquiries/{id}/closure");
        await manager.GetByRole(AriaRole.Button, new() { Name = "Review the closure request" }).ClickAsync();
        await Assertions.Expect(manager.GetByTestId("closing-summary")).ToContainTextAsync("fraud team");
        await manager.AssertAccessibleAsync();
        await manager.GetByLabel("Authorise closure").CheckAsync();
        await manager.GetByRole(AriaRole.Button, new() { Name = "Save decision" }).ClickAsync();
        await Assertions.Expect(manager.GetByText("Closure authorised. The enquiry is closed")).ToBeVisibleAsync();
        await Assertions.Expect(manager.GetByTestId("closed-notice")).ToContainTextAsync("This enquiry is closed. A team manager can reopen it.");
        await manager.AssertAccessibleAsync();
        await manager.ScreenshotAsync("end-of-enquiry-closed");

        // Read-only: the worker's edit pages lead back to the closed enquiry.
        await page.GotoAsync($"/enquiries/{id}/review");
        Assert.EndsWith($"/enquiries/{id}", new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);
        await Assertions.Expect(page.GetByTestId("closed-notice")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Outcomes review", Exact = true })).ToHaveCountAsync(0);

        // Her summary, as it prints.
        await page.GotoAsync($"/enquiries/{id}/summary");
        var summary = page.GetByTestId("adult-summary");
        await Assertions.Expect(summary).ToContainTextAsync("“the calls to stop”");
        await Assertions.Expect(summary).ToContainTextAsync("This partly happened.");
        await Assertions.Expect(summary).ToContainTextAsync("Contact North Locality Team and ask for Sam Okafor.");
        await page.AssertAccessibleAsync();
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Assertions.Expect(page.Locator(".govuk-service-navigation")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator(".govuk-back-link")).ToBeHiddenAsync();
        await page.ScreenshotAsync("end-of-enquiry-adult-summary-print");
    }
}
