using System.IO.Compression;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.AspNetCore.WebUtilities;

namespace MspCaseManager.Web.Startup;

public static class StaticFilesSetup
{
    /// <summary>A fingerprinted file never changes at its URL: browsers keep it a year without asking again.</summary>
    public const string FingerprintedCacheControl = "public, max-age=31536000, immutable";

    /// <summary>Any other static file: kept, but checked with the server (ETag) before each use.</summary>
    public const string UnversionedCacheControl = "no-cache";

    /// <summary>
    /// The content types compressed (Brotli, else gzip): the stylesheets, scripts and SVG images
    /// under wwwroot. Pages (text/html) are not compressed: they carry anti-forgery tokens and
    /// case records, and they echo what was typed (a search, a form with errors), which is what a
    /// BREACH attack needs to read a secret from compressed sizes over HTTPS. Pages are a few
    /// kilobytes; the GOV.UK stylesheet and script are most of the bytes, and they are compressed
    /// and then cached for a year.
    /// </summary>
    public static readonly string[] CompressedTypes = ["text/css", "text/javascript", "application/javascript", "image/svg+xml"];

    public static void AddStaticFileCompression(this WebApplicationBuilder builder)
    {
        builder.Services.AddResponseCompression(options =>
        {
            // Safe over HTTPS because only the public static files above are compressed.
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = CompressedTypes;
        });
        builder.Services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Optimal);
        builder.Services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Optimal);
    }

    /// <summary>
    /// Serves wwwroot, compressed where the browser accepts it. A URL with the fingerprint that
    /// <c>asp-append-version</c> writes (<c>?v=</c> the hash of the file as it is now) is cached
    /// for a year as immutable; a new file gets a new URL, so nobody sees a stale one. Without the
    /// fingerprint, or with one that no longer matches, the file is revalidated on each use.
    /// Pages are not static files and keep <c>Cache-Control: no-store</c>.
    /// </summary>
    public static void UseCompressedStaticFiles(this WebApplication app)
    {
        app.UseResponseCompression();
        var versions = app.Services.GetRequiredService<IFileVersionProvider>();
        app.UseStaticFiles(new StaticFileOptions
        {
            OnPrepareResponse = context => context.Context.Response.Headers.CacheControl =
                IsFingerprinted(context, versions) ? FingerprintedCacheControl : UnversionedCacheControl,
        });
    }

    private static bool IsFingerprinted(StaticFileResponseContext context, IFileVersionProvider versions)
    {
        var request = context.Context.Request;
        if (!request.Query.TryGetValue("v", out var given) || given.Count != 1)
        {
            return false;
        }

        // The path with the current fingerprint, e.g. "/css/app.css?v=…" (unchanged if the file has none).
        var current = versions.AddFileVersionToPath(request.PathBase, request.Path.Value!);
        var query = current.IndexOf('?', StringComparison.Ordinal);
        return query >= 0
            && QueryHelpers.ParseQuery(current[query..]).TryGetValue("v", out var expected)
            && string.Equals(expected, given[0], StringComparison.Ordinal);
    }
}
