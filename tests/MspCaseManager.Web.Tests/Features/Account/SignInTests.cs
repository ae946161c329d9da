using MspCaseManager.Web.Demo;
using MspCaseManager.Web.Features.Account;

namespace MspCaseManager.Web.Tests.Features.Account;

public class SignInTests(AppFactory factory) : IClassFixture<AppFactory>
{
    public static TheoryData<string, string, string> StartPages => new()
    {
        { DemoAccounts.SocialWorker.Email, "/my-cases", "My cases" },
        { DemoAccounts.SouthSocialWorker.Email, "/my-cases", "My cases" },
        { DemoAccounts.TeamManager.Email, "/team-caseload", "Team caseload" },
        { DemoAccounts.SouthTeamManager.Email, "/team-caseload", "Team caseload" },
        { DemoAccounts.SafeguardingLead.Email, "/reports", "Reports" },
        { DemoAccounts.Administrator.Email, "/admin/users", "Users" },
    };

    [Theory]
    [MemberData(nameof(StartPages))]
    public async Task SignIn_DemoAccount_LandsOnItsRoleStartPage(string email, string startPage, string heading)
    {
        using var client = factory.CreateAppClient();
        var account = DemoAccounts.All.Single(a => a.Email == email);

        var signedIn = await client.SignInAsync(account);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var home = await client.GetAsync(signedIn.RedirectLocation!);
        var start = await client.GetPageAsync(home.Headers.Location!.OriginalString);

        Assert.Equal(startPage, home.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, start.StatusCode);
        Assert.Equal(heading, start.Heading);
        Assert.Contains(account.DisplayName, start.Document.QuerySelector("[data-testid=signed-in-user]")!.TextContent);
    }

    [Fact]
    public async Task SignIn_WrongPassword_ShowsErrorSummaryAndKeepsEmail()
    {
        using var client = factory.CreateAppClient();

        var page = await client.SignInAsync(DemoAccounts.SocialWorker, "not-the-right-password");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal([(AccountController.SignInFailedMessage, "#Email")], page.ErrorSummary);
        Assert.Equal(DemoAccounts.SocialWorker.Email, page.ValueOf("Email"));
        Assert.StartsWith("Error: ", page.Document.Title);
    }

    [Fact]
    public async Task SignIn_UnknownAccount_ShowsTheSameMessageAsAWrongPassword()
    {
        using var client = factory.CreateAppClient();
        var wrongPassword = await client.SignInAsync(DemoAccounts.TeamManager, "not-the-right-password");

        var unknown = await client.SignInAsync(DemoAccounts.TeamManager with { Email = "nobody@demo.mspcasemanager.test" });

        Assert.Equal(wrongPassword.ErrorSummary, unknown.ErrorSummary);
        Assert.Equal(wrongPassword.Heading, unknown.Heading);
    }

    [Fact]
    public async Task SignIn_EmptyForm_AsksForEachField()
    {
        using var client = factory.CreateAppClient();

        var page = await client.SubmitAsync("/sign-in", [new("Email", ""), new("Password", "")]);

        Assert.Equal([("Enter your email address", "#Email"), ("Enter your password", "#Password")], page.ErrorSummary);
    }

    [Fact]
    public async Task SignIn_ExternalReturnUrl_IsIgnored()
    {
        using var client = factory.CreateAppClient();

        var page = await client.SubmitAsync("/sign-in", [
            new("Email", DemoAccounts.SocialWorker.Email), new("Password", DemoAccounts.Password), new("ReturnUrl", "https://evil.example/")]);

        Assert.Equal("/", page.RedirectLocation);
    }

    [Fact]
    public async Task SignOut_SignedIn_EndsTheSession()
    {
        using var client = factory.CreateAppClient();
        await client.SignInAsync(DemoAccounts.SocialWorker);
        var myCases = await client.GetPageAsync("/my-cases");

        var signedOut = await client.PostAsync("/sign-out", [], myCases.AntiForgeryToken());
        var after = await client.GetAsync("/my-cases");

        Assert.Equal("/signed-out", signedOut.RedirectLocation);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/sign-in", after.Headers.Location!.PathAndQuery());
    }
}
