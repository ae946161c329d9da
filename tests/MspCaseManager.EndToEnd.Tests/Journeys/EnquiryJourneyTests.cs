using Microsoft.Playwright;
using MspCaseManager.Domain.People;
using MspCaseManager.EndToEnd.Tests.Support;
using MspCaseManager.Web.Demo;
using MspCaseManager.Web.Tests.Support;

namespace MspCaseManager.EndToEnd.Tests.Journeys;

/// <summary>
/// The Making Safeguarding Personal conversation: a man with a learning disability is being
/// exploited by a "friend" who takes his money. His social worker finds he needs an independent
/// advocate, refers him, assesses his capacity about contact with the friend, makes a
/// best-interests decision with the advocate consulted, records his outcomes in his words as
/// expressed with his advocate, then plans and writes it up. axe on every page, errors included.
/// </summary>
[Collection(BrowserCollection.Name)]
public class EnquiryJourneyTests(BrowserFixture browser)
{
    private DateOnly Today => browser.App.Clock.Today();

    [Fact]
    public async Task MspConversation_AdvocateReferredAndCapacityAssessed_RecordsHisOutcomesPlanAndNotes()
    {
        var enquiry = await TestData.CreateEnquiryAsync(browser.App, allocatedTo: DemoAccounts.SocialWorker, adult: a => a with
        {
            FirstName = "Daniel",
            DateOfBirth = Today.AddYears(-34),
            Gender = Gender.Male,
            PrimarySupportReason = PrimarySupportReason.LearningDisabilitySupport,
        });
        await TestData.AddImportantPersonAsync(browser.App, enquiry.AdultId, "Gary Pike", "Friend (the person taking his money)", couldBeAppropriatePerson: false);
        var page = await browser.NewPageAsync();
        await browser.SignInAsync(page, DemoAccounts.SocialWorker);
        var overview = $"/enquiries/{enquiry.Id}";
        var advocacyWarning = page.GetByTestId("duty-AdvocacyReferral");

        await page.GotoAsync(overview);
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("enquiry-01-overview");

        // The s68 test: substantial difficulty understanding and weighing, and Gary cannot be his appropriate person.
        await page.GetByRole(AriaRole.Link, new() { Name = "Advocacy" }).ClickAsync();
        await page.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Assess" }).ClickAsync();
        await page.ClickButtonAsync("Save");
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("enquiry-02-advocacy-test-errors");
        await Assertions.Expect(page.GetByLabel("Gary Pike")).ToHaveCountAsync(0);
        await page.ChooseAsync("Would they have substantial difficulty being involved in the enquiry?", "Yes");
        await page.ChooseAsync("What would they have substantial difficulty with?", "Understanding relevant information");
        await page.ChooseAsync("What would they have substantial difficulty with?", "Using or weighing that information as part of being involved");
        await page.ChooseAsync("Is there an appropriate person to support them?", "There is no appropriate person");
        await page.ScreenshotAsync("enquiry-03-advocacy-test");
        await page.ClickButtonAsync("Save");
        await Assertions.Expect(page.GetByTestId("duty")).ToHaveTextAsync("Applies");
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("enquiry-04-advocacy-duty");

        await page.GotoAsync(overview);
        await Assertions.Expect(advocacyWarning).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("enquiry-05-overview-advocacy-warning");

        // A Care Act advocate referral clears the warning; the advocate is then allocated.
        await page.GetByRole(AriaRole.Link, new() { Name = "Advocacy" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Record a referral" }).ClickAsync();
        await page.AssertAccessibleAsync();
        await page.ChooseAsync("Type of advocacy", "Care Act advocate");
        await page.GetByLabel("Advocacy provider").FillAsync("Voiceability");
        await page.ScreenshotAsync("enquiry-06-referral");
        await page.ClickButtonAsync("Save referral");
        await Assertions.Expect(page.GetByTestId("referrals")).ToContainTextAsync("Voiceability");
        await page.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Update the referral to Voiceability" }).ClickAsync();
        await page.ChooseAsync("What has happened?", "Allocated");
        await page.GetByLabel("Advocate's name").FillAsync("Dee Hart");
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("enquiry-07-referral-allocated");
        await page.ClickButtonAsync("Save");
        await Assertions.Expect(page.GetByTestId("referrals")).ToContainTextAsync("Dee Hart");
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("enquiry-08-advocacy-referred");

        await page.GotoAsync(overview);
        await Assertions.Expect(advocacyWarning).ToHaveCountAsync(0);
        await page.AssertAccessibleAsync();

        // Consent: he cannot decide whether to agree to the enquiry. It continues because he lacks
        // capacity to decide, and he is not asked for a yes or no about sharing information.
        await page.GetByRole(AriaRole.Link, new() { Name = "Consent", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Record consent" }).ClickAsync();
        await page.ChooseAsync("Does the adult consent to the enquiry?", "Unable to decide");
        await Assertions.Expect(page.GetByText("The enquiry continues because they lack capacity to decide.", new() { Exact = false })).ToBeVisibleAsync();
        await page.FillDateAsync("Date the adult was asked", Today);
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("enquiry-08a-consent-unable-to-decide");
        await page.ClickButtonAsync("Save");
        var consent = page.GetByTestId("consent");
        await Assertions.Expect(consent).ToContainTextAsync("The person lacks capacity to decide");
        await Assertions.Expect(consent).ToContainTextAsync("Follows the mental capacity assessment and any best-interests decision");
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("enquiry-08b-consent");
        await page.GotoAsync(overview);

        // Capacity about contact with Gary: he cannot understand or weigh what happens to his money.
        await page.GetByRole(AriaRole.Link, new() { Name = "Mental capacity" }).ClickAsync();
        await page.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Record a capacity assessment" }).ClickAsync();
        await page.AssertAccessibleAsync();
        await page.GetByLabel("The specific decision").FillAsync("Whether to keep seeing Gary, who takes his money");
        await page.GetByLabel("Assessor's name").FillAsync("Sam Okafor");
        await page.ChooseAsync("Is there an impairment of, or a disturbance in the functioning of, the mind or brain?", "Yes");
        await page.GetByLabel("Evidence for stage 1").FillAsync("Learning disability, diagnosed in childhood");
        await page.ChooseAsync("Can the person understand the information relevant to the decision?", "Unable");
        await page.GetByLabel("Evidence about understanding").FillAsync("Could not say where his money goes after he gives it to Gary");
        await page.ChooseAsync("Can they retain that information?", "Able");
        await page.GetByLabel("Evidence about retaining").FillAsync("Remembered what we talked about last week");
        await page.ChooseAsync("Can they use or weigh that information?", "Unable");
        await page.GetByLabel("Evidence about using or weighing").FillAsync("Said Gary is his friend so it is fine, even with no money left for food");
        await page.ChooseAsync("Can they communicate their decision?", "Able");
        await page.GetByLabel("Evidence about communicating").FillAsync("Told us clearly what he wants");
        await page.GetByLabel("Practicable steps taken to support the person to decide").FillAsync("Easy read pictures, two short visits at his flat, Dee Hart with him");
        await page.ChooseAsync("Conclusion", "Lacks capacity to make this decision");
        await page.ChooseAsync("Could their capacity for this decision fluctuate?", "No");
        await page.ChooseAsync("Might they regain capacity for this decision?", "No");
        await page.ScreenshotAsync("enquiry-09-capacity-assessment");
        await page.ClickButtonAsync("Save assessment");
        await Assertions.Expect(page.GetByTestId("conclusion")).ToHaveTextAsync("Lacks capacity to make this decision");
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("enquiry-10-capacity");

        // Best interests: two options on the balance sheet, his advocate (picked, not retyped) consulted.
        await page.GetByRole(AriaRole.Button, new() { Name = "Record a best-interests decision" }).ClickAsync();
        await page.AssertAccessibleAsync();
        await page.ChooseAsync("Not decided on assumptions",
            "The decision was not made only on the basis of the person’s age or appearance, or a condition or behaviour that might lead others to make assumptions about them");
        await page.GetByLabel("What relevant circumstances were considered?").FillAsync("Gary visits every Friday and has his bank card");
        await page.GetByLabel("Might they regain capacity, and can the decision wait until then?").FillAsync("No: he is left without money for food every week");
        await page.GetByLabel("How was the person encouraged and helped to take part?").FillAsync("Easy read options, met twice with his advocate");
        await page.GetByLabel("Their past and present wishes and feelings, beliefs and values").FillAsync("Gary is his only friend. He loves their trips to the football.");
        await page.GetByLabel("Add someone who was consulted").SelectOptionAsync(new SelectOptionValue { Label = "Dee Hart (Care Act advocate, Voiceability)" });
        await page.ClickButtonAsync("Add this person");
        await Assertions.Expect(page.GetByLabel("Name of person consulted 1")).ToHaveValueAsync("Dee Hart");
        await Assertions.Expect(page.GetByLabel("Dee Hart’s role")).ToHaveValueAsync("CareActAdvocate");
        await page.GetByLabel("Dee Hart’s view").FillAsync("He wants to keep the friendship but not to lose his money");
        await page.GetByLabel("Name of option 1").FillAsync("Keep things as they are");
        await page.GetByLabel("Option 1 is keeping things as they are").CheckAsync();
        await page.GetByLabel("Factor 1 for option 1").FillAsync("Keeps his only friendship");
        await page.ChooseAsync("Weight of factor 1 for option 1", "Medium");
        await page.GetByLabel("Factor 1 against option 1").FillAsync("He keeps losing his money");
        await page.ChooseAsync("Weight of factor 1 against option 1", "High");
        await page.GetByLabel("Name of option 2").FillAsync("See Gary at the day centre, with staff there; bank card kept safe");
        await page.GetByLabel("Factor 1 for option 2").FillAsync("His money is protected");
        await page.ChooseAsync("Weight of factor 1 for option 2", "High");
        await page.GetByLabel("Factor 1 against option 2").FillAsync("Less freedom to go out with Gary");
        await page.ChooseAsync("Weight of factor 1 against option 2", "Medium");
        await page.ChooseAsync("Which option was chosen?", "See Gary at the day centre, with staff there; bank card kept safe");
        await page.ChooseAsync("Was the least restrictive option considered?", "Yes");
        await page.GetByLabel("The decision", new() { Exact = true }).FillAsync("Supported contact with Gary at the day centre");
        await page.GetByLabel("Why this decision is in their best interests").FillAsync("Keeps the friendship he values and stops the money being taken");
        await page.GetByLabel("Decision-maker").FillAsync("Sam Okafor");
        await page.ScreenshotAsync("enquiry-11-best-interests");
        await page.ClickButtonAsync("Save decision");
        await Assertions.Expect(page.Locator("#best-interests")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("enquiry-12-best-interests-recorded");

        // His outcome, in his words, as he said it with his advocate.
        await page.GotoAsync(overview);
        await page.GetByRole(AriaRole.Link, new() { Name = "Desired outcomes" }).ClickAsync();
        await page.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Add an outcome" }).ClickAsync();
        await page.GetByLabel("The outcome in the person's own words").FillAsync("I want to keep my money for my shopping and still see Gary");
        await page.GetByLabel("Category").SelectOptionAsync(new SelectOptionValue { Label = "For the abuse to stop and to feel safer" });
        await page.ChooseAsync("Who expressed this outcome?", "Their advocate, Dee Hart");
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("enquiry-13-outcome");
        await page.ClickButtonAsync("Save");
        await Assertions.Expect(page.GetByText("I want to keep my money for my shopping and still see Gary")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("enquiry-14-outcomes");

        // The plan: an action, first sent empty.
        await page.GotoAsync(overview);
        await page.GetByRole(AriaRole.Link, new() { Name = "Safeguarding plan" }).ClickAsync();
        await page.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Add an action" }).ClickAsync();
        await page.AssertAccessibleAsync();
        await page.ClickButtonAsync("Save action");
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("enquiry-15-plan-action-errors");
        await page.GetByLabel("What will be done").FillAsync("Help him set up a new bank card that only he and his support worker know the PIN for");
        await page.GetByLabel("Who will do it").FillAsync("Dee Hart, Voiceability");
        await page.FillDateAsync("Date it is due", Today.AddDays(14));
        await page.ChooseAsync("Status", "In progress");
        await page.ClickButtonAsync("Save action");
        await Assertions.Expect(page.GetByTestId("plan-actions")).ToContainTextAsync("Dee Hart, Voiceability");
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("enquiry-16-plan");

        // A case note, then a correction of it.
        await page.GotoAsync(overview);
        await page.GetByRole(AriaRole.Link, new() { Name = "Case notes" }).ClickAsync();
        await page.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Add a case note" }).ClickAsync();
        await page.AssertAccessibleAsync();
        await page.ChooseAsync("Type of note", "Conversation with the adult");
        await page.GetByLabel("Note", new() { Exact = true }).FillAsync("Visited with Dee. He said Gary took £40 on Friday.");
        await page.ScreenshotAsync("enquiry-17-case-note");
        await page.ClickButtonAsync("Save note");
        await Assertions.Expect(page.GetByTestId("case-note")).ToHaveCountAsync(1);
        await page.GetByRole(AriaRole.Link, new() { Name = "Correct this note" }).ClickAsync();
        await page.AssertAccessibleAsync();
        await page.GetByLabel("Corrected note").FillAsync("Visited with Dee. He said Gary took £60 on Friday, not £40.");
        await page.ScreenshotAsync("enquiry-18-correct-note");
        await page.ClickButtonAsync("Save correction");
        await Assertions.Expect(page.GetByTestId("corrected-by")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("corrects")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("enquiry-19-case-notes");

        await page.GotoAsync(overview);
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("enquiry-20-overview-at-the-end");
    }
}
