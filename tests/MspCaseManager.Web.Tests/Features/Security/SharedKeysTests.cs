using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using MspCaseManager.Web.Demo;

namespace MspCaseManager.Web.Tests.Features.Security;

/// <summary>Data-protection keys live in the database, so every instance of the app accepts the others' cookies.</summary>
public sealed class SharedKeysTests : IDisposable
{
    private readonly AppFactory _hostA = new();
    private readonly SecondHost _hostB;
    private readonly AppFactory _unrelatedHost = new();

    public SharedKeysTests() => _hostB = new SecondHost(_hostA.DatabasePath);

    private sealed class SecondHost(string databasePath) : AppFactory(databasePath);

    private static async Task<string> SignInCookieAsync(AppFactory host)
    {
        using var client = host.CreateAppClient();
        var signedIn = await client.SignInAsync(DemoAccounts.SocialWorker);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var cookie = signedIn.Response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("MspCaseManager.Auth=", StringComparison.Ordinal));
        return cookie.Split(';')[0];
    }

    private static async Task<HttpResponseMessage> GetWithCookieAsync(AppFactory host, string cookie)
    {
        using var client = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/my-cases");
        request.Headers.Add("Cookie", cookie);
        return await client.SendAsync(request);
    }

    [Fact]
    public async Task AuthCookie_FromHostA_IsAcceptedByHostBOnTheSameDatabase()
    {
        var cookie = await SignInCookieAsync(_hostA);

        var onB = await GetWithCookieAsync(_hostB, cookie);

        Assert.Equal(HttpStatusCode.OK, onB.StatusCode);
        Assert.True(await _hostA.WithDbAsync(db => db.DataProtectionKeys.AnyAsync()));
    }

    [Fact]
    public async Task AuthCookie_FromHostA_IsRefusedByAHostWithOtherKeys()
    {
        var cookie = await SignInCookieAsync(_hostA);

        var elsewhere = await GetWithCookieAsync(_unrelatedHost, cookie);

        Assert.Equal(HttpStatusCode.Redirect, elsewhere.StatusCode);
        Assert.StartsWith("/sign-in", elsewhere.Headers.Location!.PathAndQuery());
    }

    public void Dispose()
    {
        _hostB.Dispose();
        _hostA.Dispose();
        _unrelatedHost.Dispose();
    }
}
