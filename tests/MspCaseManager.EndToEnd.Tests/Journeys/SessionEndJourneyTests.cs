using System.Text.RegularExpressions;
using Microsoft.Playwright;
using MspCaseManager.EndToEnd.Tests.Support;
using MspCaseManager.Web.Demo;
using MspCaseManager.Web.Tests.Support;

namespace MspCaseManager.EndToEnd.Tests.Journeys;

/// <summary>
/// A social worker types a long case note, is called away, and presses "Save note" after her
/// sign-in has timed out. She signs in again, finds what she typed, and saves it.
/// </summary>
[Collection(BrowserCollection.Name)]
public partial class SessionEndJourneyTests(BrowserFixture browser)
{
    private const string Typed = "Visited Mrs Ahmed at home. She said her nephew has her bank card and takes money each week; she is frightened of him and does not want him told yet.";

    [Fact]
    public async Task CaseNote_SessionTimedOutBeforeSaving_SignInBringsTheTypingBack()
    {
        var enquiry = await TestData.CreateEnquiryAsync(browser.App, allocatedTo: DemoAccounts.SocialWorker);
        var page = await browser.NewPageAsync();
        await browser.SignInAsync(page, DemoAccounts.SocialWorker);
        await page.GotoAsync($"/enquiries/{enquiry.Id}/notes/new");
        await page.ChooseAsync("Type of note", "Conversation with the adult");
        await page.GetByLabel("Note", new() { Exact = true }).FillAsync(Typed);

        browser.App.Clock.Advance(TimeSpan.FromMinutes(31));
        await page.ClickButtonAsync("Save note");

        await Assertions.Expect(page).ToHaveURLAsync(SignInPage());
        await page.GetByLabel("Email address").FillAsync(DemoAccounts.SocialWorker.Email);
        await page.GetByLabel("Password").FillAsync(DemoAccounts.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Your changes have not been saved yet" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText(Typed)).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Conversation with the adult")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("session-ended-draft");

        // Sent again, it is checked and saved as if "Save note" had been pressed.
        await page.ClickButtonAsync("Save your changes");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"/enquiries/{enquiry.Id}/notes$"));
        await Assertions.Expect(page.GetByText(Typed)).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("session-ended-draft-saved");
    }

    [GeneratedRegex("/sign-in")]
    private static partial Regex SignInPage();
}
