using Microsoft.EntityFrameworkCore;
using MspCaseManager.Domain.Staff;
using MspCaseManager.Web.Demo;
using MspCaseManager.Web.Features.Account;

namespace MspCaseManager.Web.Tests.Features.Users;

public class UsersTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private Task<AppClient> AdministratorAsync() => factory.SignedInClientAsync(DemoAccounts.Administrator);

    [Fact]
    public async Task Index_Administrator_ListsEveryAccountWithRoleAndTeam()
    {
        using var client = await AdministratorAsync();

        var page = await client.GetPageAsync("/admin/users");

        var rows = page.Document.QuerySelectorAll("tbody tr").Select(r => r.TextContent).ToList();
        Assert.Equal(DemoAccounts.All.Count, rows.Count);
        Assert.Contains(rows, r => r.Contains(DemoAccounts.SouthTeamManager.DisplayName) && r.Contains("Team manager") && r.Contains(DemoAccounts.SouthTeam));
    }

    [Fact]
    public async Task Create_ValidSocialWorker_CanSignInToTheirTeam()
    {
        using var client = await AdministratorAsync();
        var northId = await factory.WithDbAsync(db => db.Teams.Where(t => t.Name == DemoAccounts.NorthTeam).Select(t => t.Id).SingleAsync());

        var created = await client.SubmitAsync("/admin/users/new", [
            new("Form.DisplayName", "Aisha Khan"), new("Form.Email", "aisha.khan@council.test"), new("Form.Role", Roles.SocialWorker),
            new("Form.TeamId", northId.ToString()), new("Form.Password", "a long enough passphrase")]);
        using var newUser = factory.CreateAppClient();
        var signedIn = await newUser.SignInAsync(new DemoAccounts.Account("aisha.khan@council.test", "Aisha Khan", Roles.SocialWorker, null), "a long enough passphrase");

        Assert.Equal("/admin/users", created.RedirectLocation);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var user = await factory.WithDbAsync(db => db.Users.SingleAsync(u => u.Email == "aisha.khan@council.test"));
        Assert.Equal(northId, user.TeamId);
    }

    [Fact]
    public async Task Create_InvalidInput_ShowsErrorsAndKeepsWhatWasTyped()
    {
        using var client = await AdministratorAsync();

        var page = await client.SubmitAsync("/admin/users/new", [
            new("Form.DisplayName", "Lee Parker"), new("Form.Email", "not-an-email"), new("Form.Role", Roles.TeamManager),
            new("Form.TeamId", ""), new("Form.Password", "short")]);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(
            [
                ("Enter an email address in the correct format, like name@example.org", "#Form_Email"),
                ("Select the team this person works in", "#Form_TeamId"),
                ("Password must be 12 characters or more", "#Form_Password"),
            ],
            page.ErrorSummary);
        Assert.Equal("Lee Parker", page.ValueOf("Form.DisplayName"));
        Assert.Equal("not-an-email", page.ValueOf("Form.Email"));
        Assert.Equal(Roles.TeamManager, page.ValueOf("Form.Role"));
        Assert.NotNull(page.ById("Form_Email"));
    }

    [Fact]
    public async Task Create_EmptyForm_ListsErrorsInTheOrderOfTheForm()
    {
        using var client = await AdministratorAsync();

        var page = await client.SubmitAsync("/admin/users/new", []);

        Assert.Equal(
            ["#Form_DisplayName", "#Form_Email", "#Form_Role", "#Form_Password"],
            page.ErrorSummary.Select(e => e.Href));
    }

    [Fact]
    public async Task Create_EmailAlreadyUsed_IsRefused()
    {
        using var client = await AdministratorAsync();

        var page = await client.SubmitAsync("/admin/users/new", [
            new("Form.DisplayName", "Someone"), new("Form.Email", DemoAccounts.SafeguardingLead.Email),
            new("Form.Role", Roles.SafeguardingLead), new("Form.Password", "a long enough passphrase")]);

        Assert.Equal([("An account with this email address already exists", "#Form_Email")], page.ErrorSummary);
    }

    [Fact]
    public async Task Disable_User_CannotSignInUntilEnabled()
    {
        using var client = await AdministratorAsync();
        var account = DemoAccounts.SouthSocialWorker;
        var id = await factory.WithDbAsync(db => db.Users.Where(u => u.Email == account.Email).Select(u => u.Id).SingleAsync());

        var disabled = await client.SubmitAsync("/admin/users", [], $"/admin/users/{id}/disable");
        using var whileDisabled = factory.CreateAppClient();
        var refused = await whileDisabled.SignInAsync(account);
        await client.SubmitAsync("/admin/users", [], $"/admin/users/{id}/enable");
        using var afterEnable = factory.CreateAppClient();
        var allowed = await afterEnable.SignInAsync(account);

        Assert.Equal("/admin/users", disabled.RedirectLocation);
        Assert.Equal([(AccountController.SignInFailedMessage, "#Email")], refused.ErrorSummary);
        Assert.Equal(HttpStatusCode.Redirect, allowed.StatusCode);
    }

    [Fact]
    public async Task ResetPassword_Valid_OldPasswordStopsWorking()
    {
        using var admin = await AdministratorAsync();
        var account = DemoAccounts.TeamManager;
        var id = await factory.WithDbAsync(db => db.Users.Where(u => u.Email == account.Email).Select(u => u.Id).SingleAsync());

        var reset = await admin.SubmitAsync($"/admin/users/{id}/reset-password", [new("Form.Password", "a brand new passphrase")]);
        using var withOld = factory.CreateAppClient();
        var oldRefused = await withOld.SignInAsync(account);
        using var withNew = factory.CreateAppClient();
        var newWorks = await withNew.SignInAsync(account, "a brand new passphrase");
        await admin.SubmitAsync($"/admin/users/{id}/reset-password", [new("Form.Password", DemoAccounts.Password)]);

        Assert.Equal("/admin/users", reset.RedirectLocation);
        Assert.Equal(HttpStatusCode.OK, oldRefused.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, newWorks.StatusCode);
    }

    [Fact]
    public async Task ResetPassword_TooShort_ShowsError()
    {
        using var admin = await AdministratorAsync();
        var id = await factory.WithDbAsync(db => db.Users.Select(u => u.Id).FirstAsync());

        var page = await admin.SubmitAsync($"/admin/users/{id}/reset-password", [new("Form.Password", "short")]);

        Assert.Equal([("Password must be 12 characters or more", "#Form_Password")], page.ErrorSummary);
    }

    [Fact]
    public async Task ResetPassword_UnknownUser_IsNotFound()
    {
        using var admin = await AdministratorAsync();

        var page = await admin.GetPageAsync("/admin/users/no-such-user/reset-password");

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal("Page not found", page.Heading);
    }
}
