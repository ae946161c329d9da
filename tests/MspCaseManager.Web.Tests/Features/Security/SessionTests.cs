using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using MspCaseManager.Data.Identity;
using MspCaseManager.Web.Demo;
using MspCaseManager.Web.Infrastructure.Sessions;

namespace MspCaseManager.Web.Tests.Features.Security;

/// <summary>Sessions end when idle, after 10 hours whatever happens, and when the account is disabled.</summary>
public class SessionTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private static void AssertSentToSignIn(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/sign-in", response.Headers.Location!.PathAndQuery());
    }

    [Fact]
    public async Task DisableUser_WithOpenSession_SessionEndsAtTheNextStampCheck()
    {
        using var client = factory.CreateAppClient();
        await client.SignInAsync(DemoAccounts.SouthTeamManager);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/team-caseload")).StatusCode);

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffAccount>>();
            var user = (await users.FindByEmailAsync(DemoAccounts.SouthTeamManager.Email))!;
            user.IsDisabled = true;
            await users.UpdateAsync(user);
            await users.UpdateSecurityStampAsync(user);
        }

        factory.Clock.Advance(TimeSpan.FromSeconds(61));
        var after = await client.GetAsync("/team-caseload");

        AssertSentToSignIn(after);
    }

    [Fact]
    public async Task ActiveSession_PastTenHours_IsEnded()
    {
        using var client = factory.CreateAppClient();
        await client.SignInAsync(DemoAccounts.SocialWorker);
        var elapsed = TimeSpan.Zero;

        while (elapsed + TimeSpan.FromMinutes(20) <= SessionLifetime.AbsoluteLifetime)
        {
            factory.Clock.Advance(TimeSpan.FromMinutes(20));
            elapsed += TimeSpan.FromMinutes(20);
            Assert.True((await client.GetAsync("/my-cases")).StatusCode == HttpStatusCode.OK, $"Signed out early, after {elapsed}");
        }

        factory.Clock.Advance(TimeSpan.FromMinutes(20));
        var afterTenHours = await client.GetAsync("/my-cases");

        AssertSentToSignIn(afterTenHours);
    }

    [Fact]
    public async Task IdleSession_Past30Minutes_IsEnded()
    {
        using var client = factory.CreateAppClient();
        await client.SignInAsync(DemoAccounts.TeamManager);

        factory.Clock.Advance(TimeSpan.FromMinutes(31));
        var response = await client.GetAsync("/team-caseload");

        AssertSentToSignIn(response);
    }

    [Fact]
    public async Task SignIn_Testing_SetsHttpOnlyLaxCookie()
    {
        using var client = factory.CreateAppClient();

        var signedIn = await client.SignInAsync(DemoAccounts.SouthSocialWorker);

        var cookie = signedIn.Response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("MspCaseManager.Auth=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task KeepAlive_WithToken_RenewsQuietly()
    {
        using var client = factory.CreateAppClient();
        await client.SignInAsync(DemoAccounts.SocialWorker);
        var page = await client.GetPageAsync("/my-cases");

        factory.Clock.Advance(TimeSpan.FromMinutes(20));
        var kept = await client.PostAsync("/session/keep-alive", [], page.AntiForgeryToken());
        factory.Clock.Advance(TimeSpan.FromMinutes(20));
        var later = await client.GetAsync("/my-cases");

        Assert.Equal(HttpStatusCode.NoContent, kept.StatusCode);
        Assert.Equal(HttpStatusCode.OK, later.StatusCode);
    }

    [Fact]
    public async Task SignedInPage_Layout_CarriesTheTimeoutForTheWarning()
    {
        using var client = factory.CreateAppClient();
        await client.SignInAsync(DemoAccounts.SocialWorker);

        var page = await client.GetPageAsync("/my-cases");

        Assert.Equal("1800", page.Document.Body!.GetAttribute("data-session-timeout-seconds"));
        Assert.Equal("120", page.Document.Body!.GetAttribute("data-session-warning-seconds"));
        var dialog = page.ById("session-timeout")!;
        Assert.Equal("dialog", dialog.GetAttribute("role"));
        Assert.Equal("true", dialog.GetAttribute("aria-modal"));
        Assert.NotNull(page.Document.QuerySelector("script[src^='/js/session-timeout.js']"));
    }
}
