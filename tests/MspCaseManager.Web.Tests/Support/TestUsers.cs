using MspCaseManager.Web.Demo;

namespace MspCaseManager.Web.Tests.Support;

/// <summary>Accounts made for one test, through the administrator's own page, as in real use.</summary>
public static class TestUsers
{
    public static async Task<DemoAccounts.Account> CreateAsync(AppFactory factory, string email, string role, int? teamId = null)
    {
        using var admin = factory.CreateAppClient();
        await admin.SignInAsync(DemoAccounts.Administrator);
        List<KeyValuePair<string, string>> fields =
        [
            new("Form.DisplayName", "Test User"), new("Form.Email", email), new("Form.Role", role), new("Form.Password", DemoAccounts.Password),
        ];
        if (teamId is { } team)
        {
            fields.Add(new("Form.TeamId", team.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        var created = await admin.SubmitAsync("/admin/users/new", fields);
        Assert.Equal("/admin/users", created.RedirectLocation);
        return new DemoAccounts.Account(email, "Test User", role, null);
    }
}
