using MspCaseManager.Web.Demo;

namespace MspCaseManager.Web.Tests.Features.Security;

/// <summary>
/// Every endpoint, enumerated from the app's route table: nothing is open unless it is on the
/// allow-list, and no unsafe request is accepted without an anti-forgery token.
/// </summary>
public class EndpointProtectionTests(AppFactory factory) : IClassFixture<AppFactory>
{
    /// <summary>
    /// The only routes anyone may use without signing in. The two second steps of signing in are
    /// anonymous because the user is not signed in until they pass them; they serve only someone
    /// holding the short-lived cookie a correct password gives, and send anyone else to /sign-in.
    /// </summary>
    private static readonly HashSet<string> AnonymousAllowList =
    [
        "/sign-in",
        "/sign-in/two-factor",
        "/sign-in/recovery-code",
        "/signed-out",
        "/accessibility",
        "/health/live",
        "/health/ready",
        "/error/{statusCode:int}",
    ];

    [Fact]
    public void RouteTable_AnonymousEndpoints_AreExactlyTheAllowList()
    {
        var routes = RouteTable.Read(factory.Services);

        var anonymous = routes.Where(r => r.AllowsAnonymous).Select(r => r.Pattern).ToHashSet();

        Assert.True(routes.Count > 15, $"Expected the whole route table, found {routes.Count} routes");
        Assert.Equal(AnonymousAllowList.Order(), anonymous.Order());
    }

    [Fact]
    public async Task EveryProtectedRoute_Anonymous_RedirectsToSignIn()
    {
        var routes = RouteTable.Read(factory.Services).Where(r => !r.AllowsAnonymous).ToList();
        using var client = factory.CreateAppClient();
        var failures = new List<string>();

        foreach (var route in routes)
        {
            var response = await client.Http.SendAsync(new HttpRequestMessage(new HttpMethod(route.Method), route.Url()));
            var location = response.Headers.Location?.PathAndQuery() ?? string.Empty;
            if (response.StatusCode != HttpStatusCode.Redirect || !location.StartsWith("/sign-in", StringComparison.Ordinal))
            {
                failures.Add($"{route}: {(int)response.StatusCode} {location}");
            }
        }

        Assert.Empty(failures);
    }

    [Fact]
    public async Task EveryUnsafeRoute_WithoutAntiforgeryToken_IsRejected()
    {
        var routes = RouteTable.Read(factory.Services).Where(r => r.IsUnsafe() && !r.IgnoresAntiforgery).ToList();
        var failures = new List<string>();

        foreach (var route in routes)
        {
            using var client = factory.CreateAppClient();
            if (!route.AllowsAnonymous)
            {
                await client.SignInAsync(route.PermittedAccount());
            }

            var response = await client.Http.SendAsync(new HttpRequestMessage(new HttpMethod(route.Method), route.Url())
            {
                Content = new FormUrlEncodedContent([new("Name", "x")]),
            });
            if (response.StatusCode != HttpStatusCode.BadRequest)
            {
                failures.Add($"{route}: {(int)response.StatusCode}");
            }
        }

        Assert.NotEmpty(routes);
        Assert.Empty(failures);
    }

    [Fact]
    public void OnlyErrorPagesIgnoreAntiforgery()
    {
        var ignoring = RouteTable.Read(factory.Services).Where(r => r.IsUnsafe() && r.IgnoresAntiforgery).Select(r => r.Pattern).Distinct();

        Assert.Equal(["/error/{statusCode:int}"], ignoring);
    }

    [Fact]
    public async Task AdministratorPages_OtherRoles_AreForbidden()
    {
        foreach (var account in new[] { DemoAccounts.SocialWorker, DemoAccounts.TeamManager, DemoAccounts.SafeguardingLead })
        {
            using var client = factory.CreateAppClient();
            await client.SignInAsync(account);

            var users = await client.GetPageAsync("/admin/users");
            var teams = await client.GetPageAsync("/admin/teams");

            Assert.Equal(HttpStatusCode.Forbidden, users.StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, teams.StatusCode);
            Assert.Equal("You do not have access to this page", users.Heading);
        }
    }

    [Fact]
    public async Task CaseStartPages_Administrator_IsForbidden()
    {
        using var client = factory.CreateAppClient();
        await client.SignInAsync(DemoAccounts.Administrator);

        foreach (var url in new[] { "/my-cases", "/team-caseload", "/reports" })
        {
            var page = await client.GetPageAsync(url);
            Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        }
    }
}
