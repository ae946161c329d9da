using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using MspCaseManager.Data.Identity;
using MspCaseManager.Domain.Staff;
using MspCaseManager.EndToEnd.Tests.Support;
using MspCaseManager.Web.Demo;

namespace MspCaseManager.EndToEnd.Tests.Journeys;

/// <summary>
/// The member of staff's own account page and "Sign out of every device", an administrator's page
/// for one account, two-factor set-up with its QR code, and the service's error pages: each
/// accessible, each looked at.
/// </summary>
[Collection(BrowserCollection.Name)]
public class AccountJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task SignOutOfEveryDevice_FromTheAccountPage_EndsTheOtherBrowsersSessionToo()
    {
        var laptop = await browser.NewPageAsync();
        var phone = await browser.NewPageAsync();
        await browser.SignInAsync(laptop, DemoAccounts.SouthSocialWorker);
        await laptop.GetByRole(AriaRole.Link, new() { Name = "Your account" }).ClickAsync();
        // Other journeys may have signed this demo account in on the same app: count from here.
        var before = OpenSessions(await laptop.GetByTestId("open-sessions").InnerTextAsync());
        await browser.SignInAsync(phone, DemoAccounts.SouthSocialWorker);

        await laptop.ReloadAsync();
        await Assertions.Expect(laptop.GetByRole(AriaRole.Heading, new() { Name = "Your account", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(laptop.GetByTestId("open-sessions")).ToContainTextAsync($"{before + 1} devices");
        await laptop.AssertAccessibleAsync();
        await laptop.ScreenshotAsync("account");
        await laptop.GetByRole(AriaRole.Button, new() { Name = "Sign out of every device" }).ClickAsync();
        await phone.GotoAsync("/my-cases");

        await Assertions.Expect(laptop.GetByRole(AriaRole.Heading, new() { Name = "You have signed out", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(phone.GetByRole(AriaRole.Heading, new() { Name = "Sign in", Level = 1 })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task UserPage_Administrator_ShowsTheAccountAndItsActions()
    {
        var page = await browser.NewPageAsync();
        await browser.SignInAsync(page, DemoAccounts.Administrator);

        await page.GetByRole(AriaRole.Link, new() { Name = DemoAccounts.TeamManager.DisplayName, Exact = true }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = DemoAccounts.TeamManager.DisplayName, Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = $"Sign {DemoAccounts.TeamManager.DisplayName} out of every device" })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("admin-user");
    }

    [Fact]
    public async Task TwoFactorSetUp_NewLead_ShowsAQrCodeBesideTheKey()
    {
        const string email = "new.lead.e2e@council.test";
        await using (var scope = browser.App.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffAccount>>();
            var user = new StaffAccount { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Nia Lewis" };
            Assert.True((await users.CreateAsync(user, DemoAccounts.Password)).Succeeded);
            await users.AddToRoleAsync(user, Roles.SafeguardingLead);
        }

        var page = await browser.NewPageAsync();
        await browser.SignInAsync(page, new DemoAccounts.Account(email, "Nia Lewis", Roles.SafeguardingLead, null));

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Set up two-factor authentication", Level = 1 })).ToBeVisibleAsync();
        var qrCode = page.GetByRole(AriaRole.Img, new() { Name = "QR code to add this account to your authenticator app" });
        await Assertions.Expect(qrCode).ToBeVisibleAsync();
        Assert.True(await qrCode.EvaluateAsync<bool>("img => img.complete && img.naturalWidth > 100"));
        await Assertions.Expect(page.GetByTestId("authenticator-key")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("two-factor-set-up");
    }

    [Theory]
    [InlineData(503, "Sorry, there is a problem with the service", "error-503")]
    [InlineData(409, "This has already been saved", "error-409")]
    [InlineData(413, "What you sent is too large", "error-413")]
    public async Task ErrorPages_AreAccessible(int status, string heading, string screenshot)
    {
        var page = await browser.NewPageAsync();
        await browser.SignInAsync(page, DemoAccounts.SocialWorker);

        var response = await page.GotoAsync($"/error/{status}");

        Assert.Equal(status, response!.Status);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = heading, Level = 1 })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync(screenshot);
    }

    private static int OpenSessions(string text) =>
        !System.Text.RegularExpressions.Regex.IsMatch(text, @"\d+")
            ? 1
            : int.Parse(System.Text.RegularExpressions.Regex.Match(text, @"\d+").Value, System.Globalization.CultureInfo.InvariantCulture);
}
