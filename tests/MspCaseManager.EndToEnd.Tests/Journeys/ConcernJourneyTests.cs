using Microsoft.Playwright;
using MspCaseManager.EndToEnd.Tests.Support;
using MspCaseManager.Web.Demo;

namespace MspCaseManager.EndToEnd.Tests.Journeys;

/// <summary>
/// Where every case starts: a social worker finds no record, adds the adult, records the concern
/// and the s42 decision; the team manager authorises it and allocates the enquiry.
/// </summary>
[Collection(BrowserCollection.Name)]
public class ConcernJourneyTests(BrowserFixture browser)
{
    private DateOnly Today => browser.App.Clock.Today();

    [Fact]
    public async Task Section42Decision_AuthorisedAndAllocated_AppearsInTheWorkersCases()
    {
        var worker = await browser.NewPageAsync();
        await browser.SignInAsync(worker, DemoAccounts.SocialWorker);

        // Find before create: nobody called Winifred Ashdown is recorded.
        await worker.GetByRole(AriaRole.Link, new() { Name = "Find a person" }).ClickAsync();
        await worker.GetByLabel("Name", new() { Exact = true }).FillAsync("Ashdown");
        await worker.ClickButtonAsync("Search");
        await Assertions.Expect(worker.GetByRole(AriaRole.Heading, new() { Name = "0 people found" })).ToBeVisibleAsync();
        await worker.AssertAccessibleAsync();
        await worker.ScreenshotAsync("concern-1-find-no-match");

        await worker.GetByRole(AriaRole.Link, new() { Name = "add a new person" }).ClickAsync();
        await worker.AssertAccessibleAsync();
        await worker.GetByLabel("First name").FillAsync("Winifred");
        await worker.GetByLabel("Last name").FillAsync("Ashdown");
        await worker.FillDateAsync("Date of birth", Today.AddYears(-81).AddDays(-40));
        await worker.ChooseAsync("Gender", "Female");
        await worker.GetByLabel("Ethnicity").SelectOptionAsync(new SelectOptionValue { Label = "White" });
        await worker.GetByLabel("Primary support reason").SelectOptionAsync(new SelectOptionValue { Label = "Physical Support" });
        await worker.GetByLabel("Postcode (optional)").FillAsync("NR2 4PG");
        await worker.ChooseAsync("Do they need an interpreter?", "No");
        await worker.ScreenshotAsync("concern-2-add-person");
        await worker.ClickButtonAsync("Add person");

        await Assertions.Expect(worker.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Winifred Ashdown");
        await worker.AssertAccessibleAsync();
        await worker.ScreenshotAsync("concern-3-person");

        // The concern: financial abuse by a stranger, in her own home.
        await worker.GetByRole(AriaRole.Button, new() { Name = "Record a safeguarding concern" }).ClickAsync();
        await worker.FillDateAsync("Date the concern was received", Today.AddDays(-1));
        await worker.ChooseAsync("How was it received?", "Phone");
        await worker.ChooseAsync("Did the referrer want to stay anonymous?", "No");
        await worker.GetByLabel("Referrer's name").FillAsync("Dawn Price");
        await worker.GetByLabel("Referrer's role (optional)").FillAsync("Home care worker");
        await worker.GetByLabel("What happened", new() { Exact = true }).FillAsync(
            "A man who said he was from the water board came to the door and took £2,000 in cash for 'urgent repairs'. Nobody had asked for him.");
        await worker.GetByLabel("Who raised the concern?").SelectOptionAsync(new SelectOptionValue { Label = "Social care staff: domiciliary care" });
        await worker.GetByLabel("Type of risk for allegation 1").SelectOptionAsync(new SelectOptionValue { Label = "Financial or Material Abuse" });
        await worker.GetByLabel("Location of risk for allegation 1").SelectOptionAsync(new SelectOptionValue { Label = "Own Home" });
        await worker.ChooseAsync("Source of risk for allegation 1", "Other - Unknown to Individual");
        // A second allegation: he frightened her into paying (the server adds a blank one; nothing typed is lost).
        await worker.ClickButtonAsync("Add another allegation");
        await Assertions.Expect(worker.GetByLabel("Referrer's name")).ToHaveValueAsync("Dawn Price");
        await worker.GetByLabel("Type of risk for allegation 2").SelectOptionAsync(new SelectOptionValue { Label = "Psychological Abuse" });
        await worker.GetByLabel("Location of risk for allegation 2").SelectOptionAsync(new SelectOptionValue { Label = "Own Home" });
        await worker.ChooseAsync("Source of risk for allegation 2", "Other - Unknown to Individual");
        await worker.ChooseAsync("Where did the abuse or neglect occur?", "In this council's area");
        await worker.ChooseAsync("Did the referrer speak to the adult before raising the concern?", "Yes");
        await worker.ChooseAsync("What does the adult think about the concern being raised?", "Wants the concern raised");
        await worker.ChooseAsync("Is anyone else at risk?", "No");
        await worker.ChooseAsync("Are the police involved?", "Yes");
        await worker.GetByLabel("Crime reference (optional)").FillAsync("NC-2611-4471");
        await worker.AssertAccessibleAsync();
        await worker.ScreenshotAsync("concern-4-record-concern");
        await worker.ClickButtonAsync("Save concern");

        await Assertions.Expect(worker.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Safeguarding concern received");
        await worker.AssertAccessibleAsync();

        // The s42 decision: all three criteria met.
        await worker.GetByRole(AriaRole.Button, new() { Name = "Record the s42 decision" }).ClickAsync();
        await worker.ChooseAsync("(a) Does the adult have needs for care and support (whether or not the council is meeting them)?", "Yes");
        await worker.GetByLabel("Reasons for your answer about needs for care and support").FillAsync("Receives home care four times a day after a stroke.");
        await worker.ChooseAsync("(b) Is the adult experiencing, or at risk of, abuse or neglect?", "Yes");
        await worker.GetByLabel("Reasons for your answer about abuse or neglect").FillAsync("Cash taken by a doorstep trader under false pretences.");
        await worker.ChooseAsync("(c) As a result of those needs, is the adult unable to protect themselves?", "Yes");
        await worker.GetByLabel("Reasons for your answer about being able to protect themselves").FillAsync("Cannot get to the door chain or phone quickly; lives alone.");
        await worker.ChooseAsync("Decision", "Section 42 enquiry");
        await worker.FillDateAsync("Date of the decision", Today);
        await worker.AssertAccessibleAsync();
        await worker.ScreenshotAsync("concern-5-decision");
        await worker.ClickButtonAsync("Send for authorisation");
        await Assertions.Expect(worker.Locator("main")).ToContainTextAsync("Awaiting authorisation");

        // The team manager authorises it and allocates the enquiry back to the worker.
        var manager = await browser.NewPageAsync();
        await browser.SignInAsync(manager, DemoAccounts.TeamManager);
        await manager.AssertAccessibleAsync();
        await manager.ScreenshotAsync("concern-6-team-caseload");
        await manager.Locator(".govuk-service-navigation").GetByRole(AriaRole.Link, new() { Name = "Authorisations" }).ClickAsync();
        await manager.AssertAccessibleAsync();
        await manager.GetByRole(AriaRole.Row).Filter(new() { HasText = "Winifred Ashdown" }).GetByRole(AriaRole.Link).ClickAsync();
        await manager.ChooseAsync("Your review", "Authorise the decision");
        await manager.ChooseAsync("Who will hold the enquiry?", DemoAccounts.SocialWorker.DisplayName);
        await manager.AssertAccessibleAsync();
        await manager.ScreenshotAsync("concern-7-review");
        await manager.ClickButtonAsync("Save review");
        await manager.AssertAccessibleAsync();

        await worker.GotoAsync("/my-cases");
        var row = worker.GetByRole(AriaRole.Row).Filter(new() { HasText = "Winifred Ashdown" });
        await Assertions.Expect(row).ToContainTextAsync("Section 42 enquiry");
        await worker.AssertAccessibleAsync();
        await worker.ScreenshotAsync("concern-8-my-cases");
        await row.GetByRole(AriaRole.Link).ClickAsync();
        await Assertions.Expect(worker.Locator("main")).ToContainTextAsync(DemoAccounts.SocialWorker.DisplayName);
        await worker.AssertAccessibleAsync();
        await worker.ScreenshotAsync("concern-9-enquiry");
    }

    [Fact]
    public async Task NoEnquiryDecision_Signposted_RecordsFeedbackToTheReferrer()
    {
        var worker = await browser.NewPageAsync();
        await browser.SignInAsync(worker, DemoAccounts.SouthSocialWorker);
        await worker.GotoAsync("/people/new");
        await worker.GetByLabel("First name").FillAsync("Desmond");
        await worker.GetByLabel("Last name").FillAsync("Okoro-Hale");
        await worker.FillDateAsync("Date of birth", Today.AddYears(-67).AddDays(-3));
        await worker.ChooseAsync("Gender", "Male");
        await worker.GetByLabel("Ethnicity").SelectOptionAsync(new SelectOptionValue { Label = "Black / African / Caribbean / Black British" });
        await worker.GetByLabel("Primary support reason").SelectOptionAsync(new SelectOptionValue { Label = "Social Support" });
        await worker.ChooseAsync("Do they need an interpreter?", "No");
        await worker.ClickButtonAsync("Add person");
        await worker.GetByRole(AriaRole.Button, new() { Name = "Record a safeguarding concern" }).ClickAsync();

        // First try without the required answers: errors, and what was typed is kept.
        await worker.GetByLabel("What happened", new() { Exact = true }).FillAsync("Neighbour worried he is lonely and not eating well since his wife died.");
        await worker.ClickButtonAsync("Save concern");
        await Assertions.Expect(worker.Locator(".govuk-error-summary")).ToBeFocusedAsync();
        await Assertions.Expect(worker.GetByLabel("What happened", new() { Exact = true })).ToHaveValueAsync("Neighbour worried he is lonely and not eating well since his wife died.");
        await worker.AssertAccessibleAsync();
        await worker.ScreenshotAsync("no-enquiry-1-concern-errors");

        await worker.FillDateAsync("Date the concern was received", Today.AddDays(-2));
        await worker.ChooseAsync("How was it received?", "Email");
        await worker.ChooseAsync("Did the referrer want to stay anonymous?", "No");
        await worker.GetByLabel("Referrer's name").FillAsync("Carol Mint");
        await worker.GetByLabel("Who raised the concern?").SelectOptionAsync(new SelectOptionValue { Label = "Friend or neighbour" });
        await worker.GetByLabel("Type of risk for allegation 1").SelectOptionAsync(new SelectOptionValue { Label = "Self-Neglect" });
        await worker.GetByLabel("Location of risk for allegation 1").SelectOptionAsync(new SelectOptionValue { Label = "Own Home" });
        await worker.ChooseAsync("Source of risk for allegation 1", "Other - Known to Individual");
        await worker.ChooseAsync("Where did the abuse or neglect occur?", "In this council's area");
        await worker.ChooseAsync("Did the referrer speak to the adult before raising the concern?", "Yes");
        await worker.ChooseAsync("What does the adult think about the concern being raised?", "Wants the concern raised");
        await worker.ChooseAsync("Is anyone else at risk?", "No");
        await worker.ChooseAsync("Are the police involved?", "No");
        await worker.ClickButtonAsync("Save concern");

        await worker.GetByRole(AriaRole.Button, new() { Name = "Record the s42 decision" }).ClickAsync();
        await worker.ChooseAsync("(a) Does the adult have needs for care and support (whether or not the council is meeting them)?", "No");
        await worker.GetByLabel("Reasons for your answer about needs for care and support").FillAsync("Independent in all daily living; grieving.");
        await worker.ChooseAsync("(b) Is the adult experiencing, or at risk of, abuse or neglect?", "No");
        await worker.GetByLabel("Reasons for your answer about abuse or neglect").FillAsync("No indication of abuse; eating less while grieving.");
        await worker.ChooseAsync("(c) As a result of those needs, is the adult unable to protect themselves?", "No");
        await worker.GetByLabel("Reasons for your answer about being able to protect themselves").FillAsync("Able to make his own choices and ask for help.");
        await worker.ChooseAsync("Decision", "No enquiry");
        await worker.ChooseAsync("What happened instead?", "Signposted to another service");
        await worker.GetByLabel("Name of the service (if signposted or referred)").FillAsync("Age UK Norwich befriending service");
        await worker.FillDateAsync("Date feedback was given", Today);
        await worker.ChooseAsync("How was feedback given?", "Phone");
        await worker.FillDateAsync("Date of the decision", Today);
        await worker.AssertAccessibleAsync();
        await worker.ScreenshotAsync("no-enquiry-2-decision");
        await worker.ClickButtonAsync("Send for authorisation");

        var manager = await browser.NewPageAsync();
        await browser.SignInAsync(manager, DemoAccounts.SouthTeamManager);
        await manager.Locator(".govuk-service-navigation").GetByRole(AriaRole.Link, new() { Name = "Authorisations" }).ClickAsync();
        await manager.GetByRole(AriaRole.Row).Filter(new() { HasText = "Desmond Okoro-Hale" }).GetByRole(AriaRole.Link).ClickAsync();
        await Assertions.Expect(manager.Locator("main")).ToContainTextAsync("Age UK Norwich befriending service");
        await manager.ChooseAsync("Your review", "Authorise the decision");
        await manager.ClickButtonAsync("Save review");

        await Assertions.Expect(manager.Locator("main")).ToContainTextAsync("Authorised");
        await Assertions.Expect(manager.Locator("main")).ToContainTextAsync("Signposted to another service");
        await manager.AssertAccessibleAsync();
        await manager.ScreenshotAsync("no-enquiry-3-authorised");
    }
}
