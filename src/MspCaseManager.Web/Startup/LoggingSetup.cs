using MspCaseManager.Web.Infrastructure;
using Serilog;
using Serilog.Events;
using Serilog.Formatting.Json;

namespace MspCaseManager.Web.Startup;

public static class LoggingSetup
{
    /// <summary>
    /// Serilog to the console and to a rolling JSON file (<c>Logging:FilePath</c>; empty turns the
    /// file off). Framework request logs are quietened: our own request line carries the route
    /// template, never a path or query string, so no personal data reaches the logs.
    /// </summary>
    public static void AddStructuredLogging(this WebApplicationBuilder builder)
    {
        var minimum = builder.Configuration.GetValue("Logging:MinimumLevel", LogEventLevel.Information);
        var configuration = new LoggerConfiguration()
            .MinimumLevel.Is(minimum)
            .MinimumLevel.Override("Microsoft.AspNetCore", LogEventLevel.Warning)
            .MinimumLevel.Override("Microsoft.EntityFrameworkCore", LogEventLevel.Warning)
            .MinimumLevel.Override("Microsoft.Hosting.Lifetime", LogEventLevel.Information)
            .Enrich.FromLogContext()
            .Enrich.With<RequestPathRedactor>()
            .Enrich.WithProperty("Application", "MspCaseManager")
            .WriteTo.Console(formatProvider: System.Globalization.CultureInfo.InvariantCulture);

        var filePath = builder.Configuration["Logging:FilePath"];
        if (!string.IsNullOrWhiteSpace(filePath))
        {
            configuration.WriteTo.File(
                new JsonFormatter(renderMessage: true),
                Path.IsPathRooted(filePath) ? filePath : Path.Combine(builder.Environment.ContentRootPath, filePath),
                rollingInterval: RollingInterval.Day,
                retainedFileCountLimit: 31);
        }

        builder.Logging.ClearProviders();
        builder.Logging.AddSerilog(configuration.CreateLogger(), dispose: true);
    }

    public static void UseRequestLogging(this WebApplication app) =>
        app.UseMiddleware<RequestLoggingMiddleware>();
}
