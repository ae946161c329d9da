using Microsoft.Playwright;
using MspCaseManager.EndToEnd.Tests.Support;
using MspCaseManager.Web.Demo;

namespace MspCaseManager.EndToEnd.Tests.Journeys;

[Collection(BrowserCollection.Name)]
public class SecurityJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task TwoFactorStep_SafeguardingLead_IsAccessibleAndLeadsToReports()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/sign-in");
        await page.GetByLabel("Email address").FillAsync(DemoAccounts.SafeguardingLead.Email);
        await page.GetByLabel("Password").FillAsync(DemoAccounts.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Enter the code from your authenticator app" })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("sign-in-two-factor");
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        browser.App.Clock.Advance(TimeSpan.FromSeconds(30));
        await page.GetByLabel("Enter the code from your authenticator app").FillAsync(DemoAccounts.CurrentCode(browser.App.Clock.GetUtcNow()));
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Reports", Level = 1 })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task AuditAndTwoFactorPages_AreAccessible()
    {
        var page = await browser.NewPageAsync();
        await browser.SignInAsync(page, DemoAccounts.SafeguardingLead);

        await page.GotoAsync("/audit");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("audit");
        await page.GotoAsync("/account/two-factor");
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("two-factor-settings");
    }

    [Fact]
    public async Task IdleTimeoutWarning_AppearsTwoMinutesBeforeAndStaySignedInKeepsTheSession()
    {
        var page = await browser.NewPageAsync();
        await page.Clock.InstallAsync();
        await browser.SignInAsync(page, DemoAccounts.SocialWorker);
        var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = "You’re about to be signed out" });
        await Assertions.Expect(dialog).ToBeHiddenAsync();

        await page.Clock.FastForwardAsync("27:50");
        await Assertions.Expect(dialog).ToBeHiddenAsync();
        await page.Clock.FastForwardAsync("00:15");

        await Assertions.Expect(dialog).ToBeVisibleAsync();
        await Assertions.Expect(dialog).ToBeFocusedAsync();
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("session-timeout-warning");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Stay signed in" }).ClickAsync();
        await Assertions.Expect(dialog).ToBeHiddenAsync();
        await page.ReloadAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "My cases", Level = 1 })).ToBeVisibleAsync();
    }
}
