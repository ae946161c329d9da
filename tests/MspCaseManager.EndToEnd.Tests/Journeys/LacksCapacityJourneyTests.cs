using Microsoft.Playwright;
using MspCaseManager.Domain.Concerns;
using MspCaseManager.Domain.Outcomes;
using MspCaseManager.Domain.People;
using MspCaseManager.EndToEnd.Tests.Support;
using MspCaseManager.Web.Demo;
using MspCaseManager.Web.Tests.Support;

namespace MspCaseManager.EndToEnd.Tests.Journeys;

/// <summary>
/// An 88-year-old woman with dementia is neglected in her nursing home. She lacks capacity to
/// decide where she lives; her son holds a health and welfare Lasting Power of Attorney and is
/// consulted. She needs an advocate: the first provider cannot allocate one, the second does.
/// She dies before the review. Everything is recorded on its own page, in the order it happened,
/// with no case note standing in for a field, and the enquiry is closed. axe on every page.
/// </summary>
[Collection(BrowserCollection.Name)]
public class LacksCapacityJourneyTests(BrowserFixture browser)
{
    private DateOnly Today => browser.App.Clock.Today();

    private async Task<(int EnquiryId, int AdultId)> HerEnquiryAsync()
    {
        var factory = browser.App;
        var today = TestData.Today;
        var adult = await TestData.CreateAdultAsync(factory, a => a with
        {
            FirstName = "Winifred",
            DateOfBirth = today.AddYears(-88).AddDays(-40),
            Gender = Gender.Female,
            PrimarySupportReason = PrimarySupportReason.SupportWithMemoryAndCognition,
        });
        await factory.WithDbAsync(async db =>
        {
            var tracked = await db.Adults.FindAsync(adult.Id);
            await db.Entry(tracked!).Collection(a => a.LegalAuthorities).LoadAsync();
            tracked!.AddLegalAuthority(LegalAuthorityKind.LastingPowerOfAttorneyHealthAndWelfare, "Robert Ashby", today.AddYears(-3), today);
            await db.SaveChangesAsync();
        });
        var enquiry = await TestData.CreateEnquiryAsync(factory, allocatedTo: DemoAccounts.SocialWorker, adultId: adult.Id, concernChange: c => c with
        {
            WhatHappened = "Found by a visiting nurse with pressure sores that had not been reported, and dehydrated.",
            Allegations = [new AllegationDetails(RiskType.NeglectAndActsOfOmission, RiskLocation.CareHomeNursing, RiskSource.ServiceProvider)],
        });
        // Her son, her attorney, told the worker what she would want; that is recorded as her outcome, spoken by him.
        await TestData.ChangeEnquiryAsync(factory, enquiry.Id, (e, userId) =>
        {
            var representative = Representative.Of(RepresentativeRole.FamilyMember, "Robert Ashby");
            e.RecordOutcomesAsked(DesiredOutcomesAsked.YesAndExpressed, representative);
            e.AddDesiredOutcome(new DesiredOutcomeDetails { Words = "to be comfortable and looked after properly", Category = DesiredOutcomeCategory.AbuseToStopAndFeelSafer, On = today },
                expressedBy: representative, userId, DateTime.UtcNow, today);
        });
        return (enquiry.Id, adult.Id);
    }

    [Fact]
    public async Task LacksCapacity_AttorneyConsulted_AdvocateAtTheSecondAttempt_DiesBeforeTheReview_Closed()
    {
        var (id, adultId) = await HerEnquiryAsync();
        var page = await browser.NewPageAsync();
        await browser.SignInAsync(page, DemoAccounts.SocialWorker);
        var overview = $"/enquiries/{id}";

        // The s68 test: she cannot understand or weigh the enquiry, and her son is not independent of the home's decisions about her.
        await page.GotoAsync($"{overview}/advocacy");
        await page.GetByRole(AriaRole.Button, new() { Name = "Assess" }).ClickAsync();
        await page.ChooseAsync("Would they have substantial difficulty being involved in the enquiry?", "Yes");
        await page.ChooseAsync("What would they have substantial difficulty with?", "Understanding relevant information");
        await page.ChooseAsync("What would they have substantial difficulty with?", "Using or weighing that information as part of being involved");
        await page.ChooseAsync("Is there an appropriate person to support them?", "There is no appropriate person");
        await page.ClickButtonAsync("Save");
        await Assertions.Expect(page.GetByTestId("duty")).ToHaveTextAsync("Applies");

        // The first referral cannot be allocated; a second provider allocates an advocate. Each change keeps its date.
        await page.GetByRole(AriaRole.Button, new() { Name = "Record a referral" }).ClickAsync();
        await page.ChooseAsync("Type of advocacy", "Care Act advocate");
        await page.GetByLabel("Advocacy provider").FillAsync("Advocacy Partners");
        await page.ClickButtonAsync("Save referral");
        await page.GetByRole(AriaRole.Link, new() { Name = "Update the referral to Advocacy Partners" }).ClickAsync();
        await page.ChooseAsync("What has happened?", "Unable to allocate");
        await page.GetByLabel("Why could an advocate not be allocated?").FillAsync("No advocate free for six weeks");
        await page.AssertAccessibleAsync();
        await page.ClickButtonAsync("Save");
        await Assertions.Expect(page.GetByTestId("referrals")).ToContainTextAsync("No advocate free for six weeks");
        await page.GotoAsync(overview);
        await Assertions.Expect(page.GetByTestId("duty-AdvocacyReferral")).ToBeVisibleAsync();

        await page.GotoAsync($"{overview}/advocacy");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record a referral" }).ClickAsync();
        await page.ChooseAsync("Type of advocacy", "Care Act advocate");
        await page.GetByLabel("Advocacy provider").FillAsync("Voiceability");
        await page.ClickButtonAsync("Save referral");
        await page.GetByRole(AriaRole.Link, new() { Name = "Update the referral to Voiceability" }).ClickAsync();
        await page.ChooseAsync("What has happened?", "Allocated");
        await page.GetByLabel("Advocate's name").FillAsync("Priya Lal");
        await page.ClickButtonAsync("Save");
        var referrals = page.GetByTestId("referral");
        await Assertions.Expect(referrals).ToHaveCountAsync(2);
        var first = referrals.Filter(new() { HasText = "Advocacy Partners" }).GetByTestId("referral-history");
        await Assertions.Expect(first).ToContainTextAsync("Unable to allocate");
        await Assertions.Expect(first).ToContainTextAsync("No advocate free for six weeks");
        await Assertions.Expect(page.GetByTestId("referrals")).ToContainTextAsync("Priya Lal");
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("lacks-capacity-01-advocacy-history");
        await page.GotoAsync(overview);
        await Assertions.Expect(page.GetByTestId("duty-AdvocacyReferral")).ToHaveCountAsync(0);

        // Capacity about where she lives.
        await page.GotoAsync($"{overview}/capacity");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record a capacity assessment" }).ClickAsync();
        await page.GetByLabel("The specific decision").FillAsync("Whether to move to another nursing home");
        await page.GetByLabel("Assessor's name").FillAsync("Sam Okafor");
        await page.ChooseAsync("Is there an impairment of, or a disturbance in the functioning of, the mind or brain?", "Yes");
        await page.GetByLabel("Evidence for stage 1").FillAsync("Vascular dementia, diagnosed 2022");
        await page.ChooseAsync("Can the person understand the information relevant to the decision?", "Unable");
        await page.GetByLabel("Evidence about understanding").FillAsync("Could not say which home she lives in or why a move was being talked about");
        await page.ChooseAsync("Can they retain that information?", "Unable");
        await page.GetByLabel("Evidence about retaining").FillAsync("Did not remember the conversation ten minutes later");
        await page.ChooseAsync("Can they use or weigh that information?", "Unable");
        await page.GetByLabel("Evidence about using or weighing").FillAsync("Could not compare the two homes, even with photographs");
        await page.ChooseAsync("Can they communicate their decision?", "Able");
        await page.GetByLabel("Evidence about communicating").FillAsync("Says clearly that she wants to be warm and to see Robert");
        await page.GetByLabel("Practicable steps taken to support the person to decide").FillAsync("Photographs of both homes, a morning visit when she is brightest, Priya Lal with her");
        await page.ChooseAsync("Conclusion", "Lacks capacity to make this decision");
        await page.ChooseAsync("Could their capacity for this decision fluctuate?", "No");
        await page.ChooseAsync("Might they regain capacity for this decision?", "No");
        await page.ClickButtonAsync("Save assessment");
        await Assertions.Expect(page.GetByTestId("conclusion")).ToHaveTextAsync("Lacks capacity to make this decision");

        // Best interests: her attorney is picked from her record (not retyped), consulted, and makes the decision.
        await page.GetByRole(AriaRole.Button, new() { Name = "Record a best-interests decision" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Robert Ashby has legal authority to make decisions for them")).ToBeVisibleAsync();
        await page.ChooseAsync("Not decided on assumptions",
            "The decision was not made only on the basis of the person’s age or appearance, or a condition or behaviour that might lead others to make assumptions about them");
        await page.GetByLabel("What relevant circumstances were considered?").FillAsync("Pressure sores not reported; two falls at night in a month");
        await page.GetByLabel("Might they regain capacity, and can the decision wait until then?").FillAsync("No: her dementia is progressing and the care is unsafe now");
        await page.GetByLabel("How was the person encouraged and helped to take part?").FillAsync("Photographs and a visit in the morning, with her advocate");
        await page.GetByLabel("Their past and present wishes and feelings, beliefs and values").FillAsync("She always said she wanted to be near Robert and to be warm");
        await page.GetByLabel("Add someone who was consulted").SelectOptionAsync(new SelectOptionValue { Label = "Robert Ashby (Lasting Power of Attorney - health and welfare)" });
        await page.ClickButtonAsync("Add this person");
        await page.GetByLabel("Robert Ashby’s view").FillAsync("Wants her moved to the home near him, where she can have a room on the ground floor");
        await page.GetByLabel("Name of option 1").FillAsync("Stay where she is, with a new care plan");
        await page.GetByLabel("Option 1 is keeping things as they are").CheckAsync();
        await page.GetByLabel("Factor 1 for option 1").FillAsync("No upheaval");
        await page.ChooseAsync("Weight of factor 1 for option 1", "Medium");
        await page.GetByLabel("Factor 1 against option 1").FillAsync("The neglect happened here");
        await page.ChooseAsync("Weight of factor 1 against option 1", "High");
        await page.GetByLabel("Name of option 2").FillAsync("Move to the home near Robert");
        await page.GetByLabel("Factor 1 for option 2").FillAsync("Robert visits daily");
        await page.ChooseAsync("Weight of factor 1 for option 2", "High");
        await page.GetByLabel("Factor 1 against option 2").FillAsync("A move can unsettle her");
        await page.ChooseAsync("Weight of factor 1 against option 2", "Medium");
        await page.ChooseAsync("Which option was chosen?", "Move to the home near Robert");
        await page.ChooseAsync("Was the least restrictive option considered?", "Yes");
        await page.GetByLabel("The decision", new() { Exact = true }).FillAsync("Move to the home near Robert");
        await page.GetByLabel("Why this decision is in their best interests").FillAsync("Safe care, and the person she most wants to see every day");
        await page.ChooseAsync("Who made the decision?", "Robert Ashby");
        await page.AssertAccessibleAsync();
        await page.ClickButtonAsync("Save decision");
        var decision = page.GetByTestId("best-interests");
        await Assertions.Expect(decision.GetByTestId("decision-maker")).ToContainTextAsync("by Robert Ashby (Lasting Power of Attorney - health and welfare)");
        await Assertions.Expect(decision.GetByTestId("consultees")).ToContainTextAsync("Robert Ashby");
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("lacks-capacity-02-best-interests");

        // She dies before the review: recorded once, on her record.
        await page.GotoAsync($"/people/{adultId}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Record date of death" }).ClickAsync();
        var diedOn = Today.AddDays(-1);
        await page.FillDateAsync("Date of death", diedOn);
        await page.AssertAccessibleAsync();
        await page.ClickButtonAsync("Save date of death");

        // The open enquiry says so, and stops asking for what needed her.
        await page.GotoAsync(overview);
        await Assertions.Expect(page.GetByTestId("adult-died")).ToContainTextAsync($"died on {diedOn:d MMMM yyyy}");
        await Assertions.Expect(page.Locator("[data-testid^=duty-]")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByText("The adult has died and the enquiry is still open")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Consent not recorded")).ToHaveCountAsync(0);
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("lacks-capacity-03-overview-after-death");

        // The review is offered as nobody could be asked because she died.
        await page.GetByRole(AriaRole.Link, new() { Name = "Outcomes review", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Group, new() { Name = "Who took part?" }).GetByLabel("Nobody", new() { Exact = true })).ToBeCheckedAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Group, new() { Name = "Why could the person not be asked?" }).GetByLabel("Died", new() { Exact = true })).ToBeCheckedAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Textbox, new() { Name = "What they said about “to be comfortable and looked after properly” (optional)", Exact = true })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("lacks-capacity-04-review");
        await page.ClickButtonAsync("Save the review");
        await Assertions.Expect(page.GetByText("Outcomes review recorded")).ToBeVisibleAsync();

        await page.GotoAsync($"{overview}/risk-outcome");
        await page.GetByLabel("Risk identified and action taken", new() { Exact = true }).CheckAsync();
        await page.ChooseAsync("What was the result of the action?", "Risk reduced");
        await page.ClickButtonAsync("Save the risk outcome");
        await Assertions.Expect(page.GetByText("Risk assessment outcome recorded")).ToBeVisibleAsync();

        await page.GotoAsync($"{overview}/sac-capacity");
        await page.AssertAccessibleAsync();
        await page.ClickButtonAsync("Confirm the answer");
        await Assertions.Expect(page.GetByText("Capacity answer confirmed")).ToBeVisibleAsync();

        await page.GotoAsync($"{overview}/closure");
        await page.GetByLabel("Closing summary").FillAsync("Neglect substantiated against the home. Winifred moved near her son and died there, comfortable, before the review.");
        await page.ClickButtonAsync("Ask a team manager to close the enquiry");
        await Assertions.Expect(page.GetByText("Closure requested. A team manager will review it")).ToBeVisibleAsync();

        var manager = await browser.NewPageAsync();
        await browser.SignInAsync(manager, DemoAccounts.TeamManager);
        await manager.GotoAsync($"{overview}/closure");
        await manager.GetByRole(AriaRole.Button, new() { Name = "Review the closure request" }).ClickAsync();
        await manager.AssertAccessibleAsync();
        await manager.GetByLabel("Authorise closure").CheckAsync();
        await manager.ClickButtonAsync("Save decision");
        await Assertions.Expect(manager.GetByText("Closure authorised. The enquiry is closed")).ToBeVisibleAsync();

        // Closed: every section shows what was recorded, and nothing asks for more.
        await manager.GotoAsync(overview);
        await Assertions.Expect(manager.GetByTestId("closed-sections")).ToBeVisibleAsync();
        await Assertions.Expect(manager.GetByTestId("adult-died")).ToHaveCountAsync(0);
        await Assertions.Expect(manager.Locator(".govuk-task-list__status").GetByText("Not started")).ToHaveCountAsync(0);
        await Assertions.Expect(manager.Locator(".govuk-task-list__status").GetByText("In progress")).ToHaveCountAsync(0);
        await manager.AssertAccessibleAsync();
        await manager.ScreenshotAsync("lacks-capacity-05-closed");
    }
}
