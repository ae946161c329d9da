using System.Security.Claims;
using MspCaseManager.Web.Infrastructure;
using MspCaseManager.Web.Infrastructure.Audit;
using Serilog;
using Serilog.Events;
using Serilog.Formatting.Compact;

namespace MspCaseManager.Web.Startup;

public static class LoggingSetup
{
    /// <summary>The request line: the route template, never the path or query string, and the user's id.</summary>
    public const string RequestMessageTemplate =
        "HTTP {RequestMethod:l} {RouteTemplate:l} responded {StatusCode} in {Elapsed:0.0} ms for {UserId:l}";

    private const string RouteTemplateKey = "msp:log:route";
    private const string UserIdKey = "msp:log:user";

    /// <summary>
    /// Serilog on the host: the console, and a rolling file in compact JSON (<c>Logging:FilePath</c>;
    /// empty turns the file off). Framework request logs are quietened: Serilog's request line
    /// carries the route template, never a path or query string, so no personal data reaches the logs.
    /// </summary>
    public static void AddStructuredLogging(this WebApplicationBuilder builder)
    {
        var minimum = builder.Configuration.GetValue("Logging:MinimumLevel", LogEventLevel.Information);
        var filePath = builder.Configuration["Logging:FilePath"];
        var contentRoot = builder.Environment.ContentRootPath;

        builder.Logging.ClearProviders();
        // The host's own logger, not the static Log.Logger: several hosts may share a process (tests).
        builder.Services.AddSerilog(preserveStaticLogger: true, configureLogger: configuration =>
        {
            configuration
                .MinimumLevel.Is(minimum)
                .MinimumLevel.Override("Microsoft.AspNetCore", LogEventLevel.Warning)
                .MinimumLevel.Override("Microsoft.EntityFrameworkCore", LogEventLevel.Warning)
                .MinimumLevel.Override("Microsoft.Hosting.Lifetime", LogEventLevel.Information)
                .Enrich.FromLogContext()
                .Enrich.With<RequestPathRedactor>()
                .Enrich.WithProperty("Application", "MspCaseManager")
                .WriteTo.Console(formatProvider: System.Globalization.CultureInfo.InvariantCulture);

            if (!string.IsNullOrWhiteSpace(filePath))
            {
                configuration.WriteTo.File(
                    new RenderedCompactJsonFormatter(),
                    Path.IsPathRooted(filePath) ? filePath : Path.Combine(contentRoot, filePath),
                    rollingInterval: RollingInterval.Day,
                    retainedFileCountLimit: 31);
            }
        });
    }

    /// <summary>
    /// One line per request, written when the response is complete, with the status the user got
    /// (500 when the request failed, whatever the error page did next). It sits outside the error
    /// pages, so a re-executed error page is part of the request it answers, not a line of its own.
    /// Static files are served before it and are not logged.
    /// </summary>
    public static void UseRequestLogging(this WebApplication app) =>
        app.UseSerilogRequestLogging(options =>
        {
            options.Logger = app.Services.GetRequiredService<Serilog.ILogger>();
            options.MessageTemplate = RequestMessageTemplate;
            options.IncludeQueryInRequestPath = false;
            // Serilog's default properties include the path: only these are logged.
            options.GetMessageTemplateProperties = (context, _, elapsed, status) =>
            [
                new LogEventProperty("RequestMethod", new ScalarValue(context.Request.Method)),
                new LogEventProperty("RouteTemplate", new ScalarValue(context.Items[RouteTemplateKey] as string ?? RouteTemplateOfFailure(context))),
                new LogEventProperty("StatusCode", new ScalarValue(status)),
                new LogEventProperty("Elapsed", new ScalarValue(elapsed)),
                new LogEventProperty("UserId", new ScalarValue(context.Items[UserIdKey] as string ?? UserIdOf(context.User))),
            ];
        });

    /// <summary>
    /// Remembers the route and the user of the request as first routed and authenticated, before
    /// any error page is re-executed in its place.
    /// </summary>
    public static void UseRequestLogContext(this WebApplication app) =>
        app.Use((context, next) =>
        {
            context.Items.TryAdd(RouteTemplateKey, RouteTemplate.Of(context));
            context.Items.TryAdd(UserIdKey, UserIdOf(context.User));
            return next(context);
        });

    private static string UserIdOf(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "anonymous";

    /// <summary>When a request failed before it was authenticated, the endpoint it was routed to.</summary>
    private static string RouteTemplateOfFailure(HttpContext context) =>
        context.Features.Get<Microsoft.AspNetCore.Diagnostics.IExceptionHandlerFeature>()?.Endpoint is RouteEndpoint endpoint
            ? "/" + endpoint.RoutePattern.RawText?.TrimStart('/')
            : "(no route)";
}
