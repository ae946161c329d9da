using System.Diagnostics;
using System.Security.Claims;

namespace MspCaseManager.Web.Infrastructure;

/// <summary>
/// One structured line per request: method, route template (not the path: paths and query
/// strings can carry identifiers), status, elapsed milliseconds and the user's id.
/// </summary>
public sealed partial class RequestLoggingMiddleware(RequestDelegate next, ILogger<RequestLoggingMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await next(context);
        }
        finally
        {
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            var template = Audit.RouteTemplate.Of(context);
            var userId = context.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "anonymous";
            LogRequest(logger, context.Request.Method, template, context.Response.StatusCode, Math.Round(elapsed, 1), userId);
        }
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "HTTP {Method} {RouteTemplate} responded {StatusCode} in {ElapsedMs} ms for {UserId}")]
    private static partial void LogRequest(ILogger logger, string method, string routeTemplate, int statusCode, double elapsedMs, string userId);
}
