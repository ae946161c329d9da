using System.IO.Compression;
using MspCaseManager.Web.Demo;
using MspCaseManager.Web.Startup;

namespace MspCaseManager.Web.Tests.Features.Shared;

/// <summary>
/// Stylesheets and scripts are fetched once: fingerprinted URLs are cached for a year, and they
/// travel compressed. Pages are never cached and never compressed.
/// </summary>
public class StaticFilesTests(AppFactory factory) : IClassFixture<AppFactory>
{
    /// <summary>The stylesheet and script URLs a signed-in page links to, as the browser sees them.</summary>
    private static async Task<(Page Page, List<string> Assets)> SignedInPageAsync(AppClient client)
    {
        var page = await client.GetPageAsync("/accessibility");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var assets = page.Document.QuerySelectorAll("link[rel=stylesheet]").Select(l => l.GetAttribute("href")!)
            .Concat(page.Document.QuerySelectorAll("script[src]").Select(s => s.GetAttribute("src")!))
            .ToList();
        return (page, assets);
    }

    private static HttpRequestMessage Get(string url, string? acceptEncoding = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (acceptEncoding is not null)
        {
            request.Headers.Add("Accept-Encoding", acceptEncoding);
        }

        return request;
    }

    [Fact]
    public async Task LinkedStylesheetsAndScripts_SignedIn_AreFingerprintedAndCachedForAYear()
    {
        using var client = await factory.SignedInClientAsync(DemoAccounts.SocialWorker);
        var (page, assets) = await SignedInPageAsync(client);

        Assert.Contains("/lib/govuk-frontend/govuk-frontend.min.css", assets.Select(a => a.Split('?')[0]));
        Assert.Contains("/js/site.js", assets.Select(a => a.Split('?')[0]));
        Assert.True(page.Response.Headers.CacheControl?.NoStore, "The page itself must not be stored");
        foreach (var asset in assets)
        {
            Assert.Contains("?v=", asset);
            var response = await client.Http.SendAsync(Get(asset));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(StaticFilesSetup.FingerprintedCacheControl, response.Headers.CacheControl?.ToString());
            Assert.False(response.Headers.Contains("Pragma"), $"{asset} says Pragma: no-cache");
        }
    }

    [Fact]
    public async Task Stylesheet_WithoutOrWithAnOldFingerprint_IsRevalidatedNotKept()
    {
        using var client = factory.CreateAppClient();

        var unversioned = await client.Http.SendAsync(Get("/css/app.css"));
        var stale = await client.Http.SendAsync(Get("/css/app.css?v=an-earlier-version"));

        foreach (var response in new[] { unversioned, stale })
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.True(response.Headers.CacheControl?.NoCache, "Expected no-cache");
            Assert.False(response.Headers.CacheControl?.MaxAge > TimeSpan.Zero, "Must not be kept without checking");
            Assert.NotNull(response.Headers.ETag);
        }
    }

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task Stylesheet_BrowserAcceptsCompression_IsSentCompressedAndDecompressesToTheFile(string encoding)
    {
        using var client = factory.CreateAppClient();
        var plain = await (await client.Http.SendAsync(Get("/lib/govuk-frontend/govuk-frontend.min.css"))).Content.ReadAsByteArrayAsync();

        var response = await client.Http.SendAsync(Get("/lib/govuk-frontend/govuk-frontend.min.css", encoding));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([encoding], response.Content.Headers.ContentEncoding);
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
        var compressed = await response.Content.ReadAsByteArrayAsync();
        Assert.True(compressed.Length < plain.Length / 3, $"{encoding}: {compressed.Length} bytes of {plain.Length}");
        await using Stream decoder = encoding == "br"
            ? new BrotliStream(new MemoryStream(compressed), CompressionMode.Decompress)
            : new GZipStream(new MemoryStream(compressed), CompressionMode.Decompress);
        using var decoded = new MemoryStream();
        await decoder.CopyToAsync(decoded);
        Assert.Equal(plain, decoded.ToArray());
    }

    [Theory]
    [InlineData("/accessibility")]
    [InlineData("/people?Form.Name=Smith")]
    public async Task Page_BrowserAcceptsCompression_IsSentUncompressedAndNotStored(string url)
    {
        using var client = await factory.SignedInClientAsync(DemoAccounts.SocialWorker);

        var response = await client.Http.SendAsync(Get(url, "br, gzip"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Empty(response.Content.Headers.ContentEncoding);
        Assert.True(response.Headers.CacheControl?.NoStore, "Pages must not be stored");
    }

    [Fact]
    public async Task SignInPage_BrowserAcceptsCompression_IsSentUncompressed()
    {
        using var client = factory.CreateAppClient();

        var response = await client.Http.SendAsync(Get("/sign-in", "br, gzip"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(response.Content.Headers.ContentEncoding);
        Assert.True(response.Headers.CacheControl?.NoStore, "Pages must not be stored");
    }
}
