using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MspCaseManager.Data;
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

    [Fact]
    public async Task Keys_WithACertificateConfigured_AreEncryptedAtRestAndStillShared()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"msp-keys-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        var pfx = Path.Combine(folder, "keys.pfx");
        using (var rsa = RSA.Create(2048))
        {
            var certificateRequest = new CertificateRequest("CN=MspCaseManager data protection", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            using var certificate = certificateRequest.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
            await File.WriteAllBytesAsync(pfx, certificate.Export(X509ContentType.Pfx, "pfx-password"));
        }

        using var hostC = new AppFactory();
        using var encryptingC = hostC.WithWebHostBuilder(b => b
            .UseSetting("DataProtection:Certificate:Path", pfx).UseSetting("DataProtection:Certificate:Password", "pfx-password"));
        using var hostD = new SecondHost(hostC.DatabasePath);
        using var encryptingD = hostD.WithWebHostBuilder(b => b
            .UseSetting("DataProtection:Certificate:Path", pfx).UseSetting("DataProtection:Certificate:Password", "pfx-password"));

        using var client = new AppClient(encryptingC.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }), hostC.Clock);
        var signedIn = await client.SignInAsync(DemoAccounts.SocialWorker);
        var cookie = signedIn.Response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("MspCaseManager.Auth=", StringComparison.Ordinal)).Split(';')[0];
        using var onD = encryptingD.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/my-cases");
        request.Headers.Add("Cookie", cookie);
        var response = await onD.SendAsync(request);
        // Read through the host that has the certificate: a host without it would add a key it can read.
        await using var scope = encryptingC.Services.CreateAsyncScope();
        var stored = await scope.ServiceProvider.GetRequiredService<MspDbContext>().DataProtectionKeys.Select(k => k.Xml!).ToListAsync();
        Directory.Delete(folder, recursive: true);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(stored);
        Assert.All(stored, xml =>
        {
            Assert.Contains("EncryptedXml", xml, StringComparison.Ordinal);
            Assert.DoesNotContain("<masterKey", xml, StringComparison.Ordinal);
        });
    }

    public void Dispose()
    {
        _hostB.Dispose();
        _hostA.Dispose();
        _unrelatedHost.Dispose();
    }
}
