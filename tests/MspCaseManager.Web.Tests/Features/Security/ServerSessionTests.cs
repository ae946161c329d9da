using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using MspCaseManager.Data.Sessions;
using MspCaseManager.Domain.Staff;
using MspCaseManager.Web.Demo;

namespace MspCaseManager.Web.Tests.Features.Security;

/// <summary>
/// Sessions are ended on the server: a sign-in cookie saved before the session ended is refused
/// when it is replayed, at once (no waiting for a security-stamp check), after signing out, after
/// the account is disabled, after its password is reset, and after "sign out of every device".
/// </summary>
public class ServerSessionTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private static string AuthCookie(Page signedIn) =>
        signedIn.Response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("MspCaseManager.Auth=", StringComparison.Ordinal)).Split(';')[0];

    /// <summary>A request with only the saved cookie, as an attacker replaying it would send.</summary>
    private async Task<HttpResponseMessage> ReplayAsync(string cookie, string url = "/my-cases")
    {
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("Cookie", cookie);
        return await client.SendAsync(request);
    }

    private static void AssertRefused(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/sign-in", response.Headers.Location!.PathAndQuery());
    }

    private async Task<(AppClient Client, string Cookie)> SignInAsync(DemoAccounts.Account account)
    {
        var client = factory.CreateAppClient();
        var signedIn = await client.SignInAsync(account);
        return (client, AuthCookie(signedIn));
    }

    private async Task<DemoAccounts.Account> NewWorkerAsync(string email) =>
        await TestUsers.CreateAsync(factory, email, Roles.SocialWorker, await TestData.TeamIdAsync(factory, DemoAccounts.NorthTeam));

    [Fact]
    public async Task SavedCookie_AfterSignOut_IsRefused()
    {
        var account = await NewWorkerAsync("signs.out@council.test");
        var (client, cookie) = await SignInAsync(account);
        Assert.Equal(HttpStatusCode.OK, (await ReplayAsync(cookie)).StatusCode);
        var page = await client.GetPageAsync("/my-cases");

        var signedOut = await client.PostAsync("/sign-out", [], page.AntiForgeryToken());
        var myCases = await ReplayAsync(cookie);
        var enquiry = await ReplayAsync(cookie, "/enquiries/1");

        Assert.Equal("/signed-out", signedOut.RedirectLocation);
        AssertRefused(myCases);
        AssertRefused(enquiry);
        var userId = await TestData.UserIdAsync(factory, account);
        Assert.Equal(SessionEndReason.SignedOut, await factory.WithDbAsync(db =>
            db.StaffSessions.Where(s => s.UserId == userId).Select(s => s.EndReason).SingleAsync()));
        client.Dispose();
    }

    [Fact]
    public async Task SavedCookie_AfterAccountDisabled_IsRefusedAtOnce()
    {
        var account = await NewWorkerAsync("gets.disabled@council.test");
        var (worker, cookie) = await SignInAsync(account);
        using var admin = await factory.SignedInClientAsync(DemoAccounts.Administrator);
        var userId = await TestData.UserIdAsync(factory, account);

        var disabled = await admin.SubmitAsync("/admin/users", [], $"/admin/users/{userId}/disable");
        // No clock movement: the session ends now, not at the next security-stamp check.
        var replayed = await ReplayAsync(cookie);
        var ownBrowser = await worker.GetAsync("/my-cases");

        Assert.Equal("/admin/users", disabled.RedirectLocation);
        AssertRefused(replayed);
        AssertRefused(ownBrowser);
        worker.Dispose();
    }

    [Fact]
    public async Task SavedCookie_AfterPasswordReset_IsRefusedAtOnce()
    {
        var account = await NewWorkerAsync("gets.reset@council.test");
        var (worker, cookie) = await SignInAsync(account);
        using var admin = await factory.SignedInClientAsync(DemoAccounts.Administrator);
        var userId = await TestData.UserIdAsync(factory, account);

        var reset = await admin.SubmitAsync($"/admin/users/{userId}/reset-password", [new("Form.Password", "a-brand-new-long-passphrase")]);
        var replayed = await ReplayAsync(cookie);

        Assert.Equal("/admin/users", reset.RedirectLocation);
        AssertRefused(replayed);
        Assert.Equal(SessionEndReason.PasswordReset, await factory.WithDbAsync(db =>
            db.StaffSessions.Where(s => s.UserId == userId).Select(s => s.EndReason).SingleAsync()));
        worker.Dispose();
    }

    [Fact]
    public async Task SignOutEverywhere_FromTheAccountPage_EndsEverySessionOfTheUserOnly()
    {
        var account = await NewWorkerAsync("signs.out.everywhere@council.test");
        var (laptop, laptopCookie) = await SignInAsync(account);
        var (phone, phoneCookie) = await SignInAsync(account);
        var (colleague, colleagueCookie) = await SignInAsync(DemoAccounts.SocialWorker);
        var accountPage = await laptop.GetPageAsync("/account");
        Assert.Equal("Your account", accountPage.Heading);
        Assert.Contains("2 devices", accountPage.Document.QuerySelector("[data-testid=open-sessions]")!.TextContent);

        var signedOut = await laptop.PostAsync("/account/sign-out-everywhere", [], accountPage.AntiForgeryToken());

        Assert.Equal("/signed-out", signedOut.RedirectLocation);
        AssertRefused(await ReplayAsync(laptopCookie));
        AssertRefused(await ReplayAsync(phoneCookie));
        AssertRefused(await phone.GetAsync("/my-cases"));
        Assert.Equal(HttpStatusCode.OK, (await ReplayAsync(colleagueCookie)).StatusCode);
        laptop.Dispose();
        phone.Dispose();
        colleague.Dispose();
    }

    [Fact]
    public async Task SignOutEverywhere_ByAnAdministrator_EndsTheUsersSessions()
    {
        var account = await NewWorkerAsync("admin.signs.out@council.test");
        var (worker, cookie) = await SignInAsync(account);
        using var admin = await factory.SignedInClientAsync(DemoAccounts.Administrator);
        var userId = await TestData.UserIdAsync(factory, account);
        var userPage = await admin.GetPageAsync($"/admin/users/{userId}");
        Assert.Equal("Test User", userPage.Heading);
        Assert.Contains("1 device", userPage.Document.QuerySelector("[data-testid=open-sessions]")!.TextContent);

        var done = await admin.PostAsync($"/admin/users/{userId}/sign-out-everywhere", [], userPage.AntiForgeryToken());
        var after = await admin.GetPageAsync(done.RedirectLocation!);

        Assert.Equal($"/admin/users/{userId}", done.RedirectLocation);
        Assert.Contains("Test User is signed out of every device", after.Text);
        Assert.Contains("0 devices", after.Document.QuerySelector("[data-testid=open-sessions]")!.TextContent);
        AssertRefused(await ReplayAsync(cookie));
        AssertRefused(await worker.GetAsync("/my-cases"));
        Assert.Equal(SessionEndReason.EndedByAdministrator, await factory.WithDbAsync(db =>
            db.StaffSessions.Where(s => s.UserId == userId).Select(s => s.EndReason).SingleAsync()));
        worker.Dispose();
    }

    [Fact]
    public async Task SignOutEverywhere_NotAnAdministrator_IsForbidden()
    {
        using var worker = await factory.SignedInClientAsync(DemoAccounts.SocialWorker);
        var page = await worker.GetPageAsync("/my-cases");
        var managerId = await TestData.UserIdAsync(factory, DemoAccounts.TeamManager);

        var response = await worker.PostAsync($"/admin/users/{managerId}/sign-out-everywhere", [], page.AntiForgeryToken());

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Session_Open_IsOneRowFoundByItsKey()
    {
        var account = await NewWorkerAsync("one.session@council.test");
        var (client, cookie) = await SignInAsync(account);
        var userId = await TestData.UserIdAsync(factory, account);

        // Many requests, one session: the check reads the row, it never adds or rewrites one.
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/my-cases")).StatusCode);
        }

        var sessions = await factory.WithDbAsync(db => db.StaffSessions.Where(s => s.UserId == userId).ToListAsync());
        var session = Assert.Single(sessions);
        Assert.Null(session.EndedAtUtc);
        Assert.Equal(32, session.Id.Length);
        Assert.DoesNotContain(session.Id, cookie, StringComparison.Ordinal);
        client.Dispose();
    }
}
