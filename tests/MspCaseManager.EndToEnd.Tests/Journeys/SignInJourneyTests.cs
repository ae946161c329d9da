using Microsoft.Playwright;
using MspCaseManager.EndToEnd.Tests.Support;
using MspCaseManager.Web.Demo;

namespace MspCaseManager.EndToEnd.Tests.Journeys;

[Collection(BrowserCollection.Name)]
public class SignInJourneyTests(BrowserFixture browser)
{
    public static TheoryData<string, string, string> Roles => new()
    {
        { DemoAccounts.SocialWorker.Email, "/my-cases", "My cases" },
        { DemoAccounts.TeamManager.Email, "/team-caseload", "Team caseload" },
        { DemoAccounts.SafeguardingLead.Email, "/reports", "Reports" },
        { DemoAccounts.Administrator.Email, "/admin/users", "Users" },
    };

    [Fact]
    public async Task SignInPage_Anonymous_HasNoAccessibilityViolations()
    {
        var page = await browser.NewPageAsync();

        await page.GotoAsync("/sign-in");

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign in", Level = 1 })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("sign-in");
    }

    [Fact]
    public async Task SignIn_WrongPassword_ShowsFocusedErrorSummaryThatLinksToTheField()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/sign-in");

        await page.GetByLabel("Email address").FillAsync(DemoAccounts.SocialWorker.Email);
        await page.GetByLabel("Password").FillAsync("not the password at all");
        await page.Keyboard.PressAsync("Enter");

        var summary = page.Locator(".govuk-error-summary");
        await Assertions.Expect(summary).ToBeFocusedAsync();
        await Assertions.Expect(summary).ToContainTextAsync("Enter a correct email address and password");
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("sign-in-error");
        await summary.GetByRole(AriaRole.Link).ClickAsync();
        await Assertions.Expect(page.GetByLabel("Email address")).ToBeFocusedAsync();
    }

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task SignIn_EachRole_LandsOnAnAccessibleStartPage(string email, string path, string heading)
    {
        var page = await browser.NewPageAsync();
        var account = DemoAccounts.All.Single(a => a.Email == email);

        await browser.SignInAsync(page, account);

        Assert.EndsWith(path, new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = heading, Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".app-header")).ToContainTextAsync(account.DisplayName);
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync($"start-page-{account.Role.ToLowerInvariant()}");
    }

    [Fact]
    public async Task SignInAndOut_KeyboardOnly_Works()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/sign-in");

        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(page.Locator(".govuk-skip-link")).ToBeFocusedAsync();
        await page.GetByLabel("Email address").FocusAsync();
        await page.Keyboard.TypeAsync(DemoAccounts.TeamManager.Email);
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync(DemoAccounts.Password);
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Team caseload" })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "You have signed out" })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task AdministratorPages_AreAccessible()
    {
        var page = await browser.NewPageAsync();
        await browser.SignInAsync(page, DemoAccounts.Administrator);

        foreach (var (url, name) in new[] { ("/admin/users/new", "admin-create-user"), ("/admin/teams", "admin-teams"), ("/admin/teams/new", "admin-create-team") })
        {
            await page.GotoAsync(url);
            await page.AssertAccessibleAsync();
            await page.ScreenshotAsync(name);
        }

        await page.GotoAsync("/admin/users/new");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("admin-create-user-errors");
    }

    [Fact]
    public async Task ErrorAndStatementPages_AreAccessible()
    {
        var page = await browser.NewPageAsync();
        await browser.SignInAsync(page, DemoAccounts.SocialWorker);

        await page.GotoAsync("/no-such-page");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Page not found" })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        await page.GotoAsync("/admin/users");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "You do not have access to this page" })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        await page.GotoAsync("/accessibility");
        await page.AssertAccessibleAsync();
    }
}
