using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MspCaseManager.Web.Tests.Features.Security;

/// <summary>
/// Security headers on every response: every route in the route table, anonymous and signed in,
/// plus a static file and a page that does not exist.
/// </summary>
public class SecurityHeadersTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private static readonly string[] PolicyParts =
        ["default-src 'self'", "script-src 'self'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "form-action 'self'"];

    private static IEnumerable<string> MissingHeaders(HttpResponseMessage response, bool signedIn)
    {
        var csp = Header(response, "Content-Security-Policy");
        foreach (var part in PolicyParts.Where(p => csp?.Contains(p, StringComparison.Ordinal) != true))
        {
            yield return $"CSP without {part}";
        }

        if (csp?.Contains("unsafe-inline", StringComparison.Ordinal) == true)
        {
            yield return "CSP allows inline script or style";
        }

        if (Header(response, "X-Content-Type-Options") != "nosniff")
        {
            yield return "X-Content-Type-Options";
        }

        if (Header(response, "Referrer-Policy") is null)
        {
            yield return "Referrer-Policy";
        }

        if (Header(response, "Permissions-Policy") is null)
        {
            yield return "Permissions-Policy";
        }

        if (signedIn && response.Headers.CacheControl?.NoStore != true)
        {
            yield return "Cache-Control no-store";
        }
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : null;

    private static async Task<List<string>> CheckAllAsync(AppClient client, IEnumerable<RouteInfo> routes, bool signedIn)
    {
        var failures = new List<string>();
        foreach (var route in routes)
        {
            var response = await client.Http.SendAsync(new HttpRequestMessage(new HttpMethod(route.Method), route.Url()));
            failures.AddRange(MissingHeaders(response, signedIn).Select(m => $"{route} ({(int)response.StatusCode}): {m}"));
        }

        return failures;
    }

    [Fact]
    public async Task EveryRoute_Anonymous_HasSecurityHeaders()
    {
        using var client = factory.CreateAppClient();

        var failures = await CheckAllAsync(client, RouteTable.Read(factory.Services), signedIn: false);

        Assert.Empty(failures);
    }

    [Fact]
    public async Task EveryRoute_SignedIn_HasSecurityHeadersAndNoStore()
    {
        var failures = new List<string>();
        foreach (var group in RouteTable.Read(factory.Services).Where(r => !r.AllowsAnonymous).GroupBy(r => r.PermittedAccount()))
        {
            using var client = factory.CreateAppClient();
            await client.SignInAsync(group.Key);
            failures.AddRange(await CheckAllAsync(client, group, signedIn: true));
        }

        Assert.Empty(failures);
    }

    [Theory]
    [InlineData("/lib/govuk-frontend/govuk-frontend.min.css", HttpStatusCode.OK)]
    [InlineData("/js/site.js", HttpStatusCode.OK)]
    // Unknown URLs fall under the sign-in requirement too, so an anonymous visitor is sent to sign in.
    [InlineData("/no-such-page", HttpStatusCode.Redirect)]
    public async Task StaticFileAndUnknownUrl_Anonymous_HaveSecurityHeaders(string url, HttpStatusCode expected)
    {
        using var client = factory.CreateAppClient();

        var response = await client.GetAsync(url);

        Assert.Equal(expected, response.StatusCode);
        Assert.Empty(MissingHeaders(response, signedIn: false));
    }

    [Fact]
    public async Task MissingPage_SignedIn_HasSecurityHeadersAndNoStore()
    {
        using var client = factory.CreateAppClient();
        await client.SignInAsync(Web.Demo.DemoAccounts.SocialWorker);

        var response = await client.GetAsync("/no-such-page");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Empty(MissingHeaders(response, signedIn: true));
    }
}

/// <summary>Outside Development and Testing: HTTPS-only, host-prefixed cookies and HSTS for a year, subdomains included.</summary>
public class ProductionHeadersTests(ProductionHeadersTests.ProductionFactory factory) : IClassFixture<ProductionHeadersTests.ProductionFactory>
{
    public sealed class ProductionFactory : AppFactory
    {
        protected override string EnvironmentName => "Production";
    }

    [Fact]
    public async Task SignInPage_OverHttps_SendsHstsAndHostPrefixedSecureCookie()
    {
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://mspcasemanager.example"), AllowAutoRedirect = false });

        var response = await client.GetAsync("/sign-in");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var hsts = string.Join(",", response.Headers.GetValues("Strict-Transport-Security"));
        Assert.Matches(@"^max-age=\d+; includeSubDomains$", hsts);
        Assert.True(int.Parse(hsts["max-age=".Length..hsts.IndexOf(';', StringComparison.Ordinal)], System.Globalization.CultureInfo.InvariantCulture) >= 365 * 24 * 60 * 60, hsts);
        var antiforgery = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("__Host-MspCaseManager.Antiforgery=", StringComparison.Ordinal));
        Assert.Contains("secure", antiforgery, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", antiforgery, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("path=/", antiforgery, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void AuthCookie_Production_IsHostPrefixedSecureHttpOnlyLax()
    {
        var options = factory.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(IdentityConstants.ApplicationScheme);

        Assert.Equal("__Host-MspCaseManager.Auth", options.Cookie.Name);
        Assert.Equal(Microsoft.AspNetCore.Http.CookieSecurePolicy.Always, options.Cookie.SecurePolicy);
        Assert.True(options.Cookie.HttpOnly);
        Assert.Equal(Microsoft.AspNetCore.Http.SameSiteMode.Lax, options.Cookie.SameSite);
        Assert.Equal("/", options.Cookie.Path);
    }
}
